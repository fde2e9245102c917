/** Decisions whose adopted tier changed between two versions, with the reason given, in the file order of the later version. */
import type { Workbook } from '../../model';
import type { TierChange } from './types';

export function tierChanges(before: Workbook, after: Workbook): TierChange[] {
  const earlier = new Map(before.decisions.map((d) => [d.id, d]));
  const changes: TierChange[] = [];
  for (const d of after.decisions) {
    const b = earlier.get(d.id);
    if (b === undefined || b.tier === d.tier) continue;
    changes.push({
      decisionId: d.id,
      label: d.title.trim() || d.id,
      ...(b.tier === undefined ? {} : { before: b.tier }),
      ...(d.tier === undefined ? {} : { after: d.tier }),
      ...(d.tierReason === undefined ? {} : { reason: d.tierReason }),
      ...(b.tierReason === undefined ? {} : { reasonBefore: b.tierReason }),
    });
  }
  return changes;
}
