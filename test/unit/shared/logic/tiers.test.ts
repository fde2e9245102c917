import { describe, it, expect } from 'vitest';
import { ACTIONS, DEFAULT_POLICY, HIGH_ACTIONS, LOW_ACTIONS, MEDIUM_ACTIONS, type Policy } from '../../../../shared/model';
import {
  assessTier, assessTiers, baseTier, maxTier, missingControls, MODE_OF, policyOf, REQUIRED_CONTROLS, requiredControls, suggestTier,
} from '../../../../shared/logic/tiers';
import { decision, factors, workbook } from './fixtures';

const policy: Policy = DEFAULT_POLICY;

describe('base tier', () => {
  it.each(LOW_ACTIONS)('the action "%s" starts at low', (action) => {
    expect(baseTier(action)).toBe('low');
  });
  it.each(MEDIUM_ACTIONS)('the action "%s" starts at medium', (action) => {
    expect(baseTier(action)).toBe('medium');
  });
  it.each(HIGH_ACTIONS)('the action "%s" starts at high', (action) => {
    expect(baseTier(action)).toBe('high');
  });

  it('a decision with no raising factor keeps its base tier', () => {
    for (const action of ACTIONS) {
      expect(suggestTier({ action, factors: factors() }, policy)).toEqual({
        tier: baseTier(action),
        reasons: [`Action “${action.replace(/-/g, ' ')}” starts at ${baseTier(action)}.`],
      });
    }
  });
});

describe('maxTier', () => {
  it('compares low < medium < high in either order', () => {
    expect(maxTier('low', 'medium')).toBe('medium');
    expect(maxTier('medium', 'low')).toBe('medium');
    expect(maxTier('high', 'medium')).toBe('high');
    expect(maxTier('low', 'low')).toBe('low');
  });
});

describe('rule 2: customer-facing', () => {
  it('a customer-facing summarize decision is at least medium', () => {
    const s = suggestTier({ action: 'summarize', factors: factors({ customerFacing: true }) }, policy);
    expect(s.tier).toBe('medium');
    expect(s.reasons).toEqual(['Action “summarize” starts at low.', 'Customer-facing: at least medium.']);
  });

  it('a customer-facing commit decision stays high, and the reason still shows it was weighed', () => {
    const s = suggestTier({ action: 'commit', factors: factors({ customerFacing: true }) }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons).toContain('Customer-facing: at least medium.');
  });
});

describe('rule 3: financial exposure', () => {
  it('exposure below the medium threshold changes nothing and gives no reason', () => {
    const s = suggestTier({ action: 'classify', factors: factors({ financialExposure: 999 }) }, policy);
    expect(s).toEqual({ tier: 'low', reasons: ['Action “classify” starts at low.'] });
  });

  it('exposure exactly at the medium threshold makes a low decision medium', () => {
    const s = suggestTier({ action: 'classify', factors: factors({ financialExposure: 1000 }) }, policy);
    expect(s.tier).toBe('medium');
    expect(s.reasons[1]).toBe('Financial exposure 1000 is at or above the medium threshold 1000: at least medium.');
  });

  it('exposure at the medium threshold does not lower a high decision', () => {
    expect(suggestTier({ action: 'promise', factors: factors({ financialExposure: 2500 }) }, policy).tier).toBe('high');
  });

  it('exposure exactly at the high threshold makes any decision high', () => {
    const s = suggestTier({ action: 'summarize', factors: factors({ financialExposure: 10000 }) }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons).toEqual([
      'Action “summarize” starts at low.',
      'Financial exposure 10000 is at or above the high threshold 10000: high.',
    ]);
  });

  it('just below the high threshold is medium', () => {
    expect(suggestTier({ action: 'summarize', factors: factors({ financialExposure: 9999.99 }) }, policy).tier).toBe('medium');
  });

  it('uses the workbook policy, not the defaults, when one is given', () => {
    const strict: Policy = { mediumExposure: 100, highExposure: 500 };
    expect(suggestTier({ action: 'draft', factors: factors({ financialExposure: 100 }) }, strict).tier).toBe('medium');
    expect(suggestTier({ action: 'draft', factors: factors({ financialExposure: 500 }) }, strict).tier).toBe('high');
  });

  it('prints numbers without locale grouping, so the text is the same on every machine', () => {
    const s = suggestTier({ action: 'draft', factors: factors({ financialExposure: 1234567.5 }) }, policy);
    expect(s.reasons[1]).toBe('Financial exposure 1234567.5 is at or above the high threshold 10000: high.');
  });
});

