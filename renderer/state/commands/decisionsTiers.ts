/**
 * Commands behind a decision's risk tier: its action and factors (from which the tier is
 * suggested), adopting a tier, its controls, and the workbook's exposure policy.
 *
 * The domain's rules are enforced here too, not only on screen: a tier other than the suggested
 * one is refused without a written reason; adopting a tier records who (the sprint's
 * facilitator, when set) and when in the audit trail, and adds the tier's required controls;
 * taking a required control away is recorded as well. A policy that breaks its own rules
 * (negative, medium above high) is refused.
 */
import { policyErrors, policyOf, REQUIRED_CONTROLS, requiredControls, suggestTier, tierChoiceError } from '../../../shared/logic';
import type { Action, ControlId, Decision, DecisionFactors, Policy, Tier, Workbook } from '../../../shared/model';
import { command, type Command } from './command';
import { withOptional } from './update';
import { decisionCommand, editDecision } from './decisions';

export const TIER_ADOPTED = 'tier-adopted';
export const CONTROL_ADDED = 'control-added';
export const CONTROL_REMOVED = 'control-removed';

export const setDecisionAction = (id: string, action: Action): Command =>
  decisionCommand('Change action of decision', id, (d) => (d.action === action ? d : { ...d, action }));

export type YesNoFactor = Exclude<keyof DecisionFactors, 'financialExposure'>;

const FACTOR_WORDS: Readonly<Record<YesNoFactor, string>> = {
  reversible: 'reversible', customerFacing: 'customer-facing', affectsRights: 'about a person’s rights', personalData: 'personal data',
};

const withFactors = (d: Decision, factors: DecisionFactors): Decision => ({ ...d, factors });

export const setDecisionFactor = (id: string, factor: YesNoFactor, value: boolean): Command =>
  decisionCommand(`Answer “${FACTOR_WORDS[factor]}” for decision`, id, (d) =>
    (d.factors[factor] === value ? d : withFactors(d, { ...d.factors, [factor]: value })));

/** Money at stake per decision, in the workbook's currency; anything but a finite amount ≥ 0 is ignored. */
export const setFinancialExposure = (id: string, amount: number): Command =>
  decisionCommand('Change money at stake of decision', id, (d) => {
    if (!Number.isFinite(amount) || amount < 0 || d.factors.financialExposure === amount) return d;
    return withFactors(d, { ...d.factors, financialExposure: amount });
  }, 'financialExposure');

const actorOf = (w: Workbook) => (w.sprint.facilitatorId === undefined ? {} : { actorId: w.sprint.facilitatorId });

/**
 * Adopts `tier` for decision `id`. Another tier than the suggested one needs `reason` (refused,
 * nothing changes, without one); adopting the suggestion drops an old reason for departing from
 * it unless a new one is given. The tier's required controls that are missing are added, and the
 * adoption is recorded in the audit trail with the facilitator as actor.
 */
export const adoptTier = (id: string, tier: Tier, reason = ''): Command =>
  command(`Adopt ${tier} tier`, (w, ctx) => {
    const d = w.decisions.find((x) => x.id === id);
    if (!d) return w;
    const suggested = suggestTier(d, policyOf(w)).tier;
    if (tierChoiceError(suggested, tier, reason) !== null) return w;
    const why = reason.trim();
    const added = requiredControls(tier, d.factors.personalData).filter((c) => !d.controls.includes(c));
    const next: Decision = {
      ...withOptional(d, 'tierReason', why === '' ? undefined : why),
      tier,
      controls: added.length ? [...d.controls, ...added] : d.controls,
    };
    if (next.tier === d.tier && next.tierReason === d.tierReason && added.length === 0) return w;
    ctx.audit({
      ...actorOf(w), action: TIER_ADOPTED, subjectId: id,
      detail: `${tier} (suggested ${suggested})${why ? `: ${/[.!?…]$/.test(why) ? why : `${why}.`}` : '.'}${added.length ? ` Required controls added: ${added.join(', ')}.` : ''}`,
    });
    return editDecision(w, id, () => next);
  });

/** Why `control` is required for `d`, or null when it is optional. */
export function requiredBecause(d: Pick<Decision, 'tier' | 'factors'>, control: string): string | null {
  if (d.tier && REQUIRED_CONTROLS[d.tier].includes(control as ControlId)) return `required for the ${d.tier} tier`;
  if (control === 'access-control' && d.factors.personalData) return 'required for personal data';
  return null;
}

/** Adds a control (catalog id or free text); adding a required one back is recorded in the audit trail. */
export const addControl = (id: string, control: string): Command =>
  command('Add control', (w, ctx) => {
    const c = control.trim();
    const d = w.decisions.find((x) => x.id === id);
    if (!d || c === '' || d.controls.includes(c)) return w;
    const why = requiredBecause(d, c);
    if (why) ctx.audit({ ...actorOf(w), action: CONTROL_ADDED, subjectId: id, detail: `${c}: ${why}.` });
    return editDecision(w, id, (x) => ({ ...x, controls: [...x.controls, c] }));
  });

/**
 * Removes a control. Removing a required one is allowed (the screen asks first), recorded in
 * the audit trail, and leaves a readiness blocker until the control is back.
 */
export const removeControl = (id: string, control: string): Command =>
  command('Remove control', (w, ctx) => {
    const d = w.decisions.find((x) => x.id === id);
    if (!d || !d.controls.includes(control)) return w;
    const why = requiredBecause(d, control);
    if (why) ctx.audit({ ...actorOf(w), action: CONTROL_REMOVED, subjectId: id, detail: `${control}, ${why}: now missing.` });
    return editDecision(w, id, (x) => ({ ...x, controls: x.controls.filter((c) => c !== control) }));
  });

/** New exposure thresholds; refused when policyErrors finds anything wrong. Every tier is re-suggested from them. */
export const setPolicy = (policy: Policy): Command =>
  command('Change exposure thresholds', (w) => {
    const errors = policyErrors(policy, 'mediumExposure');
    if (errors.mediumExposure || errors.highExposure) return w;
    const before = policyOf(w);
    if (w.policy && before.mediumExposure === policy.mediumExposure && before.highExposure === policy.highExposure) return w;
    return { ...w, policy: { mediumExposure: policy.mediumExposure, highExposure: policy.highExposure } };
  }, { coalesce: 'policy' });
