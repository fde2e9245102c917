/**
 * The audit trail is history: the merge keeps every entry of both sides, once when the two
 * hold the same entry, in time order (ties keep ours before theirs). An entry that repeats
 * within one side is kept as often as that side has it. When one side added nothing, the
 * other side's trail is taken as it is.
 */
import type { AuditEntry } from '../../model';
import { keyed } from '../compare/keyed';
import { sameValue, stableKey } from '../compare/values';

export function mergeAudit(base: readonly AuditEntry[], ours: readonly AuditEntry[], theirs: readonly AuditEntry[]): AuditEntry[] {
  if (ours === theirs || sameValue(base, theirs)) return [...ours];
  if (sameValue(base, ours)) return [...theirs];
  const ko = keyed(ours, stableKey);
  const extra = keyed(theirs, stableKey).keys.filter((k) => !ko.byKey.has(k));
  const kt = keyed(theirs, stableKey);
  const all = [...ours, ...extra.map((k) => kt.byKey.get(k)!)];
  const time = (e: AuditEntry) => {
    const t = Date.parse(e.at);
    return Number.isNaN(t) ? 0 : t;
  };
  return all.map((e, i) => ({ e, i, t: time(e) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.e);
}