describe('rule 4: not reversible', () => {
  it('an irreversible low decision goes up to medium', () => {
    const s = suggestTier({ action: 'retrieve', factors: factors({ reversible: false }) }, policy);
    expect(s.tier).toBe('medium');
    expect(s.reasons[1]).toBe('Not reversible: one tier up (low → medium).');
  });

  it('an irreversible medium decision goes up to high', () => {
    const s = suggestTier({ action: 'recommend', factors: factors({ reversible: false }) }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons).toEqual(['Action “recommend” starts at medium.', 'Not reversible: one tier up (medium → high).']);
  });

  it('an irreversible high decision stays high', () => {
    const s = suggestTier({ action: 'commit', factors: factors({ reversible: false }) }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons[1]).toBe('Not reversible: one tier up (high stays high).');
  });

  it('applies after the earlier rules, so customer-facing and irreversible together make a low action high', () => {
    const s = suggestTier({ action: 'summarize', factors: factors({ customerFacing: true, reversible: false }) }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons).toEqual([
      'Action “summarize” starts at low.',
      'Customer-facing: at least medium.',
      'Not reversible: one tier up (medium → high).',
    ]);
  });

  it('applies after the exposure rule, so medium exposure and irreversible make a low action high', () => {
    expect(suggestTier({ action: 'classify', factors: factors({ financialExposure: 2500, reversible: false }) }, policy).tier).toBe('high');
  });
});

describe('rule 5: affects rights', () => {
  it('a decision about a person\'s rights or eligibility is high whatever its action', () => {
    const s = suggestTier({ action: 'summarize', factors: factors({ affectsRights: true }) }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons).toEqual(['Action “summarize” starts at low.', "Affects a person's rights or eligibility: high."]);
  });

  it('every factor that applies gives one reason, in rule order', () => {
    const s = suggestTier({
      action: 'route',
      factors: factors({ customerFacing: true, financialExposure: 2500, reversible: false, affectsRights: true, personalData: true }),
    }, policy);
    expect(s.tier).toBe('high');
    expect(s.reasons).toEqual([
      'Action “route” starts at medium.',
      'Customer-facing: at least medium.',
      'Financial exposure 2500 is at or above the medium threshold 1000: at least medium.',
      'Not reversible: one tier up (medium → high).',
      "Affects a person's rights or eligibility: high.",
    ]);
  });

  it('personal data alone does not raise the tier and gives no reason', () => {
    expect(suggestTier({ action: 'draft', factors: factors({ personalData: true }) }, policy)).toEqual({
      tier: 'low', reasons: ['Action “draft” starts at low.'],
    });
  });
});

describe('policyOf', () => {
  it('falls back to the default thresholds 1000 and 10000 when the workbook has no policy', () => {
    expect(policyOf(workbook())).toEqual({ mediumExposure: 1000, highExposure: 10000 });
  });

  it('uses the workbook policy when it has one', () => {
    expect(policyOf(workbook({ policy: { mediumExposure: 50, highExposure: 5000 } }))).toEqual({ mediumExposure: 50, highExposure: 5000 });
  });
});

describe('what a tier means', () => {
  it('low auto-executes, medium needs a human to confirm, high is human-only', () => {
    expect(MODE_OF).toEqual({ low: 'auto-execute', medium: 'human-confirms', high: 'human-only' });
  });

  it('each tier requires an audit log and its own kind of human involvement', () => {
    expect(REQUIRED_CONTROLS.low).toEqual(['audit-log', 'sampling-review']);
    expect(REQUIRED_CONTROLS.medium).toEqual(['audit-log', 'human-confirmation']);
    expect(REQUIRED_CONTROLS.high).toEqual(['audit-log', 'human-decision']);
  });
});

