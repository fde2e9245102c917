/**
 * The workshop room's panel, beside the stage (not modal: the facilitator keeps working on the
 * workbook while the room runs). Closed: how to start one. Open: three tabs, the room itself
 * (join link and QR code, what the phones show, people, lock, anonymity, ending it), the tier
 * vote, and the inbox with dot voting.
 */
import { useEffect, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import { Button, IconButton } from '../../components/Button';
import { openRoomOf } from '../../state/roomSession';
import { InboxTab } from './InboxTab';
import { OnPhones } from './OnPhones';
import { RoomJoinCard } from './RoomJoinCard';
import { RoomPeople } from './RoomPeople';
import { StartRoom } from './StartRoom';
import { useRoom, useRoomSession } from './useRoom';
import { VoteTab } from './VoteTab';

type Tab = 'room' | 'vote' | 'inbox';

export function RoomPanel({ onClose, top }: { onClose: () => void; top?: number | undefined }): ReactElement {
  const session = useRoomSession();
  const status = useRoom((s) => s.status);
  const room = useRoom(openRoomOf);
  const view = useRoom((s) => s.view);
  const error = useRoom((s) => s.error);
  const busy = useRoom((s) => s.busy);
  const taken = useRoom((s) => s.taken);
  const [tab, setTab] = useState<Tab>('room');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const waiting = view ? view.inbox.filter((i) => !taken.includes(i.id)).length : 0;
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening the panel takes the keyboard there; Escape closes it and gives focus back to the Room button.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => previous?.focus();
  }, []);

  const tabs: readonly { id: Tab; label: string }[] = [
    { id: 'room', label: 'Room' },
    { id: 'vote', label: view?.vote && view.vote.state !== 'revealed' ? `Vote · ${view.vote.cast}/${view.vote.eligible}` : 'Vote' },
    { id: 'inbox', label: waiting ? `Inbox · ${waiting}` : 'Inbox' },
  ];

  return (
    <aside className="room-panel" aria-label="Workshop room" onKeyDown={(e) => { if (e.key === 'Escape' && !e.defaultPrevented) { e.stopPropagation(); onClose(); } }} style={top === undefined ? undefined : ({ '--room-panel-top': `${top}px` } as CSSProperties)}>
      <header className="room-panel-head">
        <h2 ref={heading} tabIndex={-1}>Workshop room</h2>
        {room && <span className={`badge ${view?.connection === 'open' ? 'badge-good' : 'badge-warn'}`}>{view?.connection === 'open' ? 'Open' : view ? 'Reconnecting…' : 'Connecting…'}</span>}
        <IconButton icon="x" label="Close the room panel" onClick={onClose} />
      </header>
      {error && <p className="notice notice-bad room-error" role="alert">{error}</p>}
      {status === null && <p role="status" className="muted">Asking whether a room is open…</p>}
      {status && !room && <StartRoom addresses={status.addresses} />}
      {room && (
        <>
          <p className="room-title">{room.title}</p>
          <div className="room-tabs" role="tablist" aria-label="Room">
            {tabs.map((t) => (
              <button key={t.id} type="button" role="tab" id={`room-tab-${t.id}`} aria-selected={tab === t.id} aria-controls="room-tabpanel"
                className={tab === t.id ? 'room-tab is-current' : 'room-tab'} onClick={() => setTab(t.id)}>{t.label}</button>
            ))}
          </div>
          <div className="room-tabpanel" id="room-tabpanel" role="tabpanel" aria-labelledby={`room-tab-${tab}`}>
            {!view && <p role="status" className="muted">Connecting to the room…</p>}
            {view && tab === 'room' && (
              <>
                <RoomJoinCard room={room} />
                <OnPhones focus={view.focus} roomTitle={view.title || room.title} />
                <RoomPeople view={view} />
                <div className="room-end">
                  {confirmEnd ? (
                    <>
                      <p>End the room? Every link stops working and the phones are told; the workbook keeps what you accepted.</p>
                      <Button variant="danger" disabled={busy !== null} onClick={() => void session.end().then(() => setConfirmEnd(false))}>End the room</Button>
                      <Button variant="ghost" onClick={() => setConfirmEnd(false)}>Keep it open</Button>
                    </>
                  ) : (
                    <Button variant="danger" icon="stop" onClick={() => setConfirmEnd(true)}>End the room…</Button>
                  )}
                </div>
              </>
            )}
            {view && tab === 'vote' && <VoteTab view={view} />}
            {view && tab === 'inbox' && <InboxTab view={view} />}
          </div>
        </>
      )}
    </aside>
  );
}
