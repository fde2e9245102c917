/** What `mergeWorkbooks` returns: the merged workbook, and each conflict in words with a way to settle it. */
import type { Problem, Workbook } from '../../model';
import type { FindProblems } from '../compare';
import type { RecordRef } from '../compare/records';

export type Side = 'ours' | 'theirs';

/**
 * - `field`: the same field (or governance field, or unit such as a tier and its reason) was changed to different values on both sides.
 * - `removed-and-changed`: one side removed a record (or an entry, or a nested object) the other changed.
 * - `added-differently`: both sides added the same key (id, date …) with different content.
 * - `order`: both sides reordered the same list differently.
 */
export type ConflictType = 'field' | 'removed-and-changed' | 'added-differently' | 'order';

export interface MergeConflict {
  /** Stable for the same three inputs: the key of `choices`. */
  readonly id: string;
  readonly type: ConflictType;
  /** The record (for the order of a record list: the list, by its kind and plural label). */
  readonly record: RecordRef;
  /** Where in the record; [] for the whole record. */
  readonly path: readonly string[];
  /** Every field path the choice decides (a unit decides several). */
  readonly fields: readonly (readonly string[])[];
  /** The field in plain language ("Tier and its reason", "Observation of 2026-04-01"), or the record's noun. */
  readonly label: string;
  /** The three values; absent means absent (removed, or never there). */
  readonly base?: unknown;
  readonly ours?: unknown;
  readonly theirs?: unknown;
  /** The conflict in one paragraph: the record, the field, base, ours and theirs. */
  readonly message: string;
  /** The side the merged workbook took. */
  readonly choice: Side;
  /** Whether a caller chose it; unchosen conflicts take ours. */
  readonly chosen: boolean;
}

export interface MergeOptions {
  /** A workbook's load problems (`findLoadProblems` of shared/format), to report the ones the merge made. */
  readonly findProblems: FindProblems;
  /** Choices by conflict id; a conflict without one takes ours. */
  readonly choices?: ReadonlyMap<string, Side>;
}

export interface MergeResult {
  /** Canonical and loadable; each conflict settled by its `choice`. */
  readonly workbook: Workbook;
  readonly conflicts: readonly MergeConflict[];
  /** Conflicts no caller has chosen yet: merged as ours, to be confirmed. */
  readonly unresolved: number;
  /** Problems of the merged workbook that neither side had (a reference to a record the other side removed, a new dependency cycle). */
  readonly introducedProblems: readonly Problem[];
  /** Kept so that `resolveConflicts` can merge again with choices. */
  readonly inputs: { readonly base: Workbook; readonly ours: Workbook; readonly theirs: Workbook };
  readonly options: MergeOptions;
}
