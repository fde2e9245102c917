/**
 * A decision point's link to its decision record. Without one, readiness has a blocker; the
 * record is created here on demand (minimal and unclassified) and filled in on the Decisions
 * stage. "Open in Decisions" changes the stage before asking for the record, so the map (which
 * takes every focus request while it is shown) cannot swallow the request on the way out.
 */
import type { ReactElement } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { useAvailableStages } from '../../../hooks/useAvailableStages';
import { formatRoute } from '../../../state/routes';
import { useWorkbookValue } from '../../../state/hooks';
import { useAppApi } from '../../../state/appContext';
import { openDecision } from '../../../state/jumps';
import { createDecisionFor } from '../state/edits';
import { useMap } from '../state/controller';

export function DecisionLink({ nodeId }: { nodeId: string }): ReactElement {
  const map = useMap();
  const app = useAppApi();
  const index = useWorkbookValue((w) => w.decisions.findIndex((d) => d.nodeId === nodeId));
  const decision = useWorkbookValue((w) => (index >= 0 ? w.decisions[index] : undefined));
  const workbookId = useWorkbookValue((w) => w.id);
  const decisionsBuilt = useAvailableStages().has('decisions');
  return (
    <section className="map-inspector-section map-decision-link" aria-label="Decision record">
      <h3>Decision record</h3>
      {decision ? (
        <>
          <p className="map-decision-title">{decision.title}</p>
          <p className="map-decision-meta">
            {decision.tier ? <Badge tone="info">{`${decision.tier[0]!.toUpperCase()}${decision.tier.slice(1)} tier`}</Badge> : <Badge tone="warn">Not classified yet</Badge>}
            <span className="muted"> · {decision.id}</span>
          </p>
          {decisionsBuilt
            ? (
              <a href={formatRoute({ screen: 'workbook', workbookId, stage: 'decisions' })}
                onClick={(e) => { e.preventDefault(); openDecision(app, decision.id); }}>Open in Decisions</a>
            )
            : <p className="map-inspector-note">Classify it on the Decisions stage (days 4–5), which arrives in a later version.</p>}
        </>
      ) : (
        <>
          <p className="map-inspector-note">No record yet: readiness needs one for every decision point.</p>
          <Button size="sm" icon="plus" onClick={() => createDecisionFor(map, nodeId)}>Create decision record</Button>
        </>
      )}
    </section>
  );
}
