/**
 * Risk tiers (DOMAIN.md, "Risk tiers"): the suggested tier of a decision with the reasons
 * that produced it, what each tier means, and which controls it requires.
 */
import {
  CONTROL_IDS, DEFAULT_POLICY, HIGH_ACTIONS, LOW_ACTIONS,
  type Action, type ControlId, type Decision, type Policy, type Tier, type Workbook,
} from '../model';

export type Mode = 'auto-execute' | 'human-confirms' | 'human-only';

export const MODE_OF: Readonly<Record<Tier, Mode>> = {
  low: 'auto-execute',
  medium: 'human-confirms',
  high: 'human-only',
};

export const REQUIRED_CONTROLS: Readonly<Record<Tier, readonly ControlId[]>> = {
  low: ['audit-log', 'sampling-review'],
  medium: ['audit-log', 'human-confirmation'],
  high: ['audit-log', 'human-decision'],
};

const LOW = new Set<Action>(LOW_ACTIONS);
const HIGH = new Set<Action>(HIGH_ACTIONS);
const RANK: Readonly<Record<Tier, number>> = { low: 0, medium: 1, high: 2 };
const CATALOG_ORDER = new Map<string, number>(CONTROL_IDS.map((id, i) => [id, i]));

/** The tier an action starts at, before any factor is considered. */
export function baseTier(action: Action): Tier {
  if (LOW.has(action)) return 'low';
  if (HIGH.has(action)) return 'high';
  return 'medium';
}

/** The riskier of two tiers (low < medium < high). */
export function maxTier(a: Tier, b: Tier): Tier {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The workbook's exposure thresholds, falling back to the seed's policy field by field. */
export function policyOf(w: Pick<Workbook, 'policy'>): Policy {
  return {
    mediumExposure: w.policy?.mediumExposure ?? DEFAULT_POLICY.mediumExposure,
    highExposure: w.policy?.highExposure ?? DEFAULT_POLICY.highExposure,
  };
}

/**
 * How amounts of money read in the reasons. `String` by default, so the command line's JSON is
 * the same on every machine; documents pass their locale's currency format.
 */
export type AmountFormat = (n: number) => string;

export interface TierSuggestion {
  readonly tier: Tier;
  /** Plain sentences, one for the base tier and one for each factor that applied, in rule order. */
  readonly reasons: string[];
}

/**
 * The five rules of DOMAIN.md in their order. Every factor that applies gets a reason even
 * when it does not raise the tier, because the facilitator needs to see that it was weighed.
 */
export function suggestTier(d: Pick<Decision, 'action' | 'factors'>, policy: Policy, amount: AmountFormat = String): TierSuggestion {
  const f = d.factors;
  let t = baseTier(d.action);
  // In words, as the documents and the app show it: "approve spend", not the file's "approve-spend".
  const reasons = [`Action “${d.action.replace(/-/g, ' ')}” starts at ${t}.`];

  if (f.customerFacing) {
    t = maxTier(t, 'medium');
    reasons.push('Customer-facing: at least medium.');
  }

  const exposure = amount(f.financialExposure);
  if (f.financialExposure >= policy.highExposure) {
    t = 'high';
    reasons.push(`Financial exposure ${exposure} is at or above the high threshold ${amount(policy.highExposure)}: high.`);
  } else if (f.financialExposure >= policy.mediumExposure) {
    t = maxTier(t, 'medium');
    reasons.push(`Financial exposure ${exposure} is at or above the medium threshold ${amount(policy.mediumExposure)}: at least medium.`);
  }

  if (!f.reversible) {
    const raised: Tier = t === 'low' ? 'medium' : 'high';
    reasons.push(t === 'high' ? 'Not reversible: one tier up (high stays high).' : `Not reversible: one tier up (${t} → ${raised}).`);
    t = raised;
  }

  if (f.affectsRights) {
    t = 'high';
    reasons.push("Affects a person's rights or eligibility: high.");
  }

  return { tier: t, reasons };
}

function inCatalogOrder(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (CATALOG_ORDER.get(a) ?? CONTROL_IDS.length) - (CATALOG_ORDER.get(b) ?? CONTROL_IDS.length));
}

/**
 * The controls a tier requires, plus `access-control` when the decision touches personal
 * data (at any tier, and even before it is classified), in catalog order.
 */
export function requiredControls(tier: Tier | undefined, personalData: boolean): ControlId[] {
  const required: ControlId[] = tier ? [...REQUIRED_CONTROLS[tier]] : [];
  if (personalData) required.push('access-control');
  return inCatalogOrder(required) as ControlId[];
}

/** Required controls (for the adopted tier, and for personal data) that `d.controls` lacks, in catalog order. */
export function missingControls(d: Pick<Decision, 'tier' | 'factors' | 'controls'>): string[] {
  const present = new Set(d.controls);
  return requiredControls(d.tier, d.factors.personalData).filter((c) => !present.has(c));
}

export interface TierAssessment {
  readonly decisionId: string;
  readonly suggested: Tier;
  readonly reasons: string[];
  /** The tier the facilitator adopted; null while the decision is not classified. */
  readonly adopted: Tier | null;
  readonly mode: Mode | null;
  readonly missingControls: string[];
  readonly differsFromSuggestion: boolean;
  /** The adopted tier differs from the suggestion and no reason is written down. */
  readonly reasonMissing: boolean;
}

export function assessTier(d: Decision, policy: Policy, amount: AmountFormat = String): TierAssessment {
  const { tier: suggested, reasons } = suggestTier(d, policy, amount);
  const adopted = d.tier ?? null;
  const differsFromSuggestion = adopted !== null && adopted !== suggested;
  return {
    decisionId: d.id,
    suggested,
    reasons,
    adopted,
    mode: adopted ? MODE_OF[adopted] : null,
    missingControls: missingControls(d),
    differsFromSuggestion,
    // A blank reason explains nothing, so it counts as absent.
    reasonMissing: differsFromSuggestion && !d.tierReason?.trim(),
  };
}

/** One assessment per decision, in file order. */
export function assessTiers(w: Workbook, amount: AmountFormat = String): TierAssessment[] {
  const policy = policyOf(w);
  return w.decisions.map((d) => assessTier(d, policy, amount));
}
