/**
 * Readiness question 2, the risk tiers: is every decision classified, justified where it
 * departs from the suggestion, controlled, and can a person override and escalate it?
 */
import { pointer, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { quote } from './text';
import { assessTier, policyOf } from './tiers';

export function tierGaps(w: Workbook): Gap[] {
  const policy = policyOf(w);
  const gaps: Gap[] = [];
  // A question is never answered vacuously: no decision means the inventory was not done.
  if (w.decisions.length === 0) {
    gaps.push(gap('tiers', 'blocker', pointer('decisions'), 'No decision is recorded: list every decision the AI can make and classify each into a risk tier.'));
  }
  w.decisions.forEach((d, i) => {
    const a = assessTier(d, policy);
    const name = quote(d.title, d.id);
    const add = (field: string, message: string) => gaps.push(gap('tiers', 'blocker', pointer('decisions', i, field), message, d.id));
    // Gaps follow the decision's key order (tier, tierReason, controls, owners) so the list reads like the file.
    if (a.adopted === null) add('tier', `Decision ${name} has no risk tier yet (suggested: ${a.suggested}).`);
    if (a.reasonMissing) {
      add('tierReason', `Decision ${name} is classified ${a.adopted ?? ''}, but the suggested tier is ${a.suggested}, and no reason is recorded.`);
    }
    if (a.missingControls.length > 0) {
      add('controls', `Decision ${name} lacks required controls: ${a.missingControls.join(', ')}.`);
    }
    if (a.adopted === 'high' && d.outputOwnerId === undefined) {
      add('outputOwnerId', `High-tier decision ${name} names no owner of its output.`);
    }
    if (d.overrideById === undefined) add('overrideById', `Decision ${name} names no one who can override it.`);
    if (d.escalateToId === undefined) add('escalateToId', `Decision ${name} names no one to escalate to.`);
  });
  return gaps;
}
