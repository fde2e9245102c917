import { describe, expect, it } from 'vitest';
import { presenterFrame } from '../../../../../renderer/features/presenter/presenterFrame';
import { STAGE_IDS } from '../../../../../renderer/state/stages';
import type { Workbook } from '../../../../../shared/model';
import { template } from '../../helpers';

const SECRET = 'FACILITATOR-ONLY';

/** The starter with a note on every node, day and observation, and a parked item's resolution. */
function withNotesEverywhere(): Workbook {
  const w = template('support-triage');
  return {
    ...w,
    workflow: { ...w.workflow, nodes: w.workflow.nodes.map((n, i) => ({ ...n, notes: `${SECRET} node ${i}` })) },
    sprint: { ...w.sprint, days: w.sprint.days.map((d) => ({ ...d, notes: `${SECRET} day ${d.day}` })) },
    metrics: w.metrics.map((m) => ({ ...m, observations: m.observations.map((o) => ({ ...o, note: `${SECRET} observation` })) })),
  };
}

describe('the presenter frame', () => {
  it('carries no note of any kind, whatever the stage', () => {
    const w = withNotesEverywhere();
    for (const stage of STAGE_IDS) expect(JSON.stringify(presenterFrame(w, stage, '2026-11-10'))).not.toContain(SECRET);
  });

  it('names today’s day, its date and its readiness question with the blockers now', () => {
    const w = template('support-triage'); // starts Monday 2026-11-02; day 4 is Thursday 5 November
    const frame = presenterFrame(w, 'decisions', '2026-11-05');
    expect(frame.day).toMatchObject({ day: 4, date: 'Thu, Nov 5', isToday: true });
    expect(frame.question).toMatchObject({ question: 'tiers', days: 'Days 4–5', title: 'Risk tiers', blockers: 0 });
    const untiered = { ...w, decisions: w.decisions.map((d, i) => (i === 0 ? { ...d, tier: undefined } : d)) } as Workbook;
    const next = presenterFrame(untiered, 'decisions', '2026-11-05');
    expect(next.question!.blockers).toBeGreaterThan(0);
    expect(next.verdict).toMatchObject({ verdict: 'not-ready', label: 'Not ready' });
  });

  it('falls back to the first open day outside the sprint, with its done-when', () => {
    const frame = presenterFrame(template('support-triage'), 'overview', '2027-01-15');
    expect(frame.day).toMatchObject({ day: 10, isToday: false });
    expect(frame.question).toBeNull();
    expect(frame.doneWhen).toMatch(/Documents exported/);
    expect(frame.missing).toBe('No documents exported yet');
  });

  it('shows the stage’s records read-only: the decisions with their tiers', () => {
    const w = template('support-triage');
    const frame = presenterFrame(w, 'decisions', '2026-11-05');
    expect(frame.stage.name).toBe('Decisions');
    expect(frame.stage.sections[0]!.lines[0]!.text).toBe(w.decisions[0]!.title);
    expect(frame.stage.sections[0]!.lines[0]!.detail).toMatch(/^(low|medium|high) tier/);
  });
});
