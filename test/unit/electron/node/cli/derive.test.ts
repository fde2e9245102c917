import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';

const example = INVOICE_EXAMPLE;

describe('sprintbook derive on the invoice-approval example', () => {
  async function derived() {
    const r = await run('derive', example, '--today', '2026-11-24');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout);
  }

  it('has exactly the documented top-level shape', async () => {
    const d = await derived();
    expect(Object.keys(d)).toEqual(['tiers', 'scorecard', 'schedule', 'readiness', 'problems']);
    expect(Object.keys(d.tiers[0])).toEqual(['decisionId', 'suggested', 'reasons', 'adopted', 'mode', 'missingControls']);
    expect(Object.keys(d.scorecard[0])).toEqual(['metricId', 'latest', 'changePct', 'status', 'killTriggered', 'limits', 'signal', 'baselineGrade']);
    expect(Object.keys(d.schedule)).toEqual(['items', 'totalWeeks', 'problems']);
    expect(Object.keys(d.schedule.items[0])).toEqual(['itemId', 'startWeek', 'endWeek', 'critical', 'slackWeeks', 'blocked', 'startDate', 'endDate']);
    expect(Object.keys(d.readiness)).toEqual(['ready', 'verdict', 'gaps']);
  });

  it('suggests medium for the customer-facing reply the team adopted as low', async () => {
    const remind = (await derived()).tiers.find((t: any) => t.decisionId === 'd-remind');
    expect(remind).toMatchObject({ suggested: 'medium', adopted: 'low', mode: 'auto-execute', missingControls: [] });
  });

  it('lifts the purchase-order match to medium for its financial exposure', async () => {
    const match = (await derived()).tiers.find((t: any) => t.decisionId === 'd-match');
    expect(match.suggested).toBe('medium');
    expect(match.reasons.join(' ')).toContain('2500');
  });

  it('scores the coding error rate red but not yet triggered, because the breach predates its evaluation date', async () => {
    const scores = (await derived()).scorecard;
    expect(scores.map((s: any) => [s.metricId, s.status, s.killTriggered])).toEqual([
      ['m-touch', 'amber', false], ['m-error', 'red', false], ['m-rework', 'no-data', false],
      ['m-cost', 'no-data', false], ['m-ontime', 'amber', false],
    ]);
    expect(scores[0].latest).toBe(6.4);
    expect(scores[0].changePct).toBeCloseTo(-41.818, 3);
    expect(scores[2].changePct).toBeNull();
  });

  it('schedules the roadmap over 17 weeks with the critical path through logging, threshold, rollout and entities', async () => {
    const { schedule } = await derived();
    expect(schedule.totalWeeks).toBe(17);
    expect(schedule.problems).toEqual([]);
    const byId = Object.fromEntries(schedule.items.map((i: any) => [i.itemId, i]));
    expect(byId['r-logging']).toEqual({
      itemId: 'r-logging', startWeek: 0, endWeek: 3, critical: true, slackWeeks: 0, blocked: false, startDate: '2026-10-19', endDate: '2026-11-08',
    });
    // The sampling review may start as late as week 4 and still end before the rollout's gate opens at week 5.
    expect(byId['r-sampling']).toMatchObject({ startWeek: 3, endWeek: 4, critical: false, slackWeeks: 1 });
    expect(byId['r-review']).toMatchObject({ startWeek: 16, endWeek: 17, critical: true, startDate: '2027-02-08', endDate: '2027-02-14' });
    expect(schedule.items.filter((i: any) => i.critical).map((i: any) => i.itemId)).toEqual(
      ['r-logging', 'r-threshold', 'r-extract-live', 'r-coding-live', 'r-entities', 'r-review']);
  });

  it('is not ready: the extraction step shows no output and rework has no kill criterion', async () => {
    const { readiness, problems } = await derived();
    expect(problems).toEqual([]);
    expect(readiness).toMatchObject({ ready: false, verdict: 'not-ready' });
    expect(readiness.gaps.map((g: any) => [g.question, g.severity, g.path])).toEqual([
      ['workflow', 'blocker', '/workflow/nodes/3'], ['baselines', 'warning', '/metrics/1/kill'], ['baselines', 'blocker', '/metrics/2/kill'],
    ]);
  });

  it('has too few observations in any baseline period for natural process limits, so no signal either', async () => {
    const { scorecard } = await derived();
    expect(scorecard.map((s: any) => [s.metricId, s.limits, s.signal, s.baselineGrade])).toEqual([
      ['m-touch', null, null, 'B'], ['m-error', null, null, 'B'], ['m-rework', null, null, 'C'],
      ['m-cost', null, null, 'B'], ['m-ontime', null, null, 'C'],
    ]);
  });

  it('refuses a --today that is not a date', async () => {
    const r = await run('derive', example, '--today', 'tomorrow');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today must be a date YYYY-MM-DD');
  });
});

