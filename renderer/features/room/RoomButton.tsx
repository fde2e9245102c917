/**
 * The top bar's "Room" button: opens and closes the room's panel, and says how many people are
 * connected while a room is open. The first time it is shown for a workbook it asks the Host
 * whether a room is already open (after a reload, say) and reconnects to it.
 */
import { useEffect, useState, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../../components/Button';
import { openRoomOf } from '../../state/roomSession';
import { RoomPanel } from './RoomPanel';
import { useRoom, useRoomSession } from './useRoom';
import { useRoomBroadcast } from './useRoomBroadcast';
import { useBlockTimerRelay } from './useBlockTimerRelay';
import { useRoomPhones } from './useRoomPhones';
import { useWorkbookValue } from '../../state/hooks';

export function RoomButton(): ReactElement {
  const session = useRoomSession();
  const [open, setOpen] = useState(false);
  const room = useRoom(openRoomOf);
  const connected = useRoom((s) => s.view?.participants.filter((p) => p.connected).length ?? 0);
  const waiting = useRoom((s) => (s.view ? s.view.inbox.filter((i) => !s.taken.includes(i.id)).length : 0));

  const workbookId = useWorkbookValue((w) => w.id);

  useEffect(() => {
    if (session.store.getState().status === null) void session.refresh();
  }, [session]);
  useRoomBroadcast(workbookId, room);
  useBlockTimerRelay(workbookId);
  useRoomPhones();

  // The panel starts under the top bar, whose height follows the window's width.
  const top = open ? document.querySelector('.topbar')?.getBoundingClientRect().bottom : undefined;

  return (
    <>
      <Button icon="people" aria-expanded={open} aria-pressed={open} className={room ? 'room-button is-live' : 'room-button'}
        title={room ? `Workshop room open: ${connected} connected${waiting ? `, ${waiting} in the inbox` : ''}` : 'Start a workshop room for phones'}
        onClick={() => setOpen(!open)}>
        {room ? `Room · ${connected}` : 'Room'}
      </Button>
      {/* In the body, beside the window: the panel floats over the stage's right edge, outside the top bar. */}
      {open && createPortal(<RoomPanel onClose={() => setOpen(false)} top={top} />, document.body)}
    </>
  );
}
