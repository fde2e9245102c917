import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { assessReadiness } from '../../../../shared/logic';
import type { Workbook } from '../../../../shared/model';
import {
  addControl, addDecision, adoptTier, blankDecision, decisionReferenceCount, newDecisionId, removeControl, removeDecision,
  setDecisionAction, setDecisionFactor, setDecisionLogging, setDecisionNode, setDecisionOnError, setDecisionPerson,
  setDecisionTitle, setFacilitator, setFinancialExposure, setPolicy,
} from '../../../../renderer/state/commands';
import { deriveRegisterRows } from '../../../../renderer/state/selectors';
import { openInFreshStore, state, template } from '../helpers';

const w = () => state().workbook!;
const decision = (id: string) => w().decisions.find((d) => d.id === id)!;
const tierGapsOf = (id: string) => assessReadiness(w(), []).gaps.filter((g) => g.question === 'tiers' && g.subjectId === id);

describe('decision commands', () => {
  beforeEach(() => {
    openInFreshStore(template('blank'));
    state().execute(addDecision(blankDecision('d-new', 'Approve the refund')));
  });

  it('add an unclassified decision that nothing has answered yet, cautious about reversibility', () => {
    expect(decision('d-new')).toEqual({
      id: 'd-new', title: 'Approve the refund', action: 'classify',
      factors: { reversible: false, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
      controls: [], logging: [],
    });
    expect(w().decisions.some((d) => d.id === newDecisionId(w()))).toBe(false);
  });

  it('edit the title as one undo step per burst of typing, and take the addition back with Undo', () => {
    const before = state().past.length;
    state().execute(setDecisionTitle('d-new', 'Approve'));
    state().execute(setDecisionTitle('d-new', 'Approve the goodwill refund'));
    expect(state().past.length).toBe(before + 1);
    state().undo();
    expect(decision('d-new').title).toBe('Approve the refund');
    state().undo();
    expect(w().decisions).toEqual([]);
  });

  it('set and clear people, logging and what happens on error, removing keys rather than leaving them empty', () => {
    state().execute(setDecisionPerson('d-new', 'overrideById', 'p-1'));
    state().execute(setDecisionLogging('d-new', 'model-version', true));
    state().execute(setDecisionLogging('d-new', 'the customer’s plan', true));
    state().execute(setDecisionOnError('d-new', 'Billing reverses it.'));
    expect(decision('d-new')).toMatchObject({ overrideById: 'p-1', logging: ['model-version', 'the customer’s plan'], onError: 'Billing reverses it.' });
    state().execute(setDecisionPerson('d-new', 'overrideById', ''));
    state().execute(setDecisionLogging('d-new', 'model-version', false));
    state().execute(setDecisionOnError('d-new', ''));
    expect('overrideById' in decision('d-new') || 'onError' in decision('d-new')).toBe(false);
    expect(decision('d-new').logging).toEqual(['the customer’s plan']);
  });

  it('answer the factor questions, refusing an amount of money that is negative', () => {
    state().execute(setDecisionAction('d-new', 'approve-spend'));
    state().execute(setDecisionFactor('d-new', 'customerFacing', true));
    state().execute(setFinancialExposure('d-new', 750));
    state().execute(setFinancialExposure('d-new', -5));
    expect(decision('d-new')).toMatchObject({ action: 'approve-spend', factors: { customerFacing: true, financialExposure: 750 } });
  });
});

describe('removing a decision', () => {
  it('removes its links from metrics, the roadmap and the RACI in one step that Undo takes back', () => {
    openInFreshStore(template('support-triage'));
    const before = w();
    const refs = decisionReferenceCount(before, 'd-refund');
    expect(refs).toBeGreaterThan(0);
    state().execute(removeDecision('d-refund'));
    const after = w();
    expect(after.decisions.some((d) => d.id === 'd-refund')).toBe(false);
    expect(after.metrics.some((m) => m.decisionIds.includes('d-refund'))).toBe(false);
    expect(after.roadmap.some((r) => r.decisionIds.includes('d-refund'))).toBe(false);
    expect(after.raci.some((r) => r.subjectId === 'd-refund')).toBe(false);
    expect(decisionReferenceCount(after, 'd-refund')).toBe(0);
    state().undo();
    expect(w()).toBe(before);
  });
});

describe('linking a decision to a map node', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('links and unlinks, and refuses a node that already has another decision', () => {
    state().execute(addDecision(blankDecision('d-new')));
    state().execute(setDecisionNode('d-new', 'n-refund'));
    expect(decision('d-new').nodeId).toBeUndefined();
    state().execute(setDecisionNode('d-new', 'n-escalate'));
    expect(decision('d-new').nodeId).toBe('n-escalate');
    state().execute(setDecisionNode('d-new', ''));
    expect('nodeId' in decision('d-new')).toBe(false);
  });
});