/** The example, changed by `edit`, written to a temporary file. */
async function variant(edit: (doc: any) => void): Promise<string> {
  const doc = JSON.parse(await readFile(example, 'utf8'));
  edit(doc);
  const path = join(await mkdtemp(join(tmpdir(), 'sprintbook-variant-')), 'variant.sprintbook');
  await writeFile(path, JSON.stringify(doc));
  return path;
}

describe('sprintbook readiness', () => {
  it('answers the four questions for a person, verdict first, and exits 3 when not ready', async () => {
    const r = await run('readiness', example);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n')[0]).toBe(
      'Not ready to scale: "Accounts payable — invoice approval AI, scale-up sprint" (2 blockers, 1 warning). If you can\'t name them, you\'re not ready to scale.');
    expect(r.stdout).toContain('1. Workflow integration: 1 blocker');
    expect(r.stdout).toContain('2. Risk tiers and controls: answered');
    expect(r.stdout).toContain('(/metrics/2/kill)');
  });

  it('prints the readiness JSON with --json, the verdict included', async () => {
    const r = await run('readiness', example, '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ ready: false, verdict: 'not-ready' });
  });

  it('says stop and redesign first, names the metric and the items it blocks, and exits 4 when a kill criterion is triggered', async () => {
    // The error-rate breach of 2026-11-30 counts once the criterion is evaluated from November.
    const path = await variant((doc) => { doc.metrics[1].kill.evaluateOn = '2026-11-01'; });
    const r = await run('readiness', path);
    expect(r.code).toBe(4);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Stop and redesign: "Accounts payable — invoice approval AI, scale-up sprint" has a triggered kill criterion \(3 blockers, 0 warnings\)\.$/);
    expect(r.stdout).toContain('✗ "Coding error rate": 4.4 % on 2026-11-30 breaches the threshold 4 % (evaluated from 2026-11-01).');
    expect(r.stdout).toContain('Action: Return coding to clerks.');
    expect(r.stdout).toContain('Blocks: "Coding proposals with clerk confirmation", "Extend to the two other legal entities"; waiting on them: "Quarterly governance review".');
    const json = await run('readiness', path, '--json');
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stdout).verdict).toBe('stop');
  });

  it('exits 0 for a ready workbook', async () => {
    const path = await variant((doc) => {
      doc.workflow.edges.push({ id: 'e-out', from: 'n-extract', to: 'n-match', kind: 'handoff' });
      doc.metrics[2].kill = { threshold: 2.5 };
    });
    const r = await run('readiness', path);
    expect(r.stdout.split('\n')[0]).toBe('Ready to scale: "Accounts payable — invoice approval AI, scale-up sprint" (1 warning).');
    expect(r.code).toBe(0);
  });

  it('exits 1 for a refused file', async () => {
    expect((await run('readiness', fileURLToPath(import.meta.url))).code).toBe(1);
  });
});
