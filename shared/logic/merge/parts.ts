/**
 * The keyless parts merged: the workbook's own fields (title, locale, currency, keys the model
 * does not know …; `updatedAt` is the later of the two sides), the exposure policy (which may
 * be absent), the pilot, the sprint and the ownership.
 */
import type { Workbook } from '../../model';
import { PARTS, partRef, type Part, type PartKind } from '../compare/records';
import type { Obj } from '../compare/values';
import type { MergeContext, Scope } from './context';
import { subjectOf } from './describe';
import { mergeFields, mergeSlot } from './fields';

export function mergeParts(base: Workbook, ours: Workbook, theirs: Workbook, ctx: MergeContext): Map<PartKind, Obj | undefined> {
  const out = new Map<PartKind, Obj | undefined>();
  for (const p of PARTS) out.set(p.kind, mergePart(p, base, ours, theirs, ctx));
  return out;
}

function mergePart(p: Part, base: Workbook, ours: Workbook, theirs: Workbook, ctx: MergeContext): Obj | undefined {
  const b = p.get(base);
  const o = p.get(ours);
  const t = p.get(theirs);
  const record = partRef(p, o !== undefined ? ours : theirs);
  const scope: Scope = { ctx, record, subject: subjectOf(record, p.noun), idPrefix: [p.kind], path: [], label: '' };
  // The workbook itself is always there, and is never compared whole (its lists are merged elsewhere).
  if (p.kind === 'workbook') return mergeFields(b, o!, t!, p.fields, scope);
  return mergeSlot(b, o, t, scope, () => mergeFields(b, o!, t!, p.fields, scope), p.fields) as Obj | undefined;
}