describe('adopting a tier', () => {
  let clock: ReturnType<typeof openInFreshStore>['clock'];

  beforeEach(() => {
    const t = template('support-triage');
    ({ clock } = openInFreshStore(t));
    // A fresh refund decision, as the map would create it: unclassified, no controls.
    state().execute(addDecision({ ...blankDecision('d-credit', 'Grant a service credit'), action: 'approve-spend',
      factors: { reversible: false, customerFacing: true, financialExposure: 750, affectsRights: false, personalData: true } }));
    clock.advance(60_000);
  });

  it('adopts the suggested tier, adds its required controls, and records who and when in the audit trail', () => {
    expect(state().execute(adoptTier('d-credit', 'high'))).toBe(true);
    expect(decision('d-credit')).toMatchObject({ tier: 'high', controls: ['audit-log', 'human-decision', 'access-control'] });
    expect('tierReason' in decision('d-credit')).toBe(false);
    expect(w().audit.at(-1)).toEqual({
      at: '2026-11-02T09:01:00Z', actorId: 'p-facilitator', action: 'tier-adopted', subjectId: 'd-credit',
      detail: 'high (suggested high). Required controls added: audit-log, human-decision, access-control.',
    });
    expect(tierGapsOf('d-credit').map((g) => g.path)).toEqual(['/decisions/5/outputOwnerId', '/decisions/5/overrideById', '/decisions/5/escalateToId']);
  });

  it('refuses another tier without a written reason: nothing changes and nothing is recorded', () => {
    const before = w();
    expect(state().execute(adoptTier('d-credit', 'medium'))).toBe(false);
    expect(state().execute(adoptTier('d-credit', 'medium', '   '))).toBe(false);
    expect(w()).toBe(before);
  });

  it('records another tier with its reason, the facilitator as actor, and the time', () => {
    state().execute(adoptTier('d-credit', 'medium', ' Credits are capped at $750 by billing. '));
    expect(decision('d-credit')).toMatchObject({ tier: 'medium', tierReason: 'Credits are capped at $750 by billing.' });
    expect(w().audit.at(-1)).toMatchObject({
      at: '2026-11-02T09:01:00Z', actorId: 'p-facilitator', action: 'tier-adopted', subjectId: 'd-credit',
      detail: 'medium (suggested high): Credits are capped at $750 by billing. Required controls added: audit-log, human-confirmation, access-control.',
    });
    expect(tierGapsOf('d-credit').some((g) => g.path.endsWith('/tierReason'))).toBe(false);
  });

  it('records no actor while the sprint names no facilitator', () => {
    state().execute(setFacilitator(''));
    state().execute(adoptTier('d-credit', 'high'));
    expect('actorId' in w().audit.at(-1)!).toBe(false);
  });

  it('drops an old reason for departing once the suggested tier is adopted', () => {
    state().execute(adoptTier('d-credit', 'medium', 'Capped by billing'));
    expect(w().audit.at(-1)!.detail).toMatch(/^medium \(suggested high\): Capped by billing\. Required/);
    state().execute(adoptTier('d-credit', 'high'));
    expect(decision('d-credit').tier).toBe('high');
    expect('tierReason' in decision('d-credit')).toBe(false);
  });

  it('takes back the adoption, its controls and its audit entry with one Undo', () => {
    const before = w();
    state().execute(adoptTier('d-credit', 'high'));
    state().undo();
    expect(w()).toBe(before);
  });
});

