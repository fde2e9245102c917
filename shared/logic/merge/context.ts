/**
 * Where the merge is (which record, which field) and the conflicts found so far. A conflict
 * is settled at once by the caller's choice for its id, or by ours until someone chooses, so
 * the merged workbook is always whole; the ids stay the same for the same three inputs.
 */
import { pointer } from '../../model';
import type { RecordRef } from '../compare/records';
import type { SideNames } from './describe';
import type { ConflictType, MergeConflict, Side } from './types';

export interface Scope {
  readonly ctx: MergeContext;
  readonly record: RecordRef;
  /** How a sentence names the record. */
  readonly subject: string;
  /** The first segments of the record's conflict ids ("record", its id). */
  readonly idPrefix: readonly string[];
  /** Where inside the record, and its label in plain language. */
  readonly path: readonly string[];
  readonly label: string;
}

export interface ConflictDraft {
  readonly type: ConflictType;
  readonly path: readonly string[];
  readonly fields?: readonly (readonly string[])[];
  readonly label: string;
  readonly base: unknown;
  readonly ours: unknown;
  readonly theirs: unknown;
  readonly message: string;
}

export class MergeContext {
  readonly conflicts: MergeConflict[] = [];
  private readonly ids = new Set<string>();

  constructor(readonly names: SideNames, private readonly choices: ReadonlyMap<string, string> | undefined) {}

  /** Records a conflict and says which side to take. */
  decide(scope: Scope, draft: ConflictDraft): Side {
    let id = pointer(...scope.idPrefix, ...draft.path) + (draft.type === 'order' ? '#order' : '');
    for (let n = 2; this.ids.has(id); n++) id = `${id}#${n}`;
    this.ids.add(id);
    const chosen = this.choices?.get(id);
    const choice: Side = chosen === 'theirs' ? 'theirs' : 'ours';
    this.conflicts.push({
      id, type: draft.type, record: scope.record, path: draft.path, fields: draft.fields ?? [draft.path], label: draft.label,
      ...(draft.base === undefined ? {} : { base: draft.base }),
      ...(draft.ours === undefined ? {} : { ours: draft.ours }),
      ...(draft.theirs === undefined ? {} : { theirs: draft.theirs }),
      message: draft.message, choice, chosen: chosen !== undefined,
    });
    return choice;
  }
}

/** The scope of a field or entry below `scope`. */
export function below(scope: Scope, segment: string, label: string): Scope {
  return { ...scope, path: [...scope.path, segment], label };
}
