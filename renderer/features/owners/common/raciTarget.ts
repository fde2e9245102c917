/**
 * Which cell or row of the matrix a focus request is about. `/raci/N…` is a RACI entry (from a
 * refused removal or a load problem): its cell. `raci/<subject id>` is a row (from the Owners
 * checklist): its heading. Null for anything else, and for entries naming something the matrix
 * has no row or column for (those are listed apart, with their own `/raci/N`).
 */
import type { Workbook } from '../../../../shared/model';

export interface RaciTarget {
  readonly subjectId: string;
  readonly personId: string | null;
  /** The `data-focus` the cell or heading carries while asked for. */
  readonly key: string;
  readonly nonce: number;
}

const ENTRY = /^\/raci\/(\d+)(?:\/|$)/;
const ROW = /^raci\/([A-Za-z0-9_-]{1,64})$/;

/** The focus request that shows a subject's row in the matrix. */
export const rowRequest = (subjectId: string): string => `raci/${subjectId}`;

export function raciTargetOf(w: Workbook, request: { readonly target: string; readonly nonce: number } | null): RaciTarget | null {
  if (!request) return null;
  const entry = ENTRY.exec(request.target);
  if (entry) {
    const e = w.raci[Number(entry[1])];
    return e ? { subjectId: e.subjectId, personId: e.personId, key: `/raci/${entry[1]!}`, nonce: request.nonce } : null;
  }
  const row = ROW.exec(request.target);
  return row ? { subjectId: row[1]!, personId: null, key: request.target, nonce: request.nonce } : null;
}
