/**
 * Readiness (DOMAIN.md, "Readiness: the four questions", and rules 1.1): computed from the
 * workbook, never typed in. The verdict is `stop` when a kill criterion is triggered, whatever
 * else is open; `not-ready` with any other blocker; `ready` ("ready to scale") otherwise.
 */
import { QUESTIONS, type Problem, type Question, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { baselineGaps } from './readiness-baselines';
import { ownerGaps } from './readiness-owners';
import { tierGaps } from './readiness-tiers';
import { workflowGaps } from './readiness-workflow';
import { scorecard, type MetricScore } from './scorecard';

export type { Gap, Severity } from './gap';

export const VERDICTS = ['ready', 'not-ready', 'stop'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Readiness {
  /** True only for the verdict `ready`. */
  readonly ready: boolean;
  readonly verdict: Verdict;
  /** By question (workflow, tiers, baselines, owners); within a question, load problems first, then file order. */
  readonly gaps: Gap[];
}

const GAPS_OF: Readonly<Record<Question, (w: Workbook, scores: readonly MetricScore[]) => Gap[]>> = {
  workflow: workflowGaps,
  tiers: tierGaps,
  baselines: baselineGaps,
  owners: ownerGaps,
};

/**
 * The gaps of `w`. `loadProblems` (dangling references found on opening) are blockers under
 * their question until fixed; they lead their question because nothing else there can be
 * trusted while a reference points nowhere. `scores` saves recomputing the scorecard.
 */
export function assessReadiness(w: Workbook, loadProblems: readonly Problem[], scores?: readonly MetricScore[]): Readiness {
  const scored = scores ?? scorecard(w);
  const gaps: Gap[] = [];
  for (const question of QUESTIONS) {
    for (const p of loadProblems) {
      if (p.question !== question) continue;
      gaps.push(gap(question, 'blocker', p.path, p.message, p.subjectId));
    }
    for (const g of GAPS_OF[question](w, scored)) gaps.push(g);
  }
  const verdict: Verdict = scored.some((s) => s.killTriggered) ? 'stop'
    : gaps.some((g) => g.severity === 'blocker') ? 'not-ready'
      : 'ready';
  return { ready: verdict === 'ready', verdict, gaps };
}

/** Blockers and warnings per question, for the four-question overview. */
export function questionSummary(r: Pick<Readiness, 'gaps'>): Record<Question, { blockers: number; warnings: number }> {
  const summary = Object.fromEntries(QUESTIONS.map((q) => [q, { blockers: 0, warnings: 0 }])) as Record<Question, { blockers: number; warnings: number }>;
  for (const g of r.gaps) {
    if (g.severity === 'blocker') summary[g.question].blockers++;
    else summary[g.question].warnings++;
  }
  return summary;
}
