/**
 * Page 1 of every document: the verdict and what the reader must decide. Each triggered kill
 * criterion (metric, value, threshold, date, the action it names, the roadmap items it blocks
 * and those waiting on them), then the blockers grouped by question, each naming the record,
 * what is missing and who fixes it. A long list shows its first blockers per question and says
 * how many more there are and under which heading they are listed in full.
 */
import { QUESTIONS } from '../../model';
import { QUESTION_TEXT, type Gap, type KillBreach, type TriggeredKill } from '../../logic';
import type { ReportContext } from '../context';
import { fixerOf } from '../fixer';
import { gapText } from '../gap-text';
import { quoted } from '../locate';
import { plural, verdictOf } from '../verdict';

export interface CoverFact {
  readonly label: string;
  readonly value: string;
  /** Context rather than decision: left off page 1 when the decision needs the room. */
  readonly optional?: boolean;
}

/** Roadmap items named on page 1 before "and N more". */
const ITEMS_SHOWN = 4;
/**
 * Page 1 holds the cover's title block and about this many lines of facts; a line is about
 * CHARS_PER_LINE characters in the value column. Estimates on the safe side, so the facts end
 * on page 1 in both formats and either page size.
 */
const PAGE1_LINES = 25;
const CHARS_PER_LINE = 62;

/** Lines a fact's value takes, plus the row's padding. */
function linesOf(value: string): number {
  return value.split('\n').reduce((n, para) => n + Math.max(1, Math.ceil([...para].length / CHARS_PER_LINE)), 0) + 0.75;
}

/**
 * The facts of page 1 that say what to decide, within PAGE1_LINES: the decision, then as many
 * triggered kill criteria as fit (at least one), then each question with blockers, showing as
 * many of its blockers as fit (at least one) and how many more there are, and where
 * (`gapsHeading`) they are all listed; then, as room allows, the sign-offs and `tail` (the
 * pilot, what the fingerprint is), which the rest of the document states as well.
 */
