/**
 * Which cell or row of the matrix a focus request is about. A RACI entry has no id of its own:
 * a target names it by its subject (the record) and `raci/<person id>` (its cell), which a
 * refused removal or a load problem asks for; `raci` alone is the subject's row (from the
 * Owners checklist): its heading. Null for anything else. Entries naming something the matrix
 * has no row or column for are listed apart, under the same key.
 */
import type { Workbook } from '../../../../shared/model';
import type { FocusRequest } from '../../../state/editor/types';
import { focusKey, type NavTarget } from '../../../state/navigation';

export interface RaciTarget {
  readonly subjectId: string;
  readonly personId: string | null;
  /** The `data-focus` the cell or heading carries while asked for. */
  readonly key: string;
  readonly nonce: number;
}

/** The focus request that shows a subject's row in the matrix. */
export const rowRequest = (subjectId: string): NavTarget => ({ recordId: subjectId, field: 'raci' });

/** The target of RACI entry `entry` (its subject's row, its person's cell). */
export const entryTarget = (entry: { readonly subjectId: string; readonly personId: string }): NavTarget =>
  ({ recordId: entry.subjectId, field: `raci/${entry.personId}` });

export function raciTargetOf(w: Workbook, request: FocusRequest | null): RaciTarget | null {
  const t = request?.target;
  if (!request || !t?.recordId || !t.field || !/^raci(?:\/|$)/.test(t.field)) return null;
  const personId = t.field.split('/')[1] ?? null;
  if (personId !== null && !w.raci.some((e) => e.subjectId === t.recordId && e.personId === personId)) return null;
  return { subjectId: t.recordId, personId, key: focusKey(t), nonce: request.nonce };
}
