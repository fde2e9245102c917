/**
 * The audit trail is history, not a change: a comparison counts the entries one version has
 * and the other lacks (identical entries counted as often as they occur) and diffs nothing.
 */
import type { AuditEntry } from '../../model';
import { stableKey } from './values';

export function auditCount(before: readonly AuditEntry[], after: readonly AuditEntry[]): { added: number; removed: number } {
  if (before === after) return { added: 0, removed: 0 };
  const counts = new Map<string, number>();
  for (const e of before) counts.set(stableKey(e), (counts.get(stableKey(e)) ?? 0) + 1);
  let added = 0;
  for (const e of after) {
    const k = stableKey(e);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1); else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { added, removed };
}
