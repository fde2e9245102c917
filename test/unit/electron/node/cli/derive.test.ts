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
    expect(Object.keys(d.scorecard[0])).toEqual(['metricId', 'latest', 'changePct', 'status', 'killTriggered']);
    expect(Object.keys(d.schedule.items[0])).toEqual(['itemId', 'startWeek', 'endWeek', 'critical', 'blocked', 'startDate', 'endDate']);
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
    expect(byId['r-logging']).toEqual({ itemId: 'r-logging', startWeek: 0, endWeek: 3, critical: true, blocked: false, startDate: '2026-10-19', endDate: '2026-11-08' });
    expect(byId['r-sampling']).toMatchObject({ startWeek: 3, endWeek: 4, critical: false });
    expect(byId['r-review']).toMatchObject({ startWeek: 16, endWeek: 17, critical: true, startDate: '2027-02-08', endDate: '2027-02-14' });
    expect(schedule.items.filter((i: any) => i.critical).map((i: any) => i.itemId)).toEqual(
      ['r-logging', 'r-threshold', 'r-extract-live', 'r-coding-live', 'r-entities', 'r-review']);
  });

  it('is not ready: the extraction step shows no output and rework has no kill criterion', async () => {
    const { readiness, problems } = await derived();
    expect(problems).toEqual([]);
    expect(readiness.ready).toBe(false);
    expect(readiness.gaps.map((g: any) => [g.question, g.severity, g.path])).toEqual([
      ['workflow', 'blocker', '/workflow/nodes/3'], ['baselines', 'blocker', '/metrics/2/kill'],
    ]);
  });

  it('refuses a --today that is not a date', async () => {
    const r = await run('derive', example, '--today', 'tomorrow');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today must be a date YYYY-MM-DD');
  });
});

describe('sprintbook readiness', () => {
  it('answers the four questions for a person and exits 3 when not ready', async () => {
    const r = await run('readiness', example);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Not ready to scale: 2 blockers, 0 warnings.');
    expect(r.stdout).toContain('1. Workflow integration: 1 blocker');
    expect(r.stdout).toContain('2. Risk tiers and controls: answered');
    expect(r.stdout).toContain('(/metrics/2/kill)');
  });

  it('prints the readiness JSON with --json', async () => {
    const r = await run('readiness', example, '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).ready).toBe(false);
  });

  it('exits 0 for a ready workbook', async () => {
    const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const doc = JSON.parse(await readFile(example, 'utf8'));
    doc.workflow.edges.push({ id: 'e-out', from: 'n-extract', to: 'n-match', kind: 'handoff' });
    doc.metrics[2].kill = { threshold: 2.5 };
    const path = join(await mkdtemp(join(tmpdir(), 'sprintbook-ready-')), 'ready.sprintbook');
    await writeFile(path, JSON.stringify(doc));
    const r = await run('readiness', path);
    expect(r.stdout).toContain('Ready to scale');
    expect(r.code).toBe(0);
  });

  it('exits 1 for a refused file', async () => {
    expect((await run('readiness', fileURLToPath(import.meta.url))).code).toBe(1);
  });
});
