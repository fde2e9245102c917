/**
 * The facilitator's side of roomBroadcast: posts the open room's card (or null) for this
 * workbook when it changes, and again to each presenter window that says hello.
 */
import { useEffect, useRef } from 'react';
import type { OpenRoomStatus } from '../../../shared/host';
import { cardDataOf, openRoomChannel, type RoomChannel } from './roomBroadcast';

export function useRoomBroadcast(workbookId: string, room: OpenRoomStatus | null): void {
  const channel = useRef<RoomChannel | null>(null);
  const current = useRef(room);
  current.current = room;

  useEffect(() => {
    const c = openRoomChannel();
    channel.current = c;
    const stop = c.listen(workbookId, (m) => {
      if (m.kind === 'hello') c.post({ kind: 'room', workbookId, room: cardDataOf(current.current) });
    });
    return () => {
      stop();
      c.close();
      channel.current = null;
    };
  }, [workbookId]);

  useEffect(() => {
    channel.current?.post({ kind: 'room', workbookId, room: cardDataOf(room) });
  }, [workbookId, room]);
}
