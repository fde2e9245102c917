/**
 * The room's side of state/roomPhones: tells the stages whether a room is open and what the
 * phones show, and puts up the decision or metric a stage's "Show on phones" asks for.
 */
import { useEffect } from 'react';
import type { Focus } from '../../../shared/room';
import { useEditor } from '../../state/editor/context';
import { decisionFocus, metricFocus } from '../../state/roomFocus';
import { roomPhonesOf, type PhonesRecord } from '../../state/roomPhones';
import { useRoom, useRoomSession } from './useRoom';

const recordOf = (focus: Focus | undefined): PhonesRecord | null =>
  focus?.kind === 'decision' ? { kind: 'decision', id: focus.decision.id } : focus?.kind === 'metric' ? { kind: 'metric', id: focus.metric.id } : null;

export function useRoomPhones(): void {
  const editor = useEditor();
  const session = useRoomSession();
  const open = useRoom((s) => s.view?.connection === 'open');
  const focus = useRoom((s) => s.view?.focus);
  const phones = roomPhonesOf(editor);

  useEffect(() => {
    phones.store.setState({ open, showing: open ? recordOf(focus) : null });
  }, [phones, open, focus]);

  useEffect(() => phones.onShow((record) => {
    const next = record.kind === 'decision' ? decisionFocus(editor.workbook, record.id) : metricFocus(editor.workbook, record.id);
    if (next) void session.run('Show on phones', (c) => c.show(next));
  }), [phones, editor, session]);
}
