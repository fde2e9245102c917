/**
 * The room on the projector: the presenter window's slot shows the join QR code and short link
 * while a room is open for this workbook, and nothing otherwise. It goes first in the side
 * column (room.css), where a 720-pixel-high projector still shows it whole. It asks the facilitator's
 * window on opening and then follows what that window posts (roomBroadcast.ts).
 */
import { useEffect, useState, type ReactElement } from 'react';
import { openRoomChannel, type RoomCardData } from './roomBroadcast';
import { RoomQr } from './RoomQr';

export function PresenterRoomCard({ workbookId }: { workbookId: string }): ReactElement | null {
  const [room, setRoom] = useState<RoomCardData | null>(null);
  useEffect(() => {
    const channel = openRoomChannel();
    const stop = channel.listen(workbookId, (m) => {
      if (m.kind === 'room') setRoom(m.room);
    });
    channel.post({ kind: 'hello', workbookId });
    return () => {
      stop();
      channel.close();
    };
  }, [workbookId]);
  if (!room) return null;
  return (
    <section className="presenter-room" aria-label="Join the room">
      <RoomQr svg={room.qrSvg} size={176} />
      <div className="presenter-room-text">
        <p className="presenter-room-title">Join “{room.title}”: scan, or type</p>
        <p className="presenter-room-link" aria-label="Short link">{room.shortUrl}</p>
      </div>
    </section>
  );
}
