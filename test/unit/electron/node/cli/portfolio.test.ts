import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';
import { run } from './run';

const STARTER = new URL('../../../../../templates/starters/support-triage.sprintbook', import.meta.url);
const LONG_TITLE = 'A workbook whose title goes on and on well past the width of its column in the table';

let dir: string;
let example: any;
const itemTitle = (id: string): string => example.roadmap.find((r: any) => r.id === id).title;

async function put(path: string, content: string | object): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
}

function variant(edit: (doc: any) => void): any {
  const doc = structuredClone(example);
  edit(doc);
  return doc;
}

/**
 * A folder of sprints: the example (not ready), a starter that is ready, one stopped by a kill
 * criterion, one without a sprint start date, a refused file, a broken link, and workbooks in
 * places a portfolio skips or must not loop through.
 */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sprintbook-portfolio-'));
  example = JSON.parse(await readFile(INVOICE_EXAMPLE, 'utf8'));
  await put('clients/nordlicht/invoice.sprintbook', example);
  await put('clients/brightline/deep/triage.sprintbook', await readFile(STARTER, 'utf8'));
  await put('stopped.sprintbook', variant((d) => { d.metrics[1].kill.evaluateOn = '2026-11-01'; d.title = LONG_TITLE; }));
  await put('undated.sprintbook', variant((d) => { delete d.sprint.startDate; delete d.organization; }));
  await put('broken.sprintbook', '{"format": "sprintbook", ');
  await put('node_modules/pkg/ignored.sprintbook', example);
  await put('.git/ignored.sprintbook', example);
  await put('notes.txt', 'not a workbook');
  await symlink(dir, join(dir, 'clients', 'loop'));
  await symlink(join(dir, 'missing.sprintbook'), join(dir, 'gone.sprintbook'));
});

