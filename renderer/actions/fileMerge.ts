/**
 * Merging a linked file that changed on disk (issue 15): before Save writes the file, and when a
 * workbook with a file opens, the file is read; when it no longer holds what this working copy
 * last read or wrote there (the base, kept with the file link), nothing is written and the
 * three-way merge of base, working copy and file is offered. "Merge" applies the result to the
 * working copy as one undo step with an audit entry (then Save writes it); "Cancel" changes
 * nothing. Nothing in the file is overwritten without a person's choice.
 */
import { findLoadProblems } from '../../shared/format/problems';
import { serializeWorkbook } from '../../shared/format/serialize';
import type { FileRef } from '../../shared/host';
import { compareWorkbooks, mergeWorkbooks, resolveConflicts, type MergeResult, type Side } from '../../shared/logic';
import type { Workbook } from '../../shared/model';
import { linkFile, storedFileLink } from '../db/fileLinks';
import { loadBytes, loadText } from '../db/loader';
import { services } from '../db/services';
import type { AppStore } from '../state/appStore';
import { command, type Command } from '../state/commands/command';
import type { MergeOffer } from '../state/mergeOffer';

export const MERGE_ACTION = 'merged-file';

/** What reading the file before a write found. */
export type FileCheck =
  /** Write: the file holds the base, or it cannot be checked (no base kept, unreadable, gone). */
  | { readonly state: 'unchanged' }
  /** Do not write: a merge is offered, or the file changed into something that cannot be merged (said in a toast). */
  | { readonly state: 'stopped' };

const UNCHANGED: FileCheck = { state: 'unchanged' };
const STOPPED: FileCheck = { state: 'stopped' };

/**
 * Reads `file` and compares it with the base kept for `ours`'s link. When it changed, shows the
 * merge (or says why it cannot be merged) and answers `stopped`: the caller writes nothing.
 */
export async function checkLinkedFile(app: AppStore, ours: Workbook, file: FileRef, when: MergeOffer['when']): Promise<FileCheck> {
  let base: string | undefined;
  try {
    const link = await storedFileLink(services().db, ours.id);
    base = link?.handle === file.handle ? link.base : undefined;
  } catch {
    base = undefined; // storage unavailable: no base, so the file is written as before
  }
  if (base === undefined) return UNCHANGED;
  const say = (message: string) => app.getState().pushToast({ tone: 'error', message });
  const read = await services().host.readWorkbook(file.handle);
  if (!read.ok) {
    // A file that exists but cannot be read now might hold changes: not written unchecked.
    if (read.error.code === 'permission' || read.error.code === 'io') {
      say(`${file.name} could not be read to check whether it was changed outside this copy (${read.error.message}), so it was not ${when === 'save' ? 'overwritten' : 'merged'}.`);
      return STOPPED;
    }
    // No file API here (a download), a file moved away, a handle forgotten: the write says what happens.
    return UNCHANGED;
  }
  if (new TextDecoder().decode(read.value.bytes) === base) return UNCHANGED;
  const theirs = await loadBytes(read.value.bytes);
  if (!theirs.ok) {
    say(`${file.name} was changed outside Sprintbook and no longer opens (${theirs.refusal.reason}), so it was not ${when === 'save' ? 'overwritten' : 'merged'}. Use Save As… to keep this workbook in another file.`);
    return STOPPED;
  }
  const theirsText = serializeWorkbook(theirs.workbook);
  if (theirsText === base) return UNCHANGED; // only its layout changed: the same workbook
  if (theirs.workbook.id !== ours.id) {
    say(`${file.name} now holds another workbook (“${theirs.workbook.title}”), so it was not ${when === 'save' ? 'overwritten' : 'merged'}. Use Save As… to keep this workbook in another file.`);
    return STOPPED;
  }
  return (await offerMerge(app, { base, ours, theirs: theirs.workbook, theirsText, file, when })) ? STOPPED : UNCHANGED;
}

export interface MergeInputs {
  /** Canonical text of the version last read from or written to the file. */
  readonly base: string;
  readonly ours: Workbook;
  /** The file's workbook now, and its canonical text. */
  readonly theirs: Workbook;
  readonly theirsText: string;
  readonly file: FileRef;
  readonly when: MergeOffer['when'];
}