describe('requiredControls', () => {
  it('is the tier\'s controls without personal data', () => {
    expect(requiredControls('medium', false)).toEqual(['audit-log', 'human-confirmation']);
  });

  it('adds access control for personal data at any tier, in catalog order', () => {
    expect(requiredControls('low', true)).toEqual(['audit-log', 'sampling-review', 'access-control']);
    expect(requiredControls('high', true)).toEqual(['audit-log', 'human-decision', 'access-control']);
  });

  it('an unclassified decision requires only access control, and only for personal data', () => {
    expect(requiredControls(undefined, true)).toEqual(['access-control']);
    expect(requiredControls(undefined, false)).toEqual([]);
  });

  it('returns a fresh array that a caller may change without touching the policy', () => {
    const list = requiredControls('low', false);
    list.push('kill-switch');
    expect(REQUIRED_CONTROLS.low).toEqual(['audit-log', 'sampling-review']);
  });
});

describe('missingControls', () => {
  it('lists the adopted tier\'s controls the decision lacks, in catalog order', () => {
    expect(missingControls(decision('d', { tier: 'high', controls: ['dual-approval'] }))).toEqual(['audit-log', 'human-decision']);
  });

  it('counts access control as missing for personal data', () => {
    const d = decision('d', { tier: 'low', factors: factors({ personalData: true }), controls: ['sampling-review', 'audit-log'] });
    expect(missingControls(d)).toEqual(['access-control']);
  });

  it('is empty when every required control is present, extra and free-text controls notwithstanding', () => {
    const d = decision('d', { tier: 'medium', controls: ['Weekly review by the team lead', 'human-confirmation', 'audit-log', 'kill-switch'] });
    expect(missingControls(d)).toEqual([]);
  });

  it('judges the adopted tier, not the suggested one', () => {
    // A customer-facing draft is suggested medium; adopted low, it needs the low controls.
    const d = decision('d', { action: 'draft', factors: factors({ customerFacing: true }), tier: 'low', controls: ['audit-log', 'sampling-review'] });
    expect(missingControls(d)).toEqual([]);
  });
});

describe('assessTier', () => {
  it('reports the suggestion, the adopted tier and its mode', () => {
    const a = assessTier(decision('d-1', { action: 'recommend', tier: 'medium', controls: ['audit-log'] }), policy);
    expect(a).toEqual({
      decisionId: 'd-1',
      suggested: 'medium',
      reasons: ['Action “recommend” starts at medium.'],
      adopted: 'medium',
      mode: 'human-confirms',
      missingControls: ['human-confirmation'],
      differsFromSuggestion: false,
      reasonMissing: false,
    });
  });

  it('an unclassified decision has no adopted tier, no mode, and does not differ from its suggestion', () => {
    const a = assessTier(decision('d-1', { action: 'commit' }), policy);
    expect(a.adopted).toBeNull();
    expect(a.mode).toBeNull();
    expect(a.differsFromSuggestion).toBe(false);
    expect(a.reasonMissing).toBe(false);
  });

  it('a tier that differs from the suggestion without a reason is flagged', () => {
    const a = assessTier(decision('d-1', { action: 'commit', tier: 'medium' }), policy);
    expect(a.differsFromSuggestion).toBe(true);
    expect(a.reasonMissing).toBe(true);
  });

  it('a blank reason counts as no reason', () => {
    expect(assessTier(decision('d-1', { action: 'commit', tier: 'medium', tierReason: '   ' }), policy).reasonMissing).toBe(true);
  });

  it('a tier that differs with a reason is not flagged', () => {
    const a = assessTier(decision('d-1', { action: 'summarize', tier: 'high', tierReason: 'The regulator asked for it.' }), policy);
    expect(a.differsFromSuggestion).toBe(true);
    expect(a.reasonMissing).toBe(false);
    expect(a.mode).toBe('human-only');
  });

  it('does not change the decision it assesses', () => {
    const d = Object.freeze(decision('d-1', { controls: Object.freeze(['audit-log']) as readonly string[] }));
    expect(() => assessTier(d, policy)).not.toThrow();
    expect(d.controls).toEqual(['audit-log']);
  });
});

describe('assessTiers', () => {
  it('assesses every decision in file order with the workbook policy', () => {
    const w = workbook({
      policy: { mediumExposure: 10, highExposure: 20 },
      decisions: [
        decision('d-b', { factors: factors({ financialExposure: 20 }) }),
        decision('d-a', { factors: factors({ financialExposure: 10 }) }),
      ],
    });
    expect(assessTiers(w).map((a) => [a.decisionId, a.suggested])).toEqual([['d-b', 'high'], ['d-a', 'medium']]);
  });

  it('is empty for a workbook without decisions', () => {
    expect(assessTiers(workbook())).toEqual([]);
  });
});
