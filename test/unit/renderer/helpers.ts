/** Shared fixtures for the renderer's tests: starter workbooks, a fixed clock, a fresh store. */
import { loadWorkbook } from '../../../shared/format';
import type { Workbook } from '../../../shared/model';
import { resetAppStore, useAppStore } from '../../../renderer/state/store';
// Imported as the renderer imports them (Vite's ?raw): works in the node and jsdom environments alike.
import blank from '../../../templates/starters/blank.sprintbook?raw';
import supportTriage from '../../../templates/starters/support-triage.sprintbook?raw';

export function templateText(name: 'blank' | 'support-triage'): string {
  return name === 'blank' ? blank : supportTriage;
}

export function template(name: 'blank' | 'support-triage'): Workbook {
  const loaded = loadWorkbook(templateText(name));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}

/** A clock that only moves when told to. */
export function manualClock(start = Date.parse('2026-11-02T09:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** A fresh store with `w` open and a manual clock. */
export function openInFreshStore(w: Workbook = template('blank')) {
  const clock = manualClock();
  resetAppStore(clock);
  useAppStore.getState().openWorkbook(w);
  return { clock, store: useAppStore };
}

export const state = () => useAppStore.getState();
