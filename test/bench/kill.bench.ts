/**
 * Issue 10: SIGKILL at random moments during `sprintbook migrate` and `sprintbook export`, 50
 * trials each (test/unit/electron/node/cli/kill.test.ts runs a few of the same). Prints where the
 * kills landed; a truncated file, a truncated `.bak` or a temporary the next run left is printed
 * as a violation and fails the run.
 */
import { bundleCli, describeReport } from '../unit/electron/node/cli/kill-harness';
import { exportTrials, migrateTrials } from '../unit/electron/node/cli/kill-scenarios';

const TRIALS = 50;
const SEED = 1010;

export async function runKillBench(): Promise<void> {
  const cli = await bundleCli();
  try {
    console.log(`\nKill trials — the bundled CLI on plain node, SIGKILL at seeded random moments`);
    for (const trials of [() => migrateTrials(cli, TRIALS, SEED), () => exportTrials(cli, TRIALS, SEED + 1)]) {
      const report = await trials();
      console.log(`  ${describeReport(report)}`);
      for (const v of report.violations) console.log(`    VIOLATION ${v}`);
      if (report.violations.length > 0) process.exitCode = 1;
    }
  } finally {
    await cli.remove();
  }
}