export function decideFacts(ctx: ReportContext, gapsHeading: string, tail: readonly CoverFact[] = []): CoverFact[] {
  const v = verdictOf(ctx);
  // A triggered kill criterion is a blocker too (rules 1.1); it is stated above the others, once.
  const triggered = new Set(ctx.kills.map((k) => k.metricId));
  const isKill = (g: Gap) => /^\/metrics\/\d+\/kill$/.test(g.path) && g.subjectId !== undefined && triggered.has(g.subjectId);
  const blockers = ctx.readiness.gaps.filter((g) => g.severity === 'blocker' && !isKill(g));
  const warnings = ctx.readiness.gaps.filter((g) => g.severity === 'warning').length;
  const byQuestion = QUESTIONS.map((q) => ({ q, gaps: blockers.filter((g) => g.question === q) })).filter((x) => x.gaps.length > 0);

  const head: CoverFact = { label: 'What to decide', value: decision(ctx, v.verdict, v.blockers, byQuestion.length, warnings, gapsHeading) };
  const end: CoverFact[] = [{ label: 'Residual risk', value: signoffWords(ctx), optional: true }, ...tail];
  // Budget for the decision: the optional rows are counted only if they will fit with it.
  let budget = PAGE1_LINES - linesOf(head.value) - end.filter((f) => !f.optional).reduce((n, f) => n + linesOf(f.value), 0);

  // Each question needs at least its first blocker and the line saying how many more.
  const questionFloor = byQuestion.map(({ gaps }) => question(ctx, gaps, 1, gapsHeading)).reduce((n, f) => n + linesOf(f.value), 0);
  // A crowded page names each metric's owner in the scorecard only: its blockers need the room.
  const full = ctx.kills.slice(0, 1).reduce((n, k) => n + linesOf(killWords(ctx, k)), 0);
  const terse = full + questionFloor > budget;
  const kills: CoverFact[] = [];
  for (const [i, k] of ctx.kills.entries()) {
    const fact = { label: `Kill criterion triggered: ${k.metricName}`, value: killWords(ctx, k, !terse) };
    const more = i + 1 < ctx.kills.length ? 2 : 0;
    if (i > 0 && linesOf(fact.value) + more > budget - questionFloor) {
      kills.push({ label: 'More kill criteria triggered', value: `${plural(ctx.kills.length - i, 'more', 'more')}, all listed under “${gapsHeading}”.` });
      budget -= 2;
      break;
    }
    kills.push(fact);
    budget -= linesOf(fact.value);
  }
  // As many blockers per question as the page holds, the same number for each question; on a
  // page too full even for one each in its own row, one row gives each question's first blocker.
  let perQuestion = 3;
  let questions = byQuestion.map(({ gaps }) => question(ctx, gaps, perQuestion, gapsHeading));
  while (perQuestion > 1 && questions.reduce((n, f) => n + linesOf(f.value), 0) > budget) {
    perQuestion--;
    questions = byQuestion.map(({ gaps }) => question(ctx, gaps, perQuestion, gapsHeading));
  }
  if (byQuestion.length > 1 && questions.reduce((n, f) => n + linesOf(f.value), 0) > budget) {
    questions = [firstOfEach(ctx, byQuestion.map((x) => x.gaps), gapsHeading)];
  }
  // A kill threshold already breached, though not yet judged, is what a reader must see before
  // its date comes: each in words where the page has room, else one line that says where they are.
  let room = budget - questions.reduce((n, f) => n + linesOf(f.value), 0);
  // Without the owner, whom the scorecard names: a warning must leave page 1 room for the rest.
  const early = ctx.earlyBreaches.map((b) => ({ label: `Past its kill threshold, not judged yet: ${b.metricName}`, value: earlyWords(ctx, b, false) }));
  const earlyRows = early.reduce((n, f) => n + linesOf(f.value), 0) <= room || early.length === 0 ? early
    : [{ label: 'Past their kill thresholds, not judged yet', value: `${plural(early.length, 'metric', 'metrics')}: ${ctx.earlyBreaches.map((b) => b.metricName).join(', ')}, listed under “${gapsHeading}”.` }];
  room -= earlyRows.reduce((n, f) => n + linesOf(f.value), 0);
  // Context (sign-offs, the pilot, what the fingerprint is) fills what room is left, in its order.
  const kept = end.filter((f) => {
    if (!f.optional) return true;
    room -= linesOf(f.value);
    return room >= 0;
  });
  return [head, ...kills, ...questions, ...earlyRows, ...kept].map(({ label, value }) => ({ label, value }));
}

/** One question's blockers: the first `shown`, each with who fixes it, then how many more. */
function question(ctx: ReportContext, gaps: readonly Gap[], shown: number, gapsHeading: string): CoverFact {
  const q = gaps[0]!.question;
  const lines = gaps.slice(0, shown).map((g) => `• ${gapText(ctx, g)} ${fixerWords(ctx, g)}`);
  if (gaps.length > shown) lines.push(`… and ${gaps.length - shown} more, all listed under “${gapsHeading}”.`);
  return { label: `${QUESTION_TEXT[q].title}: ${plural(gaps.length, 'blocker', 'blockers')}`, value: lines.join('\n') };
}

/** One row: each question's count and its first blocker, then where all of them are listed. */
function firstOfEach(ctx: ReportContext, groups: readonly (readonly Gap[])[], gapsHeading: string): CoverFact {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const lines = groups.map((gaps) => `• ${QUESTION_TEXT[gaps[0]!.question].title} (${gaps.length}): ${gapText(ctx, gaps[0]!)} ${fixerWords(ctx, gaps[0]!)}`);
  lines.push(`… all ${total} listed under “${gapsHeading}”.`);
  return { label: `Blockers: ${total}, the first of each question`, value: lines.join('\n') };
}

function decision(ctx: ReportContext, verdict: string, blockers: number, questions: number, warnings: number, gapsHeading: string): string {
  const warned = warnings ? ` ${plural(warnings, 'warning remains', 'warnings remain')} to accept knowingly, listed under “${gapsHeading}”.` : '';
  if (verdict === 'stop') {
    const others = blockers - ctx.kills.length;
    return `Whether to take the action each triggered kill criterion names, and redesign: the items it gates must not start.${others > 0 ? ` ${plural(others, 'other blocker is', 'other blockers are')} open too.` : ''}`;
  }
  if (verdict === 'not-ready') {
    return `Who closes each of the ${plural(blockers, 'blocker', 'blockers')} below (under ${plural(questions, 'question', 'questions')} of four), and the date each is due: nothing scales until they are closed.${warned}`;
  }
  return `Whether to scale now: every one of the four readiness questions is answered.${warned}`;
}

