/**
 * How to join the room: its QR code and the short link to read out or type, with a button that
 * copies the full link. The room panel shows it, and so does the presenter view while a room
 * is open (size `lg`, for the projector).
 */
import { useState, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import type { RoomCardData } from './roomBroadcast';
import { RoomQr } from './RoomQr';

export function RoomJoinCard({ room, size = 'md' }: { room: RoomCardData; size?: 'md' | 'lg' }): ReactElement {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = () => {
    navigator.clipboard?.writeText(room.joinUrl).then(
      () => setCopied('Link copied.'),
      () => setCopied('The browser refused to copy: select the link instead.'),
    );
  };
  return (
    <div className={`room-join room-join-${size}`}>
      <RoomQr svg={room.qrSvg} size={size === 'lg' ? 240 : 148} />
      <div className="room-join-text">
        <p className="room-join-lead">Scan, or open on a phone on the same network:</p>
        <p className="room-short-link" aria-label="Short link">{room.shortUrl}</p>
        {size === 'md' && (
          <p className="room-join-actions">
            <Button size="sm" icon="copy" onClick={copy}>Copy link</Button>
            {copied && <span className="field-hint" role="status">{copied}</span>}
          </p>
        )}
        {room.bind === 'loopback' && <p className="field-hint">Rehearsal: only this computer can open the link.</p>}
      </div>
    </div>
  );
}
