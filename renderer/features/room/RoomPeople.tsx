/**
 * Who is in the room (connected or not), with a way to remove someone (their token dies and
 * their page says so), the lock (no one new may join; those in stay), and anonymous mode per
 * activity: from then on the activity's contributions reach the app without a name.
 */
import type { ReactElement } from 'react';
import { ROOM_ACTIVITIES, type FacilitatorView, type RoomActivity } from '../../../shared/room';
import { Button } from '../../components/Button';
import { useRoom, useRoomSession } from './useRoom';

const ACTIVITY: Readonly<Record<RoomActivity, string>> = { vote: 'Tier votes', parking: 'Parking-lot items', observation: 'Observations' };

export function RoomPeople({ view }: { view: FacilitatorView }): ReactElement {
  const session = useRoomSession();
  const busy = useRoom((s) => s.busy !== null);
  const connected = view.participants.filter((p) => p.connected).length;
  return (
    <section className="room-section" aria-labelledby="room-people-title">
      <header className="room-section-head">
        <h3 id="room-people-title">People <span className="muted">· {connected} connected{view.participants.length > connected ? `, ${view.participants.length - connected} away` : ''}</span></h3>
        <label className="room-toggle">
          <input type="checkbox" checked={view.locked} disabled={busy} onChange={(e) => void session.run(e.target.checked ? 'Lock' : 'Unlock', (c) => c.lock(e.target.checked))} />
          Locked{view.locked ? ': no one new can join' : ''}
        </label>
      </header>
      {view.participants.length === 0 ? (
        <p className="empty-note">No one yet. Put the QR code up and ask people to scan it.</p>
      ) : (
        <ul className="room-people">
          {view.participants.map((p) => (
            <li key={p.id}>
              <span className={`room-presence ${p.connected ? 'is-on' : 'is-off'}`} aria-hidden="true" />
              <span className="room-person-name">{p.name}</span>
              <span className="muted room-person-state">{p.connected ? 'connected' : 'away'}</span>
              <Button size="sm" variant="ghost" icon="x" aria-label={`Remove ${p.name}`} disabled={busy}
                onClick={() => void session.run(`Remove ${p.name}`, (c) => c.remove(p.id))}>Remove</Button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="room-anonymity">
        <legend>Anonymous: you see what is sent, not who sent it</legend>
        {ROOM_ACTIVITIES.map((a) => (
          <label key={a} className="room-toggle">
            <input type="checkbox" checked={view.anonymity[a]} disabled={busy}
              onChange={(e) => void session.run(`Anonymous ${ACTIVITY[a].toLowerCase()}`, (c) => c.setAnonymous(a, e.target.checked))} />
            {ACTIVITY[a]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