function fixerWords(ctx: ReportContext, g: Gap): string {
  const f = fixerOf(ctx.w, g);
  return f.personId !== undefined ? `Fixes it: ${ctx.person(f.personId)}, ${f.role}.` : `Fixes it: ${f.role} (not named yet).`;
}

/** Up to ITEMS_SHOWN titles, then "and N more". */
export function itemList(ctx: ReportContext, ids: readonly string[]): string {
  const names = ids.slice(0, ITEMS_SHOWN).map((id) => quoted(ctx.item(id)?.title, id));
  if (ids.length > ITEMS_SHOWN) names.push(`${ids.length - ITEMS_SHOWN} more`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** A triggered kill criterion in one paragraph: what was measured, the rule, the action, what it stops. */
export function killWords(ctx: ReportContext, k: TriggeredKill, withOwner = true): string {
  const { fmt } = ctx;
  const m = ctx.metric(k.metricId);
  const owner = withOwner && m?.ownerId !== undefined ? ` Its owner: ${ctx.person(m.ownerId)}.` : '';
  const judged = k.evaluateOn ? ` (judged from ${fmt.date(k.evaluateOn)})` : '';
  const action = k.action ? ` The criterion says: ${k.action.replace(/[^.!?…]$/u, '$&.')}` : ' The criterion names no action: decide one.';
  const blocked = k.blockedItemIds.length
    ? ` It blocks ${itemList(ctx, k.blockedItemIds)}${k.waitingItemIds.length ? `; waiting on them: ${itemList(ctx, k.waitingItemIds)}` : ''}.`
    : ' No roadmap item has a gate on it, so nothing is blocked: add a gate.';
  return `${fmt.value(k.latest, k.unit)} on ${fmt.date(k.latestDate)} breaches the kill threshold of ${fmt.value(k.threshold, k.unit)}${judged}.${action}${blocked}${owner}`;
}

/** A kill threshold breached before its criterion is judged: the measurement, the date it counts from, what it would stop. */
export function earlyWords(ctx: ReportContext, b: KillBreach, withOwner = true): string {
  const { fmt } = ctx;
  const m = ctx.metric(b.metricId);
  const owner = withOwner && m?.ownerId !== undefined ? ` Its owner: ${ctx.person(m.ownerId)}.` : '';
  const judged = b.evaluateOn ? ` only from ${fmt.date(b.evaluateOn)}` : ' later';
  const would = b.blockedItemIds.length
    ? ` If it still breaches then, it blocks ${itemList(ctx, b.blockedItemIds)}${b.waitingItemIds.length ? `; waiting on them: ${itemList(ctx, b.waitingItemIds)}` : ''}.`
    : ' No roadmap item has a gate on it.';
  return `${fmt.value(b.latest, b.unit)} on ${fmt.date(b.latestDate)} is past the kill threshold of ${fmt.value(b.threshold, b.unit)}, but the criterion is judged${judged}: not triggered yet.${would}${owner}`;
}

function signoffWords(ctx: ReportContext): string {
  const { signoffs } = ctx.w;
  if (signoffs.length === 0) return 'No one has accepted or rejected the residual risk yet.';
  const shown = signoffs.slice(-3).map((s) => {
    const verb = s.decision === 'accept' ? 'Accepted' : 'Rejected';
    return `${verb} by ${ctx.person(s.personId)} on ${ctx.fmt.date(s.date)}${s.note?.trim() ? `: “${s.note.trim()}”` : '.'}`;
  });
  const earlier = signoffs.length > 3 ? [`${plural(signoffs.length - 3, 'earlier sign-off is', 'earlier sign-offs are')} in the governance model’s sign-off table.`] : [];
  return [...shown, ...earlier].join('\n');
}

