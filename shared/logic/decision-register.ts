/**
 * The decision register (DOMAIN.md, "Risk tiers" and readiness question 2) as plain rows to
 * show, filter and sort, and the tier overview: counts per tier and mode, action × tier, and
 * the decisions that still need attention. Pure: a workbook in, values out, so the Decisions
 * stage only renders. A decision "needs attention" when readiness has a gap about it (a path
 * under `/decisions/N`): not classified, a departure without a reason, a missing control, a
 * person not named, a reference to something that does not exist.
 */
import { ACTIONS, TIERS, pointer, type Action, type DecisionFactors, type Policy, type Tier, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { tierGaps } from './readiness-tiers';
import { assessTiers, MODE_OF, type AmountFormat, type Mode, type TierAssessment } from './tiers';

export interface RegisterRow {
  readonly id: string;
  /** Place in `w.decisions`: the JSON pointer `/decisions/<index>`. */
  readonly index: number;
  readonly title: string;
  readonly action: Action;
  /** The decision's own factors object: the same object while the decision is unchanged. */
  readonly factors: DecisionFactors;
  readonly suggested: Tier;
  readonly adopted: Tier | null;
  readonly mode: Mode | null;
  /** The adopted tier departs from the suggestion (with or without a reason). */
  readonly departs: boolean;
  /** It departs and no reason is written down. */
  readonly reasonMissing: boolean;
  readonly controls: readonly string[];
  readonly missingControls: readonly string[];
  /** Names of the people, or null when nobody is named. */
  readonly outputOwner: string | null;
  readonly overrideBy: string | null;
  readonly escalateTo: string | null;
  readonly nodeId: string | null;
  /** The linked node's label; null when not on the map (or the node does not exist). */
  readonly nodeLabel: string | null;
  /** What readiness still asks of this decision, as sentences, in the decision's key order. */
  readonly attention: readonly string[];
  /** Lower-case text the register's filter searches: title, id, action, node. */
  readonly search: string;
}

const DECISION_PATH = /^\/decisions\/(\d+)(?:\/|$)/;

/**
 * Dangling references of the decisions (a node or a person that is not in the workbook), worded
 * as the loader words them; shared/format finds the same for the whole workbook.
 */
function danglingGaps(w: Workbook): Gap[] {
  const nodes = new Set(w.workflow.nodes.map((n) => n.id));
  const people = new Set(w.people.map((p) => p.id));
  const gaps: Gap[] = [];
  w.decisions.forEach((d, i) => {
    const who = `Decision "${d.title}"`;
    if (d.nodeId !== undefined && !nodes.has(d.nodeId)) {
      gaps.push(gap('workflow', 'blocker', pointer('decisions', i, 'nodeId'), `${who} refers to node "${d.nodeId}", which does not exist.`, d.id));
    }
    for (const field of ['outputOwnerId', 'overrideById', 'escalateToId'] as const) {
      const ref = d[field];
      if (ref !== undefined && !people.has(ref)) {
        gaps.push(gap('tiers', 'blocker', pointer('decisions', i, field), `${who} refers to person "${ref}", which does not exist.`, d.id));
      }
    }
  });
  return gaps;
}

/** Every gap about a decision, by its index in `w.decisions`, in the decision's key order. */
export function decisionGaps(w: Workbook): Map<number, Gap[]> {
  const byIndex = new Map<number, Gap[]>();
  const order = (g: Gap) => KEY_ORDER.indexOf(g.path.split('/')[3] ?? '');
  for (const g of [...danglingGaps(w), ...tierGaps(w)]) {
    const m = DECISION_PATH.exec(g.path);
    if (!m) continue;
    const i = Number(m[1]);
    const list = byIndex.get(i);
    if (list) list.push(g); else byIndex.set(i, [g]);
  }
  for (const list of byIndex.values()) list.sort((a, b) => order(a) - order(b));
  return byIndex;
}

const KEY_ORDER = ['nodeId', 'tier', 'tierReason', 'controls', 'outputOwnerId', 'overrideById', 'escalateToId'];

/**
 * One row per decision, in file order. `assessments` (assessTiers) and `gaps` (decisionGaps)
 * are passed in by a caller that already has them, so each is computed once per workbook.
 */
export function registerRows(
  w: Workbook,
  assessments: readonly TierAssessment[] = assessTiers(w),
  gaps: ReadonlyMap<number, readonly Gap[]> = decisionGaps(w),
): RegisterRow[] {
  const nodes = new Map(w.workflow.nodes.map((n) => [n.id, n.label]));
  const people = new Map(w.people.map((p) => [p.id, p.name.trim() || p.id]));
  const name = (id: string | undefined) => (id === undefined ? null : people.get(id) ?? `unknown person "${id}"`);
  return w.decisions.map((d, i) => {
    const a = assessments[i]!;
    const nodeLabel = d.nodeId === undefined ? null : nodes.get(d.nodeId) ?? null;
    return {
      id: d.id, index: i, title: d.title, action: d.action, factors: d.factors,
      suggested: a.suggested, adopted: a.adopted, mode: a.mode, departs: a.differsFromSuggestion, reasonMissing: a.reasonMissing,
      controls: d.controls, missingControls: a.missingControls,
      outputOwner: name(d.outputOwnerId), overrideBy: name(d.overrideById), escalateTo: name(d.escalateToId),
      nodeId: d.nodeId ?? null, nodeLabel,
      attention: (gaps.get(i) ?? []).map((g) => g.message),
      search: `${d.title}\n${d.id}\n${d.action.replace(/-/g, ' ')}\n${nodeLabel ?? ''}`.toLowerCase(),
    };
  });
}

// ---- filter and sort ---------------------------------------------------------------------------

export type TierFilter = 'all' | 'unclassified' | Tier;
/** `all`, `none` (not on the map) or a node id. */
export type NodeFilter = string;

export interface RegisterFilter {
  readonly text: string;
  readonly tier: TierFilter;
  readonly attention: boolean;
  readonly node: NodeFilter;
}

export const NO_FILTER: RegisterFilter = { text: '', tier: 'all', attention: false, node: 'all' };

export function isFiltered(f: RegisterFilter): boolean {
  return f.text.trim() !== '' || f.tier !== 'all' || f.attention || f.node !== 'all';
}

/** The rows that pass every part of `f`; every word of the text must occur (in any order). */
export function filterRows(rows: readonly RegisterRow[], f: RegisterFilter): RegisterRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) =>
    (f.tier === 'all' || (f.tier === 'unclassified' ? r.adopted === null : r.adopted === f.tier)) &&
    (!f.attention || r.attention.length > 0) &&
    (f.node === 'all' || (f.node === 'none' ? r.nodeLabel === null : r.nodeId === f.node)) &&
    words.every((word) => r.search.includes(word)));
}

