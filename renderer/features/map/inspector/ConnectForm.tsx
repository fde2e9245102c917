/**
 * Connecting without a pointer: find the other node by typing part of its label (a map may
 * have thousands: they are searched, not listed), pick the kind, then Connect.
 */
import { useMemo, useState, type ReactElement } from 'react';
import { EDGE_KINDS, type EdgeKind } from '../../../../shared/model';
import { EDGE_KIND_LABEL, NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/Field';
import { SearchPicker } from '../../../components/SearchPicker';
import { useWorkbookValue } from '../../../state/hooks';
import { connect } from '../state/edits';
import { useMapUi } from '../state/hooks';
import { useMap } from '../state/controller';

export function ConnectForm({ nodeId }: { nodeId: string }): ReactElement {
  const map = useMap();
  const nodes = useWorkbookValue((w) => w.workflow.nodes);
  const lanes = useWorkbookValue((w) => w.workflow.lanes);
  const defaultKind = useMapUi((s) => s.connectorKind);
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<EdgeKind>(defaultKind);
  const options = useMemo(() => {
    const laneName = new Map(lanes.map((l) => [l.id, l.name]));
    return nodes.filter((n) => n.id !== nodeId).map((n) => {
      const lane = n.laneId !== undefined ? laneName.get(n.laneId) : undefined;
      return { value: n.id, label: `${n.label || NODE_KIND_LABEL[n.kind]}${lane ? ` — ${lane}` : ''}` };
    });
  }, [nodes, lanes, nodeId]);
  return (
    <form className="map-inspector-section map-connect-form" aria-label="Connect to another node"
      onSubmit={(e) => {
        e.preventDefault();
        if (target && connect(map, nodeId, target, kind)) setTarget('');
      }}>
      <h3>Connect to</h3>
      <SearchPicker label="Other node" value={target} options={options} onChoose={setTarget} placeholder="Type part of its label…" />
      <div className="map-field-row">
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as EdgeKind)}
          options={EDGE_KINDS.map((k) => ({ value: k, label: EDGE_KIND_LABEL[k] }))} />
        <Button type="submit" size="sm" disabled={!target}>Connect</Button>
      </div>
    </form>
  );
}
