/**
 * React hooks over the open workbook's editor: narrow selectors, and derived values that stay
 * the same object for the same workbook (see selectors.ts), so components re-render only when
 * what they show changed. Arrays built in a selector go through useShallow.
 */
import { useDeferredValue, useEffect } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Person, Workbook } from '../../shared/model';
import type { Command } from './commands/command';
import { withNewPerson } from './commands/people';
import { useDoc, useEditor } from './editor/context';
import type { DocState } from './editor/types';

/** The open workbook; screens under a workbook route may rely on it being there. */
export function useWorkbook(): Workbook {
  return useDoc((d) => d.workbook);
}

/** A value picked from the open workbook (compared with Object.is). */
export function useWorkbookValue<T>(pick: (w: Workbook) => T): T {
  return useDoc((d: DocState) => pick(d.workbook));
}

/** A list picked from the open workbook, compared item by item. */
export function useWorkbookList<T>(pick: (w: Workbook) => readonly T[]): readonly T[] {
  return useDoc(useShallow((d: DocState) => pick(d.workbook)));
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

export const useExecute = (): ((cmd: Command) => boolean) => useEditor().execute;

/** Ends the current undo burst (a field lost focus). */
export const useSealHistory = (): (() => void) => useEditor().sealHistory;

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
 * can be focused in the same render), else the one selected under `kind`, else the first when
 * `firstByDefault`. A request becomes the selection; selection never enters undo.
 */
export function useSelectedRecord(kind: string, list: RecordList, firstByDefault: boolean): string | null {
  const editor = useEditor();
  const selected = useStore(editor.selection, (s) => (s.current?.kind === kind ? s.current.id : null));
  const asked = useStore(editor.focus, (s) => s.request?.target.recordId ?? null);
  const requested = useWorkbookValue((w) => (asked !== null && w[list].some((r) => r.id === asked) ? asked : null));
  const shown = useWorkbookValue((w) => {
    if (requested) return requested;
    if (selected && w[list].some((r) => r.id === selected)) return selected;
    return firstByDefault ? w[list][0]?.id ?? null : null;
  });
  useEffect(() => {
    if (requested) editor.select({ kind, id: requested });
  }, [editor, kind, requested]);
  return shown;
}
