/**
 * The three-way merge of two edited copies of a workbook (issue 15, "Teams"), by record id:
 * changes to different records or different fields combine; the same field changed to
 * different values on both sides, a record removed on one side and changed on the other, and
 * the same id added on both sides with different content are conflicts. Governance fields (a
 * decision's tier and its reason, controls, override, escalation and output owner; a metric's
 * target and kill criterion; RACI roles; the owners and the escalation path) are never
 * combined inside: changed differently on both sides, they conflict even where a set-like
 * merge would have combined them. The audit trails are joined in time order, and `updatedAt`
 * is the later of the two sides.
 *
 * Every conflict takes ours until a caller chooses (`resolveConflicts`), so the merged workbook
 * is always whole, canonical and loadable. Problems the merge introduced (a reference to a
 * record the other side removed, a dependency cycle made of two sides' links) are reported;
 * the caller passes `findLoadProblems` of shared/format, which this layer may not import.
 */
import type { Problem, Workbook } from '../../model';
import { WORKBOOK_FIELDS } from '../compare/shape';
import { namesOf, type ListKind, type PartKind } from '../compare/records';
import { type Obj } from '../compare/values';
import { mergeAudit } from './audit';
import { MergeContext } from './context';
import { mergeLists } from './lists';
import { mergeParts } from './parts';
import type { MergeOptions, MergeResult, Side } from './types';

export type { ConflictType, MergeConflict, MergeOptions, MergeResult, Side } from './types';

export function mergeWorkbooks(base: Workbook, ours: Workbook, theirs: Workbook, options: MergeOptions): MergeResult {
  const ctx = new MergeContext({ base: namesOf(base), ours: namesOf(ours), theirs: namesOf(theirs) }, options.choices);
  const parts = mergeParts(base, ours, theirs, ctx);
  const lists = mergeLists(base, ours, theirs, ctx);
  const workbook = assemble(parts, lists, mergeAudit(base.audit, ours.audit, theirs.audit));
  const conflicts = ctx.conflicts;
  return {
    workbook,
    conflicts,
    unresolved: conflicts.filter((c) => !c.chosen).length,
    introducedProblems: introduced(options.findProblems(workbook), [...options.findProblems(ours), ...options.findProblems(theirs)]),
    inputs: { base, ours, theirs },
    options,
  };
}

/**
 * The merge again with `choices` (by conflict id) added to those already made. A choice for a
 * conflict this merge does not have is refused, so a stale screen cannot settle something else.
 */
export function resolveConflicts(result: MergeResult, choices: ReadonlyMap<string, Side>): MergeResult {
  const known = new Set(result.conflicts.map((c) => c.id));
  const unknown = [...choices.keys()].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`These choices name no conflict of this merge: ${unknown.map((id) => `"${id}"`).join(', ')}.`);
  const wrong = [...choices].filter(([, side]) => side !== 'ours' && side !== 'theirs');
  if (wrong.length > 0) throw new Error(`A choice is "ours" or "theirs"; ${wrong.map(([id, side]) => `"${id}" has ${JSON.stringify(side)}`).join(', ')}.`);
  const all = new Map(result.options.choices ?? []);
  for (const [id, side] of choices) all.set(id, side);
  const { base, ours, theirs } = result.inputs;
  return mergeWorkbooks(base, ours, theirs, { ...result.options, choices: all });
}

function assemble(parts: Map<PartKind, Obj | undefined>, lists: Map<ListKind, Obj[]>, audit: unknown[]): Workbook {
  const top = parts.get('workbook')!;
  const workflow = (top.workflow ?? {}) as Obj;
  const known: Record<string, unknown> = {
    policy: parts.get('policy'), pilot: parts.get('pilot'), sprint: parts.get('sprint'), ownership: parts.get('ownership'),
    people: lists.get('person'), decisions: lists.get('decision'), metrics: lists.get('metric'), raci: lists.get('raci'),
    roadmap: lists.get('roadmap-item'), parkingLot: lists.get('parking-item'), signoffs: lists.get('signoff'), audit,
    workflow: { lanes: lists.get('lane'), nodes: lists.get('node'), edges: lists.get('edge'), ...withoutLists(workflow) },
  };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(WORKBOOK_FIELDS)) {
    const v = Object.prototype.hasOwnProperty.call(known, key) ? known[key] : top[key];
    if (v !== undefined) out[key] = v;
  }
  for (const key of Object.keys(top)) if (!Object.prototype.hasOwnProperty.call(out, key) && top[key] !== undefined) out[key] = top[key];
  return out as unknown as Workbook;
}

/** The workflow's own keys the model does not know (its lists come from the list merge). */
function withoutLists(workflow: Obj): Obj {
  const { lanes: _l, nodes: _n, edges: _e, ...rest } = workflow;
  return rest;
}

/** Problems of the merged workbook that neither side had: the same message about the same record under the same question. */
function introduced(merged: readonly Problem[], sides: readonly Problem[]): Problem[] {
  const key = (p: Problem) => `${p.question}\u0000${p.subjectId ?? ''}\u0000${p.message}`;
  const had = new Set(sides.map(key));
  return merged.filter((p) => !had.has(key(p)));
}
