/**
 * Undo/redo over whole workbooks: the model is immutable, so an entry is simply the workbook
 * before a command (structural sharing keeps that cheap). A burst of commands with one
 * coalescing key is one entry; a command declared `history: false` is applied under the whole
 * history too, so no undo or redo can take it back. Pure: a document in, the changed part out.
 */
import { runCommand, type Command } from '../commands/command';
import type { DocState, HistoryEntry } from './types';

/** Enough for a whole day of edits; the oldest entries go first. */
export const HISTORY_LIMIT = 200;
export const COALESCE_WINDOW_MS = 1500;

type Change = Pick<DocState, 'workbook' | 'past' | 'future'> & Partial<Pick<DocState, 'burst'>>;

const capped = (entries: readonly HistoryEntry[]) => (entries.length > HISTORY_LIMIT ? entries.slice(entries.length - HISTORY_LIMIT) : entries);

/** `cmd` run on the document at `now`, or null when it changed nothing. */
export function applyCommand(doc: DocState, cmd: Command, now: Date): Change | null {
  const { workbook, past, future, burst } = doc;
  const next = runCommand(workbook, cmd, now);
  if (next === workbook) return null;
  if (cmd.history === false) {
    const rebase = (e: HistoryEntry): HistoryEntry => ({ ...e, workbook: runCommand(e.workbook, cmd, now) });
    return { workbook: next, past: past.map(rebase), future: future.map(rebase) };
  }
  const t = now.getTime();
  const merges = cmd.coalesce !== undefined && burst !== null && burst.key === cmd.coalesce && t - burst.at <= burst.windowMs && past.length > 0;
  return {
    workbook: next,
    // Merging keeps the entry's "before" workbook: undo returns to before the whole burst.
    past: merges ? past : capped([...past, { workbook, label: cmd.label }]),
    future: [],
    burst: cmd.coalesce === undefined ? null : { key: cmd.coalesce, at: t, windowMs: cmd.coalesceWindowMs ?? COALESCE_WINDOW_MS },
  };
}

export function undoOnce(doc: DocState): Change | null {
  const entry = doc.past[doc.past.length - 1];
  if (!entry) return null;
  return { workbook: entry.workbook, past: doc.past.slice(0, -1), future: [...doc.future, { workbook: doc.workbook, label: entry.label }], burst: null };
}

export function redoOnce(doc: DocState): Change | null {
  const entry = doc.future[doc.future.length - 1];
  if (!entry) return null;
  return { workbook: entry.workbook, future: doc.future.slice(0, -1), past: capped([...doc.past, { workbook: doc.workbook, label: entry.label }]), burst: null };
}
