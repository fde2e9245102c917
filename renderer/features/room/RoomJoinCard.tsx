/**
 * How to join the room: its QR code and the short link to read out or type, with a button that
 * copies the full link, and a word when only this computer can open it (a rehearsal).
 */
import { useState, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import type { RoomCardData } from './roomBroadcast';
import { RoomQr } from './RoomQr';

export function RoomJoinCard({ room }: { room: RoomCardData }): ReactElement {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = () => {
    navigator.clipboard?.writeText(room.joinUrl).then(
      () => setCopied('Link copied.'),
      () => setCopied('The browser refused to copy: select the link instead.'),
    );
  };
  return (
    <div className="room-join">
      <RoomQr svg={room.qrSvg} size={148} />
      <div className="room-join-text">
        <p className="room-join-lead">Scan, or open on a phone on the same network:</p>
        <p className="room-short-link" aria-label="Short link">{room.shortUrl}</p>
        <p className="room-join-actions">
          <Button size="sm" icon="copy" onClick={copy}>Copy link</Button>
          {copied && <span className="field-hint" role="status">{copied}</span>}
        </p>
        {room.bind === 'loopback' && <p className="field-hint">Rehearsal: only this computer can open the link.</p>}
      </div>
    </div>
  );
}
