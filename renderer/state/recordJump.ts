/**
 * Goes to any record on the screen that shows it, selected and in view: a found record (Search
 * everything) or the record a parked question became. Map steps and decisions go through their
 * own jumps (jumps.ts); the others through `goTo` with the field to focus, and a parked
 * question opens the parking-lot panel on it.
 */
import type { AppStore } from './appStore';
import { goTo, openDecision, showNodeOnMap } from './jumps';
import { showParkingLot } from './quickTools';

export type JumpKind = 'person' | 'lane' | 'node' | 'decision' | 'metric' | 'roadmapItem' | 'parkingItem';

/** The field each kind's editor focuses when no other is asked for (its name). */
const NAME_FIELD: Readonly<Partial<Record<JumpKind, string>>> = { person: 'name', lane: 'name', metric: 'name', roadmapItem: 'title' };

export function goToRecord(app: AppStore, kind: JumpKind, id: string, field?: string): void {
  const editor = app.getState().editor;
  if (!editor) return;
  const target = { recordId: id, field: field ?? NAME_FIELD[kind] };
  switch (kind) {
    case 'node': return showNodeOnMap(app, id);
    case 'decision': return openDecision(app, id);
    case 'person': return goTo(app, 'overview', target);
    case 'lane': return goTo(app, 'map', target);
    case 'metric': return goTo(app, 'metrics', target);
    case 'roadmapItem': return goTo(app, 'roadmap', target);
    case 'parkingItem': return showParkingLot(editor, id);
  }
}
