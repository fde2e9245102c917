/**
 * A node's decision records (DOMAIN.md: a node may carry any number of decisions). A decision
 * point without one has a readiness blocker; records are created here on demand (minimal and
 * unclassified) and filled in on the Decisions stage, an existing decision not yet on the map
 * can be linked, and a linked one unlinked (it stays in the register). "Open in Decisions"
 * changes the stage before asking for the record, so the map (which takes every focus request
 * while it is shown) cannot swallow the request on the way out.
 */
import type { ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/Field';
import { useAvailableStages } from '../../../hooks/useAvailableStages';
import { linkDecisionToNode, unlinkDecisionFromNode } from '../../../state/commands';
import { formatRoute } from '../../../state/routes';
import { useExecute, useWorkbookList, useWorkbookValue } from '../../../state/hooks';
import { useAppApi } from '../../../state/appContext';
import { openDecision } from '../../../state/jumps';
import { createDecisionFor } from '../state/edits';
import { useMap } from '../state/controller';

const tierBadge = (d: Decision) => (d.tier
  ? <Badge tone="info">{`${d.tier[0]!.toUpperCase()}${d.tier.slice(1)} tier`}</Badge>
  : <Badge tone="warn">Not classified yet</Badge>);

/** `needsOne`: a decision point, which readiness wants a record for; an AI step may carry decisions too. */
export function DecisionLink({ nodeId, needsOne = true }: { nodeId: string; needsOne?: boolean }): ReactElement {
  const map = useMap();
  const execute = useExecute();
  const linked = useWorkbookList((w) => w.decisions.filter((d) => d.nodeId === nodeId));
  const unplaced = useWorkbookList((w) => w.decisions.filter((d) => d.nodeId === undefined));
  const many = linked.length > 1;
  return (
    <section className="map-inspector-section map-decision-link" aria-label={many ? 'Decision records' : 'Decision record'}>
      <h3>{many ? `Decision records (${linked.length})` : 'Decision record'}</h3>
      {linked.length === 0 && (
        <p className="map-inspector-note">{needsOne ? 'No record yet: readiness needs one for every decision point.' : 'No decision is made at this step yet.'}</p>
      )}
      {linked.length > 0 && (
        <ul className="map-decision-list">
          {linked.map((d) => <LinkedDecision key={d.id} decision={d} onUnlink={() => execute(unlinkDecisionFromNode(d.id))} />)}
        </ul>
      )}
      <div className="row-gap">
        <Button size="sm" icon="plus" onClick={() => createDecisionFor(map, nodeId)}>
          {linked.length === 0 ? 'Create decision record' : 'Add another decision'}
        </Button>
      </div>
      {unplaced.length > 0 && (
        <SelectField label="Link a decision not on the map" value=""
          options={[{ value: '', label: 'Choose a decision…' }, ...unplaced.map((d) => ({ value: d.id, label: d.title || d.id }))]}
          onChange={(e) => { if (e.target.value) execute(linkDecisionToNode(e.target.value, nodeId)); }} />
      )}
    </section>
  );
}

function LinkedDecision({ decision, onUnlink }: { decision: Decision; onUnlink: () => void }): ReactElement {
  const app = useAppApi();
  const workbookId = useWorkbookValue((w) => w.id);
  const decisionsBuilt = useAvailableStages().has('decisions');
  return (
    <li className="map-decision-item">
      <p className="map-decision-title">{decision.title}</p>
      <p className="map-decision-meta">{tierBadge(decision)}<span className="muted"> · {decision.id}</span></p>
      <div className="row-gap">
        {decisionsBuilt
          ? (
            <a href={formatRoute({ screen: 'workbook', workbookId, stage: 'decisions' })}
              onClick={(e) => { e.preventDefault(); openDecision(app, decision.id); }}>Open in Decisions</a>
          )
          : <p className="map-inspector-note">Classify it on the Decisions stage (days 4–5), which arrives in a later version.</p>}
        <Button size="sm" variant="ghost" onClick={onUnlink} aria-label={`Unlink “${decision.title}” from this node`}>Unlink</Button>
      </div>
    </li>
  );
}
