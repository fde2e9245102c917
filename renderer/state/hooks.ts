/**
 * React hooks over the store: narrow selectors, and derived values that stay the same object
 * for the same workbook (see selectors.ts), so components re-render only when what they show
 * changed. Arrays built in a selector go through useShallow.
 */
import { useShallow } from 'zustand/react/shallow';
import type { Person, Workbook } from '../../shared/model';
import type { Command } from './command';
import { withNewPerson } from './commands/people';
import { useAppStore } from './store';
import type { AppState } from './types';

/** The open workbook; screens under a workbook route may rely on it being there. */
export function useWorkbook(): Workbook {
  const w = useAppStore((s) => s.workbook);
  if (!w) throw new Error('No workbook is open.');
  return w;
}

/** A value picked from the open workbook (compared with Object.is). */
export function useWorkbookValue<T>(pick: (w: Workbook) => T): T {
  return useAppStore((s: AppState) => {
    if (!s.workbook) throw new Error('No workbook is open.');
    return pick(s.workbook);
  });
}

/** A list picked from the open workbook, compared item by item. */
export function useWorkbookList<T>(pick: (w: Workbook) => readonly T[]): readonly T[] {
  return useAppStore(useShallow((s: AppState) => (s.workbook ? pick(s.workbook) : [])));
}

/** A derived value (readiness, agenda…) from a memoized `derive*` selector. */
export function useDerived<T>(derive: (w: Workbook) => T): T {
  return useWorkbookValue(derive);
}

export const useExecute = () => useAppStore((s) => s.execute);

/** What a person picker needs: the people, and choosing or adding-and-choosing as commands. */
export function usePersonChoice(assign: (personId: string) => Command): {
  people: readonly Person[]; onChoose: (personId: string) => void; onAdd: (name: string) => void;
} {
  const execute = useExecute();
  const people = useWorkbookList((w) => w.people);
  return {
    people,
    onChoose: (personId) => execute(assign(personId)),
    onAdd: (name) => execute(withNewPerson(name, assign)),
  };
}