async function rows(...args: string[]): Promise<any[]> {
  const r = await run('portfolio', dir, '--json', ...args);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('sprintbook portfolio --json', () => {
  it('lists every workbook under the folder once, sorted by path, skipping node_modules and dot-folders and never looping through a link', async () => {
    expect((await rows('--today', '2026-10-20')).map((r) => r.path)).toEqual([
      'broken.sprintbook', 'clients/brightline/deep/triage.sprintbook', 'clients/nordlicht/invoice.sprintbook',
      'gone.sprintbook', 'stopped.sprintbook', 'undated.sprintbook',
    ]);
  });

  it('gives every row the same keys in the same order', async () => {
    for (const row of await rows('--today', '2026-10-20')) {
      expect(Object.keys(row)).toEqual(['path', 'title', 'organization', 'verdict', 'refusal', 'blockers', 'killsTriggered', 'nextGate', 'updatedAt']);
    }
  });

  it('gives the verdict, the blockers per question, the next gate and the last change of an open workbook', async () => {
    const invoice = (await rows('--today', '2026-10-20')).find((r) => r.path.endsWith('invoice.sprintbook'));
    expect(invoice).toEqual({
      path: 'clients/nordlicht/invoice.sprintbook', title: example.title, organization: 'Nordlicht Logistik GmbH',
      verdict: 'not-ready', refusal: null, blockers: { workflow: 1, tiers: 0, baselines: 1, owners: 0 }, killsTriggered: [],
      nextGate: { itemId: 'r-extract-live', title: itemTitle('r-extract-live'), startWeek: 5, startDate: '2026-11-23', blocked: false },
      updatedAt: example.updatedAt,
    });
  });

  it('names the triggered kill criteria of a stopped workbook and marks a next gate it blocks', async () => {
    const stopped = (await rows('--today', '2026-11-24')).find((r) => r.path === 'stopped.sprintbook');
    expect(stopped).toMatchObject({ verdict: 'stop', killsTriggered: ['Coding error rate'] });
    expect(stopped.nextGate).toMatchObject({ itemId: 'r-coding-live', startDate: '2026-12-07', blocked: true });
  });

  it('takes as the next gate the first gated item not started by --today: one starting that day counts, none once all have started', async () => {
    const gateOn = async (today: string) => (await rows('--today', today)).find((r) => r.path.endsWith('invoice.sprintbook')).nextGate?.itemId ?? null;
    expect(await gateOn('2026-11-23')).toBe('r-extract-live');
    expect(await gateOn('2026-11-24')).toBe('r-coding-live');
    expect(await gateOn('2026-12-08')).toBe('r-entities');
    expect(await gateOn('2026-12-29')).toBeNull();
  });

  it('without a sprint start date, takes the first gate by week, with no date, whatever the day', async () => {
    for (const today of ['2020-01-01', '2030-01-01']) {
      const undated = (await rows('--today', today)).find((r) => r.path === 'undated.sprintbook');
      expect(undated.nextGate).toEqual({ itemId: 'r-extract-live', title: itemTitle('r-extract-live'), startWeek: 5, startDate: null, blocked: false });
      expect(undated.organization).toBeNull();
    }
  });

  it('lists a refused file and a broken link with their reasons instead of skipping them', async () => {
    const all = await rows('--today', '2026-10-20');
    const broken = all.find((r) => r.path === 'broken.sprintbook');
    expect(broken).toMatchObject({ verdict: 'refused', title: null, blockers: null, killsTriggered: [], nextGate: null, updatedAt: null });
    expect(broken.refusal.reason).toMatch(/not valid JSON/);
    expect(all.find((r) => r.path === 'gone.sprintbook').refusal).toEqual({ reason: 'cannot be read: no such file', faults: [] });
  });
});

describe('sprintbook portfolio as a table', () => {
  it('aligns its columns, cuts long titles with an ellipsis, gives refused files their reason, and sums up', async () => {
    const r = await run('portfolio', dir, '--today', '2026-11-24');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines[0]!;
    expect(header).toMatch(/^FILE +TITLE +ORGANIZATION +VERDICT +BLOCKERS +KILL CRITERIA +NEXT GATE +LAST CHANGE$/);
    const verdictAt = header.indexOf('VERDICT');
    const table = lines.slice(1, 7);
    for (const line of table) expect(line.slice(verdictAt).split(' ')[0]).toMatch(/^(ready|not|stop|refused)$/);
    const stopped = table.find((l) => l.startsWith('stopped.sprintbook'))!;
    const cut = (text: string, n: number) => `${[...text].slice(0, n - 1).join('')}…`;
    expect(stopped).toContain(`  ${cut(LONG_TITLE, 40)}  `);
    expect(stopped).not.toContain(LONG_TITLE);
    expect(stopped.slice(verdictAt)).toMatch(new RegExp(`^stop +1/0/2/0 +Coding error rate +${cut(itemTitle('r-coding-live'), 32)} \\(2026-12-07, blocked\\) +${example.updatedAt.slice(0, 10)}$`));
    expect(table.find((l) => l.startsWith('broken.sprintbook'))).toMatch(/refused +This is not a Sprintbook workbook: the file is not valid JSON/);
    expect(table.find((l) => l.startsWith('undated.sprintbook'))).toContain('(week 5)');
    expect(lines.slice(7)).toEqual([
      '',
      '6 workbooks: 1 ready, 2 not ready, 1 stop, 2 refused. Blockers per question: workflow/tiers/baselines/owners.',
      'Next gate: the first gated roadmap item not started by 2026-11-24 (by week when the sprint has no start date).',
    ]);
  });

  it('says so when the folder holds no workbook', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'sprintbook-portfolio-empty-'));
    const r = await run('portfolio', empty);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`No workbook (*.sprintbook) in ${empty}.`);
    expect((await run('portfolio', empty, '--json')).stdout).toBe('[]');
  });
});

describe('sprintbook portfolio usage', () => {
  it('exits 2 for a folder it cannot read, a file instead of a folder, no folder, or a --today that is not a date', async () => {
    const missing = await run('portfolio', join(dir, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere: no such file');
    const file = await run('portfolio', join(dir, 'notes.txt'));
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('notes.txt: is a file, not a folder');
    expect((await run('portfolio')).stderr).toContain('missing DIR');
    expect((await run('portfolio', dir, '--today', 'soon')).stderr).toContain('--today must be a date YYYY-MM-DD, not "soon"');
  });

  it('is listed in the usage text', async () => {
    expect((await run('help')).stdout).toContain('portfolio DIR [--json] [--today DATE]');
  });
});
