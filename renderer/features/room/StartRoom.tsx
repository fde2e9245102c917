/**
 * Opening the room: its title (the workbook's by default) and who can join, phones on one of
 * this computer's networks or this computer only (a rehearsal). A computer on no network is
 * offered the rehearsal and told why; a refusal from the Host is shown as it was said.
 */
import { useState, type ReactElement } from 'react';
import type { LanAddress } from '../../../shared/host';
import { ROOM_LIMITS } from '../../../shared/room';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { useWorkbookValue } from '../../state/hooks';
import { fit } from '../../state/roomFocus';
import { useRoom, useRoomSession } from './useRoom';

const LOOPBACK = 'loopback';

export function StartRoom({ addresses }: { addresses: readonly LanAddress[] }): ReactElement {
  const session = useRoomSession();
  const busy = useRoom((s) => s.busy);
  const workbookTitle = useWorkbookValue((w) => w.title);
  const [title, setTitle] = useState(workbookTitle);
  const [where, setWhere] = useState(addresses[0]?.address ?? LOOPBACK);
  const options = [
    ...addresses.map((a) => ({ value: a.address, label: `Phones on the network ${a.name} (${a.address})` })),
    { value: LOOPBACK, label: 'This computer only (a rehearsal)' },
  ];
  const start = () => {
    const name = fit(title, ROOM_LIMITS.titleChars, fit(workbookTitle, ROOM_LIMITS.titleChars, 'Workshop'));
    void session.start(where === LOOPBACK ? { title: name, bind: 'loopback' } : { title: name, bind: 'lan', address: where });
  };
  return (
    <form className="room-start" onSubmit={(e) => { e.preventDefault(); start(); }}>
      <p className="muted">
        Participants join from a phone or laptop browser on the same network, with no account. Nothing they send
        enters the workbook until you accept it; ending the room makes every link dead.
      </p>
      <TextField label="Room title" value={title} maxLength={ROOM_LIMITS.titleChars} onChange={(e) => setTitle(e.target.value)} hint="Shown on the phones." />
      <SelectField label="Who can join" value={where} options={options} onChange={(e) => setWhere(e.target.value)}
        hint={addresses.length === 0 ? 'This computer is on no network: join the room’s Wi-Fi for phones to reach it, or rehearse here.' : undefined} />
      <Button type="submit" variant="primary" icon="people" disabled={busy !== null}>{busy ?? 'Start the room'}</Button>
    </form>
  );
}
