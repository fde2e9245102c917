/**
 * React hooks over the store: narrow selectors, and derived values that stay the same object
 * for the same workbook (see selectors.ts), so components re-render only when what they show
 * changed. Arrays built in a selector go through useShallow.
 */
import { useDeferredValue, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Person, Workbook } from '../../shared/model';
import type { Command } from './commands/command';
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

/**
 * A derived value one render behind the workbook, for derivations over the whole workbook
 * (readiness above all, the costliest thing an edit redraws): the edit itself reaches the
 * screen within a frame, and what depends on this follows in the next.
 */
export function useDeferredDerived<T>(derive: (w: Workbook) => T): T {
  return derive(useDeferredValue(useWorkbook()));
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

/** The lists of records a stage edits one at a time. */
type RecordList = 'metrics' | 'decisions' | 'roadmap';

/**
 * Which record a stage's editor shows: the one a readiness "Fix" link asked for (so its field
 * can be focused in the same render), else the one selected under `kind` in the ui slice, else
 * the first when `firstByDefault`. A request becomes the selection; selection never enters undo.
 */
export function useSelectedRecord(kind: string, list: RecordList, firstByDefault: boolean): string | null {
  const selected = useAppStore((s) => (s.selection?.kind === kind ? s.selection.id : null));
  const request = useAppStore((s) => s.focusRequest?.target ?? null);
  const requestedIndex = request ? new RegExp(`^/${list}/(\\d+)(?:/|$)`).exec(request)?.[1] : undefined;
  const requested = useWorkbookValue((w) => (requestedIndex === undefined ? null : w[list][Number(requestedIndex)]?.id ?? null));
  const shown = useWorkbookValue((w) => {
    if (requested) return requested;
    if (selected && w[list].some((r) => r.id === selected)) return selected;
    return firstByDefault ? w[list][0]?.id ?? null : null;
  });
  useEffect(() => {
    if (requested) useAppStore.getState().select({ kind, id: requested });
  }, [kind, requested]);
  return shown;
}
