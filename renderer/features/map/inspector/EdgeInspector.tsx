/** A connector in the inspector: its two ends (reconnect by finding another node as you type), its kind, its label. */
import { useMemo, type ReactElement } from 'react';
import { EDGE_KINDS, type EdgeKind } from '../../../../shared/model';
import { EDGE_KIND_LABEL, NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { SearchPicker } from '../../../components/SearchPicker';
import { reconnectEdge, setEdgeKind, setEdgeLabel } from '../../../state/commands';
import { useExecute, useSealHistory, useWorkbookValue } from '../../../state/hooks';
import { EdgeSample } from '../common/Legend';
import { deleteSelection } from '../state/edits';
import { useEdge } from '../state/hooks';
import { selectOnly } from '../state/selection';
import { useMap } from '../state/controller';

export function EdgeInspector({ id }: { id: string }): ReactElement | null {
  const map = useMap();
  const execute = useExecute();
  const seal = useSealHistory();
  const edge = useEdge(id);
  const nodes = useWorkbookValue((w) => w.workflow.nodes);
  const options = useMemo(() => nodes.map((n) => ({ value: n.id, label: n.label || NODE_KIND_LABEL[n.kind] })), [nodes]);
  if (!edge) return null;
  const path = id;
  const missing = (nodeId: string) => (nodes.some((n) => n.id === nodeId) ? [] : [{ value: nodeId, label: `Missing node ${nodeId}` }]);
  return (
    <div className="map-inspector-body">
      <header className="map-inspector-head">
        <p className="eyebrow">Connector</p>
        <h2 className="map-inspector-title"><EdgeSample kind={edge.kind} /> {EDGE_KIND_LABEL[edge.kind]}</h2>
      </header>
      <SearchPicker label="From" value={edge.from} focusKey={`${path}/from`} options={[...missing(edge.from), ...options]}
        onChoose={(node) => execute(reconnectEdge(id, 'from', node))} />
      <SearchPicker label="To" value={edge.to} focusKey={`${path}/to`} options={[...missing(edge.to), ...options]}
        onChoose={(node) => execute(reconnectEdge(id, 'to', node))} />
      <fieldset className="map-kind-choice">
        <legend className="field-label">Kind</legend>
        {EDGE_KINDS.map((k) => (
          <label key={k} className={`map-kind-option${k === edge.kind ? ' is-current' : ''}`}>
            <input type="radio" name={`kind-${id}`} value={k} checked={k === edge.kind} onChange={() => execute(setEdgeKind(id, k as EdgeKind))} />
            <EdgeSample kind={k} width={26} />
            <span>{EDGE_KIND_LABEL[k]}</span>
          </label>
        ))}
      </fieldset>
      <TextField label="Label" value={edge.label ?? ''} focusKey={`${path}/label`} placeholder="e.g. new ticket, customer record"
        onChange={(e) => execute(setEdgeLabel(id, e.target.value))} onBlur={seal} />
      <div className="map-inspector-actions">
        <Button size="sm" onClick={() => selectOnly(map, [edge.from])}>Select its start</Button>
        <Button size="sm" variant="danger" icon="trash" onClick={() => deleteSelection(map)}>Delete connector</Button>
      </div>
    </div>
  );
}
