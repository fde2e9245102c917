/**
 * Records added, removed and changed between two workbooks, by key: the records of `after`
 * in file order, then the removed ones in the order of `before`; and the lists whose common
 * records stand in another order.
 */
import type { Workbook } from '../../model';
import { diffFields } from './fields';
import { commonKeys, keyed, sameKeys } from './keyed';
import { namesOf, partRef, pointerOf, refOf, SECTIONS } from './records';
import type { RecordChange, Reordering } from './types';

export interface RecordDiff {
  readonly records: RecordChange[];
  readonly reorderings: Reordering[];
}

export function diffRecords(before: Workbook, after: Workbook): RecordDiff {
  const present: RecordChange[] = [];
  const removed: RecordChange[] = [];
  const reorderings: Reordering[] = [];
  const namesBefore = namesOf(before);
  const namesAfter = namesOf(after);

  for (const s of SECTIONS) {
    if (s.section === 'part') {
      const b = s.get(before);
      const a = s.get(after);
      if (b === a) continue;
      const at = pointerOf(s);
      if (b === undefined) {
        present.push({ ...partRef(s, after), change: 'added', at: { after: at }, fields: [], after: a });
      } else if (a === undefined) {
        removed.push({ ...partRef(s, before), change: 'removed', at: { before: at }, fields: [], before: b });
      } else {
        const fields = diffFields(b, a, s.fields);
        // The workbook's own fields are its fields: the whole workbook is not repeated as the record.
        const records = s.kind === 'workbook' ? {} : { before: b, after: a };
        if (fields.length > 0) present.push({ ...partRef(s, after), change: 'changed', at: { before: at, after: at }, fields, ...records });
      }
      continue;
    }
    const listBefore = s.get(before);
    const listAfter = s.get(after);
    if (listBefore === listAfter) continue;
    const kb = keyed(listBefore, s.keyOf);
    const ka = keyed(listAfter, s.keyOf);
    for (const key of ka.keys) {
      const a = ka.byKey.get(key)!;
      const i = ka.index.get(key)!;
      const b = kb.byKey.get(key);
      if (b === undefined) {
        present.push({ ...refOf(s, key, a, namesAfter), change: 'added', at: { after: pointerOf(s, i) }, fields: [], after: a });
        continue;
      }
      if (a === b) continue;
      const fields = diffFields(b, a, s.fields);
      if (fields.length === 0) continue;
      present.push({
        ...refOf(s, key, a, namesAfter), change: 'changed',
        at: { before: pointerOf(s, kb.index.get(key)), after: pointerOf(s, i) }, fields, before: b, after: a,
      });
    }
    for (const key of kb.keys) {
      if (ka.byKey.has(key)) continue;
      const b = kb.byKey.get(key)!;
      removed.push({ ...refOf(s, key, b, namesBefore), change: 'removed', at: { before: pointerOf(s, kb.index.get(key)) }, fields: [], before: b });
    }
    const orderBefore = commonKeys(kb.keys, ka.byKey);
    const orderAfter = commonKeys(ka.keys, kb.byKey);
    if (!sameKeys(orderBefore, orderAfter)) reorderings.push({ kind: s.kind, label: s.plural, before: orderBefore, after: orderAfter });
  }
  return { records: [...present, ...removed], reorderings };
}
