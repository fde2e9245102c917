/**
 * Readiness and its verdict before and after, and which gaps opened and closed. A gap is the
 * same gap when it says the same thing about the same record under the same question; its
 * JSON path may move when records are added before it, so the path is not compared.
 */
import type { Problem, Workbook } from '../../model';
import { assessReadiness, type Gap } from '../readiness';
import type { ReadinessChange } from './types';

export function readinessChange(before: Workbook, after: Workbook, problems: { readonly before: readonly Problem[]; readonly after: readonly Problem[] }): ReadinessChange {
  const r0 = assessReadiness(before, problems.before);
  const r1 = assessReadiness(after, problems.after);
  return { before: r0, after: r1, opened: surplus(r1.gaps, r0.gaps), closed: surplus(r0.gaps, r1.gaps) };
}

const gapKey = (g: Gap) => `${g.question}\u0000${g.severity}\u0000${g.subjectId ?? ''}\u0000${g.message}`;

/** The gaps of `from` that `than` lacks, counting repeats. */
function surplus(from: readonly Gap[], than: readonly Gap[]): Gap[] {
  const counts = new Map<string, number>();
  for (const g of than) counts.set(gapKey(g), (counts.get(gapKey(g)) ?? 0) + 1);
  return from.filter((g) => {
    const n = counts.get(gapKey(g)) ?? 0;
    counts.set(gapKey(g), n - 1);
    return n <= 0;
  });
}