/** Shows the merge dialog for `inputs`; false when the base no longer loads (no merge can start from it). */
export async function offerMerge(app: AppStore, inputs: MergeInputs): Promise<boolean> {
  const base = await loadText(inputs.base);
  if (!base.ok) return false;
  const result = mergeWorkbooks(base.workbook, inputs.ours, inputs.theirs, { findProblems: findLoadProblems });
  app.getState().showDialog({ kind: 'merge', offer: { when: inputs.when, file: inputs.file, result, theirsText: inputs.theirsText } });
  return true;
}

/** What merging changes in the working copy: the file's edits that combined, by record. */
export function appliedChanges(result: MergeResult) {
  return compareWorkbooks(result.inputs.ours, result.workbook, findLoadProblems).records;
}

/** The command that puts the merged workbook in place: one undo step, and an audit entry saying what came from where. */
export function mergeCommand(merged: MergeResult, fileName: string): Command {
  const kept = merged.conflicts.filter((c) => c.choice === 'ours').length;
  const taken = merged.conflicts.length - kept;
  const changes = appliedChanges(merged).length;
  const conflicts = merged.conflicts.length === 0
    ? 'no conflict'
    : `${merged.conflicts.length} ${merged.conflicts.length === 1 ? 'conflict' : 'conflicts'} chosen: ${kept} kept from this copy, ${taken} taken from the file`;
  return command(`Merge ${fileName}`, (_w, ctx) => {
    ctx.audit({ action: MERGE_ACTION, detail: `Merged the changes made to ${fileName} outside this copy: ${changes} ${changes === 1 ? 'record' : 'records'} changed; ${conflicts}.` });
    return merged.workbook;
  });
}

/**
 * "Merge": applies `offer` with `choices` (one for every conflict) to the working copy, keeps the
 * file as read as the next base, and, when the offer came from Save, saves. Returns false (and
 * says why) when it cannot: a conflict without a choice, or the working copy moved on meanwhile.
 */
export async function acceptMerge(app: AppStore, offer: MergeOffer, choices: ReadonlyMap<string, Side>, save: () => Promise<boolean>): Promise<boolean> {
  const s = app.getState();
  const editor = s.editor;
  const ours = offer.result.inputs.ours;
  if (!editor || editor.workbook !== ours) {
    s.closeDialog();
    s.pushToast({ tone: 'error', message: `The workbook changed while the merge was open: nothing was merged. ${offer.when === 'save' ? 'Save' : 'Open it'} again to merge ${offer.file.name}.` });
    return false;
  }
  const merged = resolveConflicts(offer.result, choices);
  if (merged.unresolved > 0) {
    s.pushToast({ tone: 'error', message: `Choose a side for every conflict first: ${merged.unresolved} still ${merged.unresolved === 1 ? 'has' : 'have'} none.` });
    return false;
  }
  editor.execute(mergeCommand(merged, offer.file.name));
  // The file now holds what was read: that is the base of the next check (and the top bar's "changes not in the file").
  editor.markFileSaved(offer.file, merged.inputs.theirs);
  try {
    await linkFile(services().db, ours.id, offer.file, null, offer.theirsText);
  } catch {
    // Storage unavailable: Save would offer the same merge again rather than overwrite.
  }
  s.closeDialog();
  if (offer.when === 'save') return save();
  s.pushToast({ tone: 'success', message: `Merged the changes in ${offer.file.name}. Save to write the merged workbook to the file.` });
  return true;
}

/** "Cancel": nothing is written or changed; the file keeps its changes, the working copy its own. */
export function declineMerge(app: AppStore, offer: MergeOffer): void {
  const s = app.getState();
  s.closeDialog();
  s.pushToast({
    tone: 'info',
    message: offer.when === 'save'
      ? `Not saved: ${offer.file.name} keeps the changes made outside this copy. Save again to merge, or Save As… to write another file.`
      : `Not merged: ${offer.file.name} keeps its changes; Save offers the merge again.`,
  });
}
