import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const example = INVOICE_EXAMPLE;

function sprintbook(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/node/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('the sprintbook process', () => {
  it('exits with the command exit code and prints to the right stream', () => {
    const ok = sprintbook('validate', example);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('opens');
    const notReady = sprintbook('readiness', example);
    expect(notReady.status).toBe(3);
    const usage = sprintbook('validate');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('missing FILE');
    expect(usage.stderr).not.toContain('    at ');
  });
});