export type SortKey = 'file' | 'title' | 'action' | 'suggested' | 'adopted' | 'attention';
export type SortDirection = 'asc' | 'desc';

const TIER_RANK: Readonly<Record<Tier, number>> = { low: 0, medium: 1, high: 2 };
const ACTION_RANK = new Map<Action, number>(ACTIONS.map((a, i) => [a, i]));
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Unclassified sorts before low: it is the first thing to do. */
const tierRank = (t: Tier | null) => (t === null ? -1 : TIER_RANK[t]);

const COMPARE: Readonly<Record<Exclude<SortKey, 'file'>, (a: RegisterRow, b: RegisterRow) => number>> = {
  title: (a, b) => collator.compare(a.title, b.title),
  action: (a, b) => ACTION_RANK.get(a.action)! - ACTION_RANK.get(b.action)!,
  suggested: (a, b) => TIER_RANK[a.suggested] - TIER_RANK[b.suggested],
  adopted: (a, b) => tierRank(a.adopted) - tierRank(b.adopted),
  attention: (a, b) => a.attention.length - b.attention.length,
};

/** A new array sorted by `key`; ties keep file order, so the order is the same every time. */
export function sortRows(rows: readonly RegisterRow[], key: SortKey, direction: SortDirection): RegisterRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  if (key === 'file') return direction === 'asc' ? rows.slice() : rows.slice().reverse();
  const compare = COMPARE[key];
  return rows.slice().sort((a, b) => sign * compare(a, b) || a.index - b.index);
}

// ---- the tier overview -------------------------------------------------------------------------