describe('controls', () => {
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
  });

  it('removing a required control is allowed, recorded, and a readiness gap until it is back', () => {
    expect(tierGapsOf('d-send')).toEqual([]);
    state().execute(removeControl('d-send', 'human-decision'));
    expect(decision('d-send').controls).not.toContain('human-decision');
    expect(w().audit.at(-1)).toMatchObject({ action: 'control-removed', subjectId: 'd-send', actorId: 'p-facilitator', detail: 'human-decision, required for the high tier: now missing.' });
    expect(tierGapsOf('d-send')).toEqual([expect.objectContaining({
      severity: 'blocker', path: '/decisions/3/controls', message: 'Decision "Send the reply to the customer" lacks required controls: human-decision.',
    })]);
    state().execute(addControl('d-send', 'human-decision'));
    expect(w().audit.at(-1)).toMatchObject({ action: 'control-added', detail: 'human-decision: required for the high tier.' });
    expect(tierGapsOf('d-send')).toEqual([]);
  });

  it('adds and removes optional and free-text controls without an audit entry, ignoring blanks and repeats', () => {
    const audit = w().audit.length;
    state().execute(addControl('d-send', 'kill-switch'));
    state().execute(addControl('d-send', '  Weekly calibration with Legal '));
    state().execute(addControl('d-send', 'kill-switch'));
    state().execute(addControl('d-send', '   '));
    expect(decision('d-send').controls.slice(-2)).toEqual(['kill-switch', 'Weekly calibration with Legal']);
    state().execute(removeControl('d-send', 'kill-switch'));
    expect(decision('d-send').controls).not.toContain('kill-switch');
    expect(w().audit.length).toBe(audit);
  });

  it('counts access control as required for personal data, at any tier', () => {
    state().execute(removeControl('d-classify', 'access-control'));
    expect(w().audit.at(-1)!.detail).toBe('access-control, required for personal data: now missing.');
    expect(tierGapsOf('d-classify').map((g) => g.message)).toEqual(['Decision "Classify the ticket\'s topic, product and language" lacks required controls: access-control.']);
  });
});

describe('the exposure policy', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('re-suggests every tier: under a lower high threshold an adopted medium departs, without a reason', () => {
    state().execute(adoptTier('d-prioritize', 'medium'));
    state().execute(setFinancialExposure('d-prioritize', 600));
    expect(deriveRegisterRows(w()).find((r) => r.id === 'd-prioritize')).toMatchObject({ suggested: 'medium', attention: [] });
    state().execute(setPolicy({ mediumExposure: 100, highExposure: 500 }));
    expect(w().policy).toEqual({ mediumExposure: 100, highExposure: 500 });
    const row = deriveRegisterRows(w()).find((r) => r.id === 'd-prioritize')!;
    expect(row).toMatchObject({ suggested: 'high', adopted: 'medium', reasonMissing: true });
    expect(row.attention[0]).toMatch(/classified medium, but the suggested tier is high, and no reason is recorded/);
  });

  it('refuses negative amounts and a medium threshold above the high one, writing nothing', () => {
    const before = w();
    expect(state().execute(setPolicy({ mediumExposure: -1, highExposure: 500 }))).toBe(false);
    expect(state().execute(setPolicy({ mediumExposure: 5000, highExposure: 500 }))).toBe(false);
    expect(state().execute(setPolicy({ mediumExposure: Number.NaN, highExposure: 500 }))).toBe(false);
    expect(w()).toBe(before);
  });

  it('coalesces typing a threshold into one undo step', () => {
    const before = state().past.length;
    state().execute(setPolicy({ mediumExposure: 2, highExposure: 10000 }));
    state().execute(setPolicy({ mediumExposure: 20, highExposure: 10000 }));
    state().execute(setPolicy({ mediumExposure: 2000, highExposure: 10000 }));
    expect(state().past.length).toBe(before + 1);
  });
});

describe('a classified workbook on disk', () => {
  it('writes and reads back the tier, reason, controls and audit entry unchanged', () => {
    openInFreshStore(template('support-triage'));
    state().execute(adoptTier('d-refund', 'medium', 'Capped by billing.'));
    const text = serializeWorkbook(w());
    const loaded = loadWorkbook(text);
    expect(loaded.ok).toBe(true);
    const back = (loaded as { workbook: Workbook }).workbook;
    expect(back.decisions.find((d) => d.id === 'd-refund')).toEqual(decision('d-refund'));
    expect(back.audit).toEqual(w().audit);
  });
});
