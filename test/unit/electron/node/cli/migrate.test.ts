import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';

const example = INVOICE_EXAMPLE;

describe('sprintbook migrate', () => {
  it('rewrites a file canonically in place and keeps a backup of the original', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sprintbook-migrate-'));
    const path = join(dir, 'w.sprintbook');
    const original = JSON.stringify(JSON.parse(await readFile(example, 'utf8')));
    await writeFile(path, original);
    const r = await run('migrate', path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('already current; rewritten canonically');
    const rewritten = await readFile(path, 'utf8');
    expect(rewritten.split('\n')[1]).toBe('  "format": "sprintbook",');
    expect(JSON.parse(rewritten)).toEqual(JSON.parse(original));
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(original);
  });

  it('writes to --out and leaves the source alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sprintbook-migrate-'));
    const out = join(dir, 'out.sprintbook');
    const r = await run('migrate', example, '--out', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).id).toBe('wb-invoice-approval');
  });

  it('writes nothing for a refused file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sprintbook-migrate-'));
    const path = join(dir, 'bad.sprintbook');
    await writeFile(path, 'not json');
    const r = await run('migrate', path, '--out', join(dir, 'out.sprintbook'));
    expect(r.code).toBe(1);
    expect(await readFile(path, 'utf8')).toBe('not json');
    await expect(readFile(join(dir, 'out.sprintbook'))).rejects.toThrow();
  });
});
