/**
 * Where navigation goes: a record by its id and a field inside it, never an index pointer, so a
 * target made before an undo, a removal or a reorder still names the same field after it. A
 * readiness gap's JSON pointer (what the CLI and the loader print) becomes a target once, at
 * the edge (`targetOf`), through the table of records (shared/model/references.ts); screens
 * find the element whose `data-focus` is the target's `focusKey`.
 */
import { RECORD_PLACES, recordsOf, type RecordKind, type Workbook } from '../../shared/model';

export interface NavTarget {
  /** The record (a decision, a metric, a node, a person …); absent for a part of the workbook such as the pilot. */
  readonly recordId?: string;
  /** A field inside the record (`gate/metricIds`), or a part of the workbook (`pilot/name`, `people`). */
  readonly field?: string;
}

/** The `data-focus` value of a target: `<record id>/<field>`, or `/<part>` for a part of the workbook. */
export function focusKey(t: NavTarget): string {
  if (t.recordId === undefined) return `/${t.field ?? ''}`;
  return t.field ? `${t.recordId}/${t.field}` : t.recordId;
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Lists whose records carry ids, longest paths first (`workflow/nodes` before a shorter match). */
const LISTS = (Object.keys(RECORD_PLACES) as RecordKind[])
  .filter((k) => k in RECORD_PLACES && RECORD_PLACES[k].list && RECORD_PLACES[k].idField)
  .sort((a, b) => RECORD_PLACES[b].path.length - RECORD_PLACES[a].path.length);

/**
 * The target of JSON pointer `path` in `w` as it is now: `/decisions/3/tier` is decision 3's id
 * and `tier`. A RACI entry (it has no id) is its subject's row and its person's cell. A path
 * into no record (`/pilot/name`, `/people`, `agenda/day/2`) is a part of the workbook.
 */
export function targetOf(w: Workbook, path: string): NavTarget {
  const parts = path.replace(/^\//, '').split('/').map(unescape);
  for (const kind of LISTS) {
    const place = RECORD_PLACES[kind];
    if (!place.path.every((p, i) => parts[i] === p) || !/^\d+$/.test(parts[place.path.length] ?? '')) continue;
    const record = recordsOf(w, kind)[Number(parts[place.path.length])];
    if (!record) break;
    const rest = parts.slice(place.path.length + 1);
    if (kind === 'raciEntry') return { recordId: String(record.subjectId), field: `raci/${String(record.personId)}` };
    return { recordId: String(record[place.idField!]), ...(rest.length ? { field: rest.join('/') } : {}) };
  }
  return { field: parts.join('/') };
}

/** The field part of a target inside record `recordId` (for a stage's editor that shows that record). */
export const fieldIn = (w: Workbook, path: string, recordId: string): string | undefined => {
  const t = targetOf(w, path);
  return t.recordId === recordId ? t.field : undefined;
};
