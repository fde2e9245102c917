/**
 * The facilitator's side of the presenter view: once a presenter window has said hello, every
 * change of the workbook or the stage sends it a fresh frame (presenterFrame.ts), at once, so
 * the projector follows within a frame or two of an edit. Renders nothing. Before any
 * presenter appears no frame is built, so a workbook without one pays nothing per keystroke.
 */
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../state/appContext';
import { useWorkbook } from '../../state/hooks';
import { localToday } from '../../state/sprintCalendar';
import { openPresenterChannel, type PresenterChannel } from './presenterChannel';
import { presenterFrame, type PresenterFrame } from './presenterFrame';

export function PresenterBroadcaster(): null {
  const workbook = useWorkbook();
  const route = useApp((s) => s.route);
  const stage = route.screen === 'workbook' ? route.stage : 'overview';
  const channel = useRef<PresenterChannel | null>(null);
  const latest = useRef<PresenterFrame | null>(null);
  const [listening, setListening] = useState(false);
  const workbookId = workbook.id;

  useEffect(() => {
    const c = openPresenterChannel();
    channel.current = c;
    const stop = c.listen(workbookId, (m) => {
      if (m.kind !== 'hello') return;
      setListening(true);
      if (latest.current) c.post({ kind: 'frame', workbookId, frame: latest.current });
    });
    return () => {
      stop();
      c.post({ kind: 'closed', workbookId });
      c.close();
      channel.current = null;
    };
  }, [workbookId]);

  useEffect(() => {
    if (!listening) return;
    const frame = presenterFrame(workbook, stage, localToday());
    latest.current = frame;
    channel.current?.post({ kind: 'frame', workbookId: workbook.id, frame });
  }, [listening, workbook, stage]);

  return null;
}
