/**
 * Every problem of a workbook that opens (DOMAIN.md, "Opened with problems"): dangling
 * references and dependency cycles, then reversed baseline periods. The loader reports them,
 * and the app recomputes them as the workbook changes; readiness counts each as a blocker.
 */
import type { Problem, Workbook } from '../model';
import { findPeriodProblems } from './periods';
import { findReferenceProblems } from './references';

export function findLoadProblems(w: Workbook): Problem[] {
  return [...findReferenceProblems(w), ...findPeriodProblems(w)];
}
