/**
 * Search everything: the workbook's records matching a query, best first. A match in a record's
 * name counts a grade and a half more than the same match in another field (the name is what
 * the list shows, so "Time to first response" comes before a metric whose kill action merely
 * starts with "re"); then a shorter name (closer to the query), then the order of the stages. Every hit says which field
 * matched and where, for the list to highlight and for the jump to land on.
 */
import type { Workbook } from '../../../shared/model';
import { searchEntriesOf, type SearchEntry, type SearchField } from './entries';
import { MatchGrade, foldQuery, matchText, matchWords } from './match';

export interface SearchHit {
  readonly entry: SearchEntry;
  readonly grade: MatchGrade;
  /** The field that matched best (the name's, when the name matched at all at that grade). */
  readonly field: SearchField;
  /** Ranges of `field.text` to highlight. */
  readonly ranges: readonly (readonly [number, number])[];
  /** True when the match is in the record's name. */
  readonly inTitle: boolean;
}

/** How far down the list a hit goes: its grade, a grade and a half lower outside the name. */
export const rankOf = (hit: Pick<SearchHit, 'grade' | 'inTitle'>): number => hit.grade + (hit.inTitle ? 0 : 1.5);

function bestHit(entry: SearchEntry, q: string): SearchHit | null {
  let best: SearchHit | null = null;
  for (const field of entry.fields) {
    const m = matchText(field.folded, q);
    const hit = m && { entry, grade: m.grade, field, ranges: m.ranges, inTitle: field.isName };
    if (hit && (!best || rankOf(hit) < rankOf(best))) best = hit;
  }
  if (best) return best;
  const words = matchWords(entry.fields.map((f) => f.folded), q);
  if (!words) return null;
  // Show the field holding most of the words, the name on a tie.
  let at = 0;
  words.forEach((r, i) => {
    if (r.length > words[at]!.length) at = i;
  });
  return { entry, grade: MatchGrade.Words, field: entry.fields[at]!, ranges: words[at]!, inTitle: entry.fields[at]!.isName };
}

/** Every record of `entries` that matches `query`, best first; none for a blank query. */
export function searchIn(entries: readonly SearchEntry[], query: string): SearchHit[] {
  const q = foldQuery(query);
  if (q === '') return [];
  const hits: { hit: SearchHit; order: number }[] = [];
  entries.forEach((entry, order) => {
    const hit = bestHit(entry, q);
    if (hit) hits.push({ hit, order });
  });
  hits.sort((a, b) => rankOf(a.hit) - rankOf(b.hit)
    || a.hit.entry.title.length - b.hit.entry.title.length
    || a.order - b.order);
  return hits.map((h) => h.hit);
}

/** Every record of `w` that matches `query`, best first. */
export const searchWorkbook = (w: Workbook, query: string): SearchHit[] => searchIn(searchEntriesOf(w), query);
