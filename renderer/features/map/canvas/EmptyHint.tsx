/** What an empty map says: where to start. */
import type { ReactElement } from 'react';
import { Button } from '../../../components/Button';
import { useDoc } from '../../../state/editor/context';
import { addLaneAtEnd } from '../state/lanes';
import { useMap } from '../state/controller';

export function EmptyHint(): ReactElement | null {
  const map = useMap();
  const empty = useDoc((d) => d.workbook.workflow.nodes.length === 0 && d.workbook.workflow.lanes.length === 0);
  if (!empty) return null;
  return (
    <div className="map-empty" data-map-item="">
      <h2>Map the actual workflow</h2>
      <p>Add a lane for each role, system and the AI, then drag steps from the palette into the lanes. Connect them to show what triggers the AI, what it reads and writes, and where it hands off.</p>
      <Button variant="primary" icon="plus" onClick={() => addLaneAtEnd(map)}>Add the first lane</Button>
    </div>
  );
}