export type TierColumn = Tier | 'unclassified';
export const TIER_COLUMNS: readonly TierColumn[] = [...TIERS, 'unclassified'];

export interface TierOverview {
  readonly total: number;
  /** Decisions by adopted tier; a tier's mode follows from it (MODE_OF). */
  readonly byTier: Readonly<Record<TierColumn, number>>;
  readonly byMode: Readonly<Record<Mode, number>>;
  /** Action × adopted tier, for the actions in use, in the order of the action list. */
  readonly matrix: readonly { readonly action: Action; readonly counts: Readonly<Record<TierColumn, number>> }[];
  /** Adopted tiers that depart from the suggestion, and how many of those give no reason. */
  readonly departures: number;
  readonly departuresWithoutReason: number;
  /** The decisions readiness still has gaps about, in file order. */
  readonly attention: readonly { readonly id: string; readonly index: number; readonly title: string; readonly first: string; readonly count: number }[];
}

const zeros = (): Record<TierColumn, number> => ({ low: 0, medium: 0, high: 0, unclassified: 0 });

export function tierOverview(rows: readonly RegisterRow[]): TierOverview {
  const byTier = zeros();
  const byMode: Record<Mode, number> = { 'auto-execute': 0, 'human-confirms': 0, 'human-only': 0 };
  const byAction = new Map<Action, Record<TierColumn, number>>();
  let departures = 0, departuresWithoutReason = 0;
  const attention: TierOverview['attention'][number][] = [];
  for (const r of rows) {
    const column: TierColumn = r.adopted ?? 'unclassified';
    byTier[column]++;
    if (r.adopted) byMode[MODE_OF[r.adopted]]++;
    let counts = byAction.get(r.action);
    if (!counts) byAction.set(r.action, (counts = zeros()));
    counts[column]++;
    if (r.departs) {
      departures++;
      if (r.reasonMissing) departuresWithoutReason++;
    }
    if (r.attention.length > 0) attention.push({ id: r.id, index: r.index, title: r.title, first: r.attention[0]!, count: r.attention.length });
  }
  const matrix = ACTIONS.filter((a) => byAction.has(a)).map((action) => ({ action, counts: byAction.get(action)! }));
  return { total: rows.length, byTier, byMode, matrix, departures, departuresWithoutReason, attention };
}

// ---- checks before a change ----------------------------------------------------------------------

/**
 * Why adopting `chosen` must wait, or null: a tier other than the suggested one needs a written
 * reason (DOMAIN.md), and a reason of only spaces explains nothing.
 */
export function tierChoiceError(suggested: Tier, chosen: Tier, reason: string): string | null {
  if (chosen === suggested || reason.trim() !== '') return null;
  return `The rules suggest ${suggested}. Write why this decision should be ${chosen} instead: the reason goes into the audit trail and the governance model.`;
}

export interface PolicyErrors {
  readonly mediumExposure?: string;
  readonly highExposure?: string;
}

/**
 * What is wrong with exposure thresholds, per field: each is a finite number of 0 or more, and
 * the medium threshold is not above the high one (said at `edited`, the field being typed in).
 */
export function policyErrors(p: Partial<Policy>, edited: keyof Policy, amount: AmountFormat = String): PolicyErrors {
  const errors: { mediumExposure?: string; highExposure?: string } = {};
  for (const key of ['mediumExposure', 'highExposure'] as const) {
    const v = p[key];
    if (v === undefined) errors[key] = 'Enter an amount.';
    else if (!Number.isFinite(v)) errors[key] = 'Enter a finite amount.';
    else if (v < 0) errors[key] = 'Enter an amount of 0 or more.';
  }
  const { mediumExposure: m, highExposure: h } = p;
  if (!errors.mediumExposure && !errors.highExposure && m !== undefined && h !== undefined && m > h) {
    errors[edited] = edited === 'mediumExposure'
      ? `The medium threshold must not be above the high threshold (${amount(h)}).`
      : `The high threshold must not be below the medium threshold (${amount(m)}).`;
  }
  return errors;
}

/** A decision's name for people; a blank title still names it, so every control has a name. */
export function decisionName(d: { readonly title: string; readonly id: string }): string {
  return d.title.trim() || `Untitled decision (${d.id})`;
}
