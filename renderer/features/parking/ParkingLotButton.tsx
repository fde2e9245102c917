/** The top bar's way into the parking lot, with the number of open questions on it. */
import type { ReactElement } from 'react';
import { Button } from '../../components/Button';
import { QUICK_TOOL_SHORTCUT } from '../../hooks/quickToolKeys';
import { useEditor } from '../../state/editor/context';
import { useWorkbookValue } from '../../state/hooks';
import { showParkingLot } from '../../state/quickTools';

export function ParkingLotButton(): ReactElement {
  const editor = useEditor();
  const open = useWorkbookValue((w) => w.parkingLot.filter((p) => p.status === 'open').length);
  return (
    <Button className="parking-button" onClick={() => showParkingLot(editor)}
      aria-label={`Parking lot, ${open} open`} title={`The parking lot: questions to come back to (${QUICK_TOOL_SHORTCUT.capture} parks one)`}>
      Parking lot{open > 0 && <span className="parking-button-count" aria-hidden="true">{open}</span>}
    </Button>
  );
}
