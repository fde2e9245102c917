/** What an empty map says: where to start. */
import type { ReactElement } from 'react';
import { Button } from '../../../components/Button';
import { useAppStore } from '../../../state/store';
import { addLaneAtEnd } from '../state/lanes';

export function EmptyHint(): ReactElement | null {
  const empty = useAppStore((s) => !!s.workbook && s.workbook.workflow.nodes.length === 0 && s.workbook.workflow.lanes.length === 0);
  if (!empty) return null;
  return (
    <div className="map-empty" data-map-item="">
      <h2>Map the actual workflow</h2>
      <p>Add a lane for each role, system and the AI, then drag steps from the palette into the lanes. Connect them to show what triggers the AI, what it reads and writes, and where it hands off.</p>
      <Button variant="primary" icon="plus" onClick={() => addLaneAtEnd()}>Add the first lane</Button>
    </div>
  );
}
