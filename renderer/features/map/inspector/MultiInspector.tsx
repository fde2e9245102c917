/** Several elements selected: how many, move them all to a lane, duplicate or delete them. */
import type { ReactElement } from 'react';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/Field';
import { moveNodes } from '../../../state/commands';
import { useWorkbookValue } from '../../../state/hooks';
import { moveToLane } from '../geometry/placement';
import { MapIcon } from '../common/MapIcon';
import { deleteSelection, duplicateSelection } from '../state/edits';
import { layoutOf } from '../state/hooks';
import { fitBoxes } from '../state/view';
import { useMap } from '../state/controller';

export function MultiInspector({ nodeIds, edgeIds }: { nodeIds: readonly string[]; edgeIds: readonly string[] }): ReactElement {
  const map = useMap();
  const lanes = useWorkbookValue((w) => w.workflow.lanes);
  const parts = [nodeIds.length && `${nodeIds.length} ${nodeIds.length === 1 ? 'node' : 'nodes'}`, edgeIds.length && `${edgeIds.length} ${edgeIds.length === 1 ? 'connector' : 'connectors'}`].filter(Boolean).join(' and ');
  const toLane = (laneId: string) => {
    const w = map.editor.workbook;
    if (laneId !== '-') map.editor.execute(moveNodes(moveToLane(w.workflow, layoutOf(w), nodeIds, laneId || undefined)));
  };
  return (
    <div className="map-inspector-body">
      <header className="map-inspector-head">
        <p className="eyebrow">Selection</p>
        <h2 className="map-inspector-title">{parts}</h2>
      </header>
      {nodeIds.length > 0 && (
        <SelectField label="Move the nodes to lane" value="-" onChange={(e) => toLane(e.target.value)}
          options={[{ value: '-', label: 'Choose a lane…' }, ...lanes.map((l) => ({ value: l.id, label: l.name || 'Unnamed lane' })), { value: '', label: 'No lane' }]} />
      )}
      <p className="map-inspector-note">Drag any of them to move them together; arrow keys nudge them. Ctrl+C and Ctrl+V copy them, also into another workbook.</p>
      <div className="map-inspector-actions">
        {nodeIds.length > 0 && <Button size="sm" onClick={() => fitBoxes(map, nodeIds)}><MapIcon name="fitSelection" size={16} /> Zoom to them</Button>}
        {nodeIds.length > 0 && <Button size="sm" onClick={() => duplicateSelection(map)}><MapIcon name="duplicate" size={16} /> Duplicate</Button>}
        <Button size="sm" variant="danger" icon="trash" onClick={() => deleteSelection(map)}>Delete {nodeIds.length + edgeIds.length}</Button>
      </div>
    </div>
  );
}
