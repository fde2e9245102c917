/**
 * The open workbook's room session (state/roomSession) in React: made on first use as an editor
 * controller with the page's Host, and read with narrow selectors so a vote arriving redraws
 * the room's panel and the top bar's count, nothing else.
 */
import { useStore } from 'zustand';
import { services } from '../../db/services';
import type { WorkbookEditor } from '../../state/editor/WorkbookEditor';
import { useEditor } from '../../state/editor/context';
import { createRoomSession, type RoomSession, type RoomSessionState } from '../../state/roomSession';

const makeRoomSession = (): RoomSession => createRoomSession(services().host);

export const roomOf = (editor: WorkbookEditor): RoomSession => editor.controller(makeRoomSession);

export function useRoomSession(): RoomSession {
  return roomOf(useEditor());
}

export function useRoom<T>(pick: (s: RoomSessionState) => T): T {
  return useStore(useRoomSession().store, pick);
}
