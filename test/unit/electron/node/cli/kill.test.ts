/**
 * SIGKILL at random moments during `sprintbook migrate` and `sprintbook export` never leaves a
 * truncated file, a truncated `.bak`, or a temporary that the next run does not remove. A few
 * trials per command here, to keep the suite quick; `npm run bench -- kill` runs 50 of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, describeReport, type BundledCli } from './kill-harness';
import { exportTrials, migrateTrials } from './kill-scenarios';

const SEED = 20250301;
const MIGRATE_TRIALS = 10;
const EXPORT_TRIALS = 5;

describe('killing the command line while it writes', () => {
  let cli: BundledCli;
  beforeAll(async () => {
    cli = await bundleCli();
  });
  afterAll(() => cli?.remove());

  it('migrate leaves the old or the new workbook, a whole .bak, and no temporary after the next run', async () => {
    const report = await migrateTrials(cli, MIGRATE_TRIALS, SEED);
    console.log(describeReport(report));
    expect(report.violations).toEqual([]);
    expect(Object.values(report.outcomes).reduce((a, b) => a + b, 0)).toBe(MIGRATE_TRIALS);
  }, 120_000);

  it('export leaves each document old or new, never cut short, and no temporary after the next run', async () => {
    const report = await exportTrials(cli, EXPORT_TRIALS, SEED + 1);
    console.log(describeReport(report));
    expect(report.violations).toEqual([]);
    expect(Object.values(report.outcomes).reduce((a, b) => a + b, 0)).toBe(EXPORT_TRIALS);
  }, 120_000);
});
