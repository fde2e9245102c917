/**
 * A node in the inspector: its label, kind, lane and notes; its gaps; for a decision point its
 * decision record; for an AI step what triggers it and what it reads, writes and hands off;
 * its connectors; and connecting it to another node without a pointer.
 */
import type { ReactElement } from 'react';
import { NODE_KINDS, type NodeKind } from '../../../../shared/model';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { Button } from '../../../components/Button';
import { SelectField, TextArea, TextField } from '../../../components/Field';
import { moveNodes, setNodeKind, setNodeLabel, setNodeNotes } from '../../../state/commands';
import { useExecute, useSealHistory, useWorkbookValue } from '../../../state/hooks';
import { moveToLane } from '../geometry/placement';
import { deriveNodeLint } from '../state/derive';
import { deleteSelection, duplicateSelection } from '../state/edits';
import { layoutOf, useNode } from '../state/hooks';
import { AiGlance } from './AiGlance';
import { ConnectForm } from './ConnectForm';
import { DecisionLink } from './DecisionLink';
import { NodeConnectors } from './NodeConnectors';
import { MapIcon } from '../common/MapIcon';
import { useMap } from '../state/controller';

export function NodeInspector({ id }: { id: string }): ReactElement | null {
  const map = useMap();
  const execute = useExecute();
  const seal = useSealHistory();
  const node = useNode(id);
  const lanes = useWorkbookValue((w) => w.workflow.lanes);
  const lint = useWorkbookValue((w) => deriveNodeLint(w).get(id));
  if (!node) return null;
  const path = id;
  const changeLane = (laneId: string) => {
    const w = map.editor.workbook;
    execute(moveNodes(moveToLane(w.workflow, layoutOf(w), [id], laneId || undefined)));
  };
  return (
    <div className="map-inspector-body">
      <header className="map-inspector-head">
        <p className="eyebrow">{NODE_KIND_LABEL[node.kind]}</p>
        <h2 className="map-inspector-title">{node.label || 'No label yet'}</h2>
      </header>
      {lint && (
        <ul className={`map-gaps map-gaps-${lint.severity}`} aria-label="Gaps on this node">
          {lint.messages.map((m) => <li key={m}>{m}</li>)}
        </ul>
      )}
      <TextField label="Label" value={node.label} focusKey={`${path}/label`} onChange={(e) => execute(setNodeLabel(id, e.target.value))} onBlur={seal} />
      <div className="map-field-row">
        <SelectField label="Kind" value={node.kind} focusKey={`${path}/kind`}
          options={NODE_KINDS.map((k) => ({ value: k, label: NODE_KIND_LABEL[k] }))}
          onChange={(e) => execute(setNodeKind(id, e.target.value as NodeKind))} />
        <SelectField label="Lane" value={node.laneId && lanes.some((l) => l.id === node.laneId) ? node.laneId : ''} focusKey={`${path}/laneId`}
          options={[...lanes.map((l) => ({ value: l.id, label: l.name || 'Unnamed lane' })), { value: '', label: 'No lane' }]}
          onChange={(e) => changeLane(e.target.value)} />
      </div>
      <TextArea label="Notes" value={node.notes ?? ''} focusKey={`${path}/notes`} placeholder="What happens here in the actual workflow"
        onChange={(e) => execute(setNodeNotes(id, e.target.value))} onBlur={seal} />
      {(node.kind === 'decision' || node.kind === 'ai-step') && <DecisionLink nodeId={id} needsOne={node.kind === 'decision'} />}
      {node.kind === 'ai-step' && <AiGlance nodeId={id} />}
      <NodeConnectors nodeId={id} />
      <ConnectForm nodeId={id} />
      <div className="map-inspector-actions">
        <Button size="sm" onClick={() => duplicateSelection(map)}><MapIcon name="duplicate" size={16} /> Duplicate</Button>
        <Button size="sm" variant="danger" icon="trash" onClick={() => deleteSelection(map)}>Delete node</Button>
      </div>
    </div>
  );
}
