/**
 * Dates in order (rules 1.1): a baseline period that ends before it starts opens, but as a
 * problem under baselines, because no observation can lie inside it and every figure drawn
 * from it would be empty.
 */
import { pointer, type Problem, type Workbook } from '../model';

export function findPeriodProblems(w: Workbook): Problem[] {
  const problems: Problem[] = [];
  w.metrics.forEach((m, i) => {
    const b = m.baseline;
    // Dates are YYYY-MM-DD, so they compare as strings.
    if (b?.from === undefined || b.to === undefined || b.from <= b.to) return;
    problems.push({
      message: `The baseline period of metric "${m.name.trim() || m.id}" ends (${b.to}) before it starts (${b.from}).`,
      path: pointer('metrics', i, 'baseline', 'to'),
      subjectId: m.id,
      question: 'baselines',
    });
  });
  return problems;
}
