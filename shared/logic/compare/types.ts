/**
 * What `compareWorkbooks` returns: plain data a screen lists and jumps from, and that the
 * three-way merge reads to tell which edits each side made.
 */
import type { Tier } from '../../model';
import type { Gap, Readiness } from '../readiness';
import type { RecordKind, RecordRef } from './records';

interface FieldChangeBase {
  /** Where in the record: field names, and an entry's key below a list of entries (["observations", "2026-04-01", "value"]). */
  readonly path: readonly string[];
  /** In plain language: "Tier", "Baseline: source", "Observation of 2026-04-01: value". */
  readonly label: string;
}

/** A value changed; `before` or `after` is absent when the field was added or removed. */
export interface ValueChange extends FieldChangeBase {
  readonly type: 'value';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A list whose order does not matter gained or lost members (reordering alone is no change). */
export interface SetChange extends FieldChangeBase {
  readonly type: 'set';
  readonly before: readonly unknown[];
  readonly after: readonly unknown[];
  readonly added: readonly unknown[];
  readonly removed: readonly unknown[];
}

/** A list whose order matters (the escalation path) changed. */
export interface ListChange extends FieldChangeBase {
  readonly type: 'list';
  readonly before: readonly unknown[];
  readonly after: readonly unknown[];
}

/** An entry of a keyed list (an observation, a sprint day, a block, a stakeholder) was added or removed. */
export interface EntryChange extends FieldChangeBase {
  readonly type: 'entry-added' | 'entry-removed';
  readonly entry: unknown;
}

/** The entries both versions have stand in another order (keys, in each version's order). */
export interface OrderChange extends FieldChangeBase {
  readonly type: 'order';
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export type FieldChange = ValueChange | SetChange | ListChange | EntryChange | OrderChange;

export interface RecordChange extends RecordRef {
  readonly change: 'added' | 'removed' | 'changed';
  /** JSON pointers of the record in each version that has it: jump with `after` (`before` when removed). */
  readonly at: { readonly before?: string; readonly after?: string };
  /** For `changed`: the fields, in the order of the model, then keys it does not know. */
  readonly fields: readonly FieldChange[];
  /** The record in each version that has it (for the workbook's own fields, none: they are all in `fields`). */
  readonly before?: unknown;
  readonly after?: unknown;
}

/** The records both versions of a list have stand in another order (lanes, roadmap items …). */
export interface Reordering {
  readonly kind: RecordKind;
  /** "lanes". */
  readonly label: string;
  /** Keys of the records both versions have, in each version's order. */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export interface TierChange {
  readonly decisionId: string;
  readonly label: string;
  readonly before?: Tier;
  readonly after?: Tier;
  /** The reason given for the tier after the change, when there is one. */
  readonly reason?: string;
  readonly reasonBefore?: string;
}

export interface ReadinessChange {
  readonly before: Readiness;
  readonly after: Readiness;
  /** Gaps `after` has that `before` did not, and gaps closed since. */
  readonly opened: readonly Gap[];
  readonly closed: readonly Gap[];
}

export interface WorkbookComparison {
  /** Records of `after` in file order (added and changed), then the removed ones in the order of `before`. */
  readonly records: readonly RecordChange[];
  readonly reorderings: readonly Reordering[];
  readonly tierChanges: readonly TierChange[];
  readonly readiness: ReadinessChange;
  /** Audit entries are history, not changes: only counted. */
  readonly audit: { readonly added: number; readonly removed: number };
  readonly counts: { readonly added: number; readonly removed: number; readonly changed: number };
}
