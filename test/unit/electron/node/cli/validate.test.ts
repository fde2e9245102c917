import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';

const example = INVOICE_EXAMPLE;

async function fileWith(content: string) {
  const dir = await mkdtemp(join(tmpdir(), 'sprintbook-cli-'));
  const path = join(dir, 'w.sprintbook');
  await writeFile(path, content);
  return path;
}

describe('sprintbook validate', () => {
  it('exits 0 with a one-line summary for a workbook that opens', async () => {
    const r = await run('validate', example);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/opens\. "Accounts payable — invoice approval AI, scale-up sprint": 7 people, 13 nodes, 17 connectors, 6 decisions, 5 metrics, 8 roadmap items; 0 problems\.$/);
  });

  it('lists one problem per line with its pointer and still exits 0', async () => {
    const doc = JSON.parse(await (await import('node:fs/promises')).readFile(example, 'utf8'));
    doc.workflow.edges[0].to = 'n-gone';
    const r = await run('validate', await fileWith(JSON.stringify(doc)));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(1)).toEqual(['  /workflow/edges/0/to: Connector "e-1" refers to node "n-gone", which does not exist.']);
  });

  it('exits 1 for a refused file, with each fault and its pointer on stderr', async () => {
    const r = await run('validate', await fileWith('{"format":"sprintbook","schemaVersion":1,"title":3}'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('refused');
    expect(r.stderr).toContain('/title: "title" must be a string, not the number 3');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says a newer Sprintbook made the file', async () => {
    const r = await run('validate', await fileWith('{"format":"sprintbook","schemaVersion":99}'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('made by a newer Sprintbook');
  });

  it('exits 2 on a usage error: no file, an unknown option, an unknown command, a missing file', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', example, '--loud')).stderr).toContain('unknown option --loud');
    expect((await run('frobnicate')).code).toBe(2);
    const missing = await run('validate', '/nonexistent/w.sprintbook');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('prints its usage for help', async () => {
    const r = await run('help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: sprintbook <command> FILE');
  });

  it('prints a command’s own usage for --help or -h after the command, and does nothing else', async () => {
    const exp = await run('export', '--help');
    expect(exp.code).toBe(0);
    expect(exp.stdout.split('\n')[0]).toBe('Usage: sprintbook export FILE [--doc D] [--format F] [--out DIR] [--page a4|letter] [--today DATE]');
    expect(exp.stdout).toContain('D: governance, scorecard, roadmap, report or all (default all);');
    expect(exp.stdout).not.toContain('validate FILE');
    const val = await run('validate', example, '-h');
    expect(val.stdout).toBe('Usage: sprintbook validate FILE\n  Does the workbook open? A summary, then one problem per line.\n  Exit 0 when it opens, 1 when it is refused, 2 on a usage error.');
    expect(val.code).toBe(0);
  });

  it('takes --help after -- as an argument, not a request for help', async () => {
    const r = await run('validate', '--', '--help');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
  });
});
