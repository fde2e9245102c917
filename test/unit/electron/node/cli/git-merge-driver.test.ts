/**
 * `sprintbook merge` as git's merge driver, in a real temporary repository: the setup the
 * README shows (`.gitattributes` and `merge.sprintbook.driver`), with the command line bundled
 * once and run by plain `node`. The machine's and the user's git configuration are kept out
 * (GIT_CONFIG_NOSYSTEM, HOME in the temporary folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../../shared/format';
import type { Workbook } from '../../../../../shared/model';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';
import { bundleCli, type BundledCli } from './kill-harness';

const FILE = 'invoice.sprintbook';

let cli: BundledCli;
let home: string;
let repo: string;
let example: Workbook;

function git(...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0', GIT_MERGE_AUTOEDIT: 'no',
  };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_CONFIG_GLOBAL;
  const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

function ok(...args: string[]): string {
  const r = git(...args);
  if (r.code !== 0) expect.fail(`git ${args.join(' ')} exited ${r.code}: ${r.output}`);
  return r.output;
}

function load(text: string): Workbook {
  const r = loadWorkbook(text);
  if (!r.ok) return expect.fail(`the file does not open: ${r.refusal.reason}`);
  return r.workbook;
}

/** Commits the workbook on the current branch, written canonically as the app and the CLI write it. */
async function commit(w: Workbook, message: string): Promise<void> {
  await writeFile(join(repo, FILE), serializeWorkbook(w));
  ok('add', FILE);
  ok('commit', '-q', '-m', message);
}

async function current(): Promise<Workbook> {
  return load(await readFile(join(repo, FILE), 'utf8'));
}

function withDecision(w: Workbook, id: string, patch: Partial<Workbook['decisions'][number]>): Workbook {
  return { ...w, decisions: w.decisions.map((d) => (d.id === id ? { ...d, ...patch } : d)) };
}

beforeAll(async () => {
  cli = await bundleCli();
  home = await mkdtemp(join(tmpdir(), 'sprintbook-git-'));
  repo = join(home, 'repo');
  example = load(await readFile(INVOICE_EXAMPLE, 'utf8'));
  spawnSync('git', ['init', '-q', '-b', 'main', repo], { env: { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1' } });
  ok('config', 'user.name', 'Test Facilitator');
  ok('config', 'user.email', 'facilitator@example.com');
  // The two lines of the README's setup, with the installed command replaced by the bundle.
  ok('config', 'merge.sprintbook.name', 'Sprintbook three-way merge by record');
  ok('config', 'merge.sprintbook.driver', `"${process.execPath}" "${cli.script}" merge %O %A %B`);
  await writeFile(join(repo, '.gitattributes'), '*.sprintbook merge=sprintbook\n');
  ok('add', '.gitattributes');
  await commit(example, 'The workbook after the sprint');
}, 60_000);

afterAll(async () => {
  await cli?.remove();
  if (home) await rm(home, { recursive: true, force: true });
});

describe('sprintbook merge as a git merge driver', () => {
  it('merges two branches that edited different decisions: git merge exits 0 and the file holds both edits, canonically', async () => {
    ok('checkout', '-q', '-b', 'coding', 'main');
    await commit(withDecision(example, 'd-coding', { title: 'Suggest the ledger account' }), 'Rename the coding decision');
    ok('checkout', '-q', 'main');
    await commit(withDecision(example, 'd-extract', { title: 'Read the invoice' }), 'Rename the extraction decision');

    const merge = git('merge', '--no-edit', 'coding');
    expect(merge.code, merge.output).toBe(0);
    expect(merge.output).toContain('Merged into');
    const text = await readFile(join(repo, FILE), 'utf8');
    const merged = load(text);
    expect(text).toBe(serializeWorkbook(merged));
    expect(merged.decisions.find((d) => d.id === 'd-extract')!.title).toBe('Read the invoice');
    expect(merged.decisions.find((d) => d.id === 'd-coding')!.title).toBe('Suggest the ledger account');
    expect(ok('status', '--porcelain')).toBe('');
  }, 60_000);

  it('stops with a conflict when both branches changed the same tier, leaving ours in the work tree and printing the conflict', async () => {
    const start = await current();
    ok('checkout', '-q', '-b', 'cautious', 'main');
    await commit(withDecision(start, 'd-match', { tier: 'high', tierReason: 'Payments leave the company' }), 'Match is high risk');
    ok('checkout', '-q', 'main');
    const ours = withDecision(start, 'd-match', { tier: 'low', tierReason: 'A clerk checks every match' });
    await commit(ours, 'Match is low risk');

    const merge = git('merge', '--no-edit', 'cautious');
    expect(merge.code).not.toBe(0);
    expect(merge.output).toContain('Not merged: 1 conflict');
    expect(merge.output).toContain('tier and its reason: changed on both sides. Base: tier "medium". '
      + 'Ours: tier "low"; reason for the tier "A clerk checks every match". Theirs: tier "high"; reason for the tier "Payments leave the company".');
    expect(merge.output).toContain(`CONFLICT (content): Merge conflict in ${FILE}`);
    expect(await readFile(join(repo, FILE), 'utf8')).toBe(serializeWorkbook(ours));
    expect(ok('diff', '--name-only', '--diff-filter=U')).toBe(`${FILE}\n`);
    ok('merge', '--abort');
  }, 60_000);

  it('merges a file both branches added (git gives an empty base) when one only added records to the same workbook', async () => {
    const added = 'copy.sprintbook';
    ok('checkout', '-q', '-b', 'copy-theirs', 'main');
    await writeFile(join(repo, added), serializeWorkbook({ ...example, people: [...example.people, { id: 'p-new', name: 'New Reviewer' }] }));
    ok('add', added);
    ok('commit', '-q', '-m', 'Add a copy with a reviewer');
    ok('checkout', '-q', 'main');
    await writeFile(join(repo, added), serializeWorkbook(example));
    ok('add', added);
    ok('commit', '-q', '-m', 'Add a copy');

    const merge = git('merge', '--no-edit', 'copy-theirs');
    expect(merge.code, merge.output).toBe(0);
    expect(merge.output).toContain('is empty: there is no common version');
    expect(load(await readFile(join(repo, added), 'utf8')).people.map((p) => p.id)).toContain('p-new');
  }, 60_000);
});
