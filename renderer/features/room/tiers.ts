/** Tier words for the room's screens, and the tier a vote points to. */
import { TIERS, type Tier } from '../../../shared/model';
import type { TierCounts } from '../../../shared/room';

export const TIER_WORD: Readonly<Record<Tier, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The most chosen tier; a tie goes to the suggestion when it is among the tied, else to the higher tier (the safer one). */
export function leadingTier(counts: TierCounts, suggested: Tier | undefined): Tier {
  const top = Math.max(...TIERS.map((t) => counts[t]));
  const tied = TIERS.filter((t) => counts[t] === top);
  if (suggested && tied.includes(suggested)) return suggested;
  return tied[tied.length - 1]!;
}
