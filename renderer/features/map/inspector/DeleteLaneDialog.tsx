/** Deleting a lane that holds nodes asks what becomes of them: move them to another lane, or remove them with their connectors. */
import { useState, type ReactElement } from 'react';
import type { Lane } from '../../../../shared/model';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { SelectField } from '../../../components/Field';
import { removeLane } from '../../../state/commands';
import { useWorkbookList, useWorkbookValue } from '../../../state/hooks';
import { announce } from '../state/mapUiStore';
import { useMap } from '../state/controller';

export function DeleteLaneDialog({ lane, onClose }: { lane: Lane; onClose: () => void }): ReactElement {
  const map = useMap();
  const lanes = useWorkbookList((w) => w.workflow.lanes.filter((l) => l.id !== lane.id));
  const count = useWorkbookValue((w) => w.workflow.nodes.filter((n) => n.laneId === lane.id).length);
  const [target, setTarget] = useState(lanes[0]?.id ?? '');
  const name = lane.name || 'This lane';
  const run = (fate: Parameters<typeof removeLane>[1]) => {
    if (map.editor.execute(removeLane(lane.id, fate))) {
      announce(map, fate.kind === 'move' ? `Deleted lane ${name}; its nodes moved.` : `Deleted lane ${name} and its ${count} nodes.`);
      map.editor.notifyUndoable(`Deleted lane ${name}.`);
    }
    onClose();
  };
  const nodes = `${count} ${count === 1 ? 'node' : 'nodes'}`;
  return (
    <Dialog title={`Delete lane ${name}?`} role="alertdialog" size="sm" onClose={onClose}
      actions={<>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="danger" onClick={() => run({ kind: 'remove' })}>Delete lane and {nodes}</Button>
        {lanes.length > 0 && <Button variant="primary" onClick={() => run({ kind: 'move', laneId: target })}>Move {nodes} and delete lane</Button>}
      </>}>
      <p>{name} holds {nodes}. Move them to another lane first, or remove them with their connectors.</p>
      {lanes.length > 0 && (
        <SelectField label="Move the nodes to" value={target} onChange={(e) => setTarget(e.target.value)}
          options={lanes.map((l) => ({ value: l.id, label: l.name || 'Unnamed lane' }))} />
      )}
    </Dialog>
  );
}
