/**
 * Readiness (DOMAIN.md, "Readiness: the four questions"): computed from the workbook, never
 * typed in. "Ready to scale" only when no gap is a blocker.
 */
import { QUESTIONS, type Problem, type Question, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { baselineGaps } from './readiness-baselines';
import { ownerGaps } from './readiness-owners';
import { tierGaps } from './readiness-tiers';
import { workflowGaps } from './readiness-workflow';

export type { Gap, Severity } from './gap';

export interface Readiness {
  readonly ready: boolean;
  /** By question (workflow, tiers, baselines, owners); within a question, load problems first, then file order. */
  readonly gaps: Gap[];
}

const GAPS_OF: Readonly<Record<Question, (w: Workbook) => Gap[]>> = {
  workflow: workflowGaps,
  tiers: tierGaps,
  baselines: baselineGaps,
  owners: ownerGaps,
};

/**
 * The gaps of `w`. `loadProblems` (dangling references found on opening) are blockers under
 * their question until fixed; they lead their question because nothing else there can be
 * trusted while a reference points nowhere.
 */
export function assessReadiness(w: Workbook, loadProblems: readonly Problem[]): Readiness {
  const gaps: Gap[] = [];
  for (const question of QUESTIONS) {
    for (const p of loadProblems) {
      if (p.question !== question) continue;
      gaps.push(gap(question, 'blocker', p.path, p.message, p.subjectId));
    }
    for (const g of GAPS_OF[question](w)) gaps.push(g);
  }
  return { ready: !gaps.some((g) => g.severity === 'blocker'), gaps };
}

/** Blockers and warnings per question, for the four-question overview. */
export function questionSummary(r: Readiness): Record<Question, { blockers: number; warnings: number }> {
  const summary = Object.fromEntries(QUESTIONS.map((q) => [q, { blockers: 0, warnings: 0 }])) as Record<Question, { blockers: number; warnings: number }>;
  for (const g of r.gaps) {
    if (g.severity === 'blocker') summary[g.question].blockers++;
    else summary[g.question].warnings++;
  }
  return summary;
}
