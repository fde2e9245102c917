/**
 * "Show on phones" from the stages: a decision's or a metric's editor asks for its record to be
 * put up in the workshop room, without knowing the room. The room (features/room) says here
 * whether one is open and what it shows, and carries out each request; one per open workbook,
 * an editor controller like the room's session.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEditor } from './editor/context';
import type { WorkbookEditor } from './editor/WorkbookEditor';

export interface PhonesRecord { readonly kind: 'decision' | 'metric'; readonly id: string }

export interface RoomPhonesState {
  /** A room is open and connected: the stages offer "Show on phones". */
  readonly open: boolean;
  /** The record the phones show now, if it is a decision or a metric. */
  readonly showing: PhonesRecord | null;
}

export interface RoomPhones {
  readonly store: StoreApi<RoomPhonesState>;
  show(record: PhonesRecord): void;
  /** The room's side: carries out each request; returns the unsubscribe. */
  onShow(listener: (record: PhonesRecord) => void): () => void;
  dispose(): void;
}

function makeRoomPhones(): RoomPhones {
  const store = createStore<RoomPhonesState>()(() => ({ open: false, showing: null }));
  const listeners = new Set<(record: PhonesRecord) => void>();
  return {
    store,
    show: (record) => {
      for (const l of listeners) l(record);
    },
    onShow(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose: () => listeners.clear(),
  };
}

export const roomPhonesOf = (editor: WorkbookEditor): RoomPhones => editor.controller(makeRoomPhones);

/** For a stage's editor: whether `record` can be shown on phones, whether it is, and how. */
export function useShowOnPhones(record: PhonesRecord): { readonly open: boolean; readonly shown: boolean; show(): void } {
  const phones = roomPhonesOf(useEditor());
  const open = useStore(phones.store, (s) => s.open);
  const shown = useStore(phones.store, (s) => s.showing?.kind === record.kind && s.showing.id === record.id);
  return { open, shown, show: () => phones.show(record) };
}
