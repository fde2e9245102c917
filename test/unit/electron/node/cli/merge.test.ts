import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../../shared/format';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';
import { run } from './run';

let dir: string;
let example: any;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sprintbook-merge-'));
  example = JSON.parse(await readFile(INVOICE_EXAMPLE, 'utf8'));
});

/** The example changed by `edit`, written (not canonically) as `name`. */
async function version(name: string, edit: (doc: any) => void = () => {}): Promise<string> {
  const doc = structuredClone(example);
  edit(doc);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(doc));
  return path;
}

const decision = (doc: any, id: string) => doc.decisions.find((d: any) => d.id === id);

describe('sprintbook merge', () => {
  it('combines edits to different decisions into OURS, canonically, and leaves BASE and THEIRS alone', async () => {
    const base = await version('base.sprintbook');
    const ours = await version('ours.sprintbook', (d) => { decision(d, 'd-extract').title = 'Read the invoice'; });
    const theirs = await version('theirs.sprintbook', (d) => { decision(d, 'd-coding').title = 'Suggest the ledger account'; });
    const theirsBefore = await readFile(theirs, 'utf8');
    const r = await run('merge', base, ours, theirs);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Merged into ${ours}: from theirs, 1 record changed.`);
    const text = await readFile(ours, 'utf8');
    const loaded = loadWorkbook(text);
    if (!loaded.ok) return expect.fail(loaded.refusal.reason);
    expect(text).toBe(serializeWorkbook(loaded.workbook));
    expect(loaded.workbook.decisions.map((d) => d.title)).toContain('Read the invoice');
    expect(loaded.workbook.decisions.map((d) => d.title)).toContain('Suggest the ledger account');
    expect(await readFile(theirs, 'utf8')).toBe(theirsBefore);
    expect(await readFile(base, 'utf8')).toBe(JSON.stringify(example));
  });

  it('writes to --out and leaves OURS as it was', async () => {
    const base = await version('base.sprintbook');
    const ours = await version('ours.sprintbook', (d) => { decision(d, 'd-extract').title = 'Read the invoice'; });
    const theirs = await version('theirs.sprintbook', (d) => { d.organization = 'Nordlicht AG'; });
    const oursBefore = await readFile(ours, 'utf8');
    const out = join(dir, 'merged.sprintbook');
    expect((await run('merge', base, ours, theirs, '--out', out)).code).toBe(0);
    expect(await readFile(ours, 'utf8')).toBe(oursBefore);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ organization: 'Nordlicht AG' });
  });

  it('stops with exit 5 when the same tier was changed both ways, prints base, ours and theirs, and writes nothing', async () => {
    const base = await version('base.sprintbook');
    const ours = await version('ours.sprintbook', (d) => { Object.assign(decision(d, 'd-match'), { tier: 'high', tierReason: 'Payments leave the company' }); });
    const theirs = await version('theirs.sprintbook', (d) => { Object.assign(decision(d, 'd-match'), { tier: 'low', tierReason: 'A clerk checks every match' }); });
    const oursBefore = await readFile(ours, 'utf8');
    const out = join(dir, 'merged.sprintbook');
    const r = await run('merge', base, ours, theirs, '--out', out);
    expect(r.code).toBe(5);
    expect(r.stdout.split('\n')[0]).toBe(`Not merged: 1 conflict between ${ours} (ours) and ${theirs} (theirs); ${out} is left as it was. Each needs a person to decide:`);
    expect(r.stdout).toContain('1. Decision "Decide whether the invoice matches its purchase order", tier and its reason: changed on both sides. '
      + 'Base: tier "medium". Ours: tier "high"; reason for the tier "Payments leave the company". Theirs: tier "low"; reason for the tier "A clerk checks every match".');
    expect(await readFile(ours, 'utf8')).toBe(oursBefore);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('prints the differing fields with both values for a record removed on one side and changed on the other', async () => {
    const base = await version('base.sprintbook');
    const ours = await version('ours.sprintbook', (d) => {
      d.decisions = d.decisions.filter((x: any) => x.id !== 'd-remind');
      d.raci = d.raci.filter((x: any) => x.subjectId !== 'd-remind');
      d.metrics.forEach((m: any) => { m.decisionIds = m.decisionIds.filter((id: string) => id !== 'd-remind'); });
      d.roadmap.forEach((x: any) => { x.decisionIds = x.decisionIds.filter((id: string) => id !== 'd-remind'); });
    });
    const theirs = await version('theirs.sprintbook', (d) => { decision(d, 'd-remind').onError = 'The clerk answers instead'; });
    const r = await run('merge', base, ours, theirs);
    expect(r.code).toBe(5);
    expect(r.stdout).toContain('Decision "Send a payment-status reply to the supplier" was removed in ours and changed in theirs');
    expect(r.stdout).toMatch(/ {3}onError: base (none|"[^"]*"); theirs "The clerk answers instead"\n {3}\(ours removed it\)/);
  });

  it('reports the problems a clean merge made, such as a reference to a person the other side removed', async () => {
    const base = await version('base.sprintbook', (d) => { d.people.push({ id: 'p-temp', name: 'Temp' }); });
    const ours = await version('ours.sprintbook');
    const theirs = await version('theirs.sprintbook', (d) => {
      d.people.push({ id: 'p-temp', name: 'Temp' });
      decision(d, 'd-remind').escalateToId = 'p-temp';
    });
    const r = await run('merge', base, ours, theirs);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The merge made 1 problem neither side had');
    expect(r.stdout).toMatch(/ {2}\/decisions\/5\/escalateToId: .*p-temp/);
  });

  describe('with an empty BASE (no common version, as git gives when both branches added the file)', () => {
    it('merges two copies that differ only where one side added records', async () => {
      const empty = join(dir, 'empty');
      await writeFile(empty, '');
      const ours = await version('ours.sprintbook');
      const theirs = await version('theirs.sprintbook', (d) => { d.people.push({ id: 'p-new', name: 'New Person' }); });
      const r = await run('merge', empty, ours, theirs);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${empty} is empty: there is no common version`);
      expect(JSON.parse(await readFile(ours, 'utf8')).people.map((p: any) => p.id)).toContain('p-new');
    });

    it('is a conflict for a record both have differently, listing each differing field with both values', async () => {
      const ours = await version('ours.sprintbook', (d) => { decision(d, 'd-extract').tier = 'medium'; });
      const theirs = await version('theirs.sprintbook');
      const r = await run('merge', '/dev/null', ours, theirs);
      expect(r.code).toBe(5);
      expect(r.stdout).toContain('Decision "Extract supplier, amounts and VAT from the invoice" was added on both sides with different content: they differ in tier');
      expect(r.stdout).toContain('   tier: ours "medium"; theirs "low"');
    });

    it('conflicts on the id when the two files are different workbooks', async () => {
      const ours = await version('ours.sprintbook');
      const theirs = await version('theirs.sprintbook', (d) => { d.id = 'wb-other'; });
      const r = await run('merge', '/dev/null', ours, theirs);
      expect(r.code).toBe(5);
      expect(r.stdout).toContain('workbook id: changed on both sides. Base: none. Ours: "wb-invoice-approval". Theirs: "wb-other".');
    });
  });

  it('exits 1 for a refused input, naming which one and why, and writes nothing', async () => {
    const base = await version('base.sprintbook');
    const ours = await version('ours.sprintbook');
    const theirs = join(dir, 'theirs.sprintbook');
    await writeFile(theirs, '{"format":"sprintbook","schemaVersion":99}');
    const oursBefore = await readFile(ours, 'utf8');
    const r = await run('merge', base, ours, theirs);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sprintbook merge: theirs ${theirs}: refused\\. .*made by a newer Sprintbook`));
    expect(await readFile(ours, 'utf8')).toBe(oursBefore);
  });

  it('exits 2 on a usage error or a BASE that does not exist, suggesting an empty file for no common version', async () => {
    const ours = await version('ours.sprintbook');
    const missing = await run('merge', join(dir, 'nope.sprintbook'), ours, ours);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read base: ');
    expect(missing.stderr).toContain('no such file (with no common version, give an empty file as BASE, such as /dev/null)');
    const short = await run('merge', ours, ours);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('sprintbook merge: missing BASE, OURS and THEIRS');
    expect((await run('merge', ours, ours, ours, '--force')).stderr).toContain('unknown option --force');
  });

  it('is listed in the usage text with its git driver form', async () => {
    const usage = (await run('help')).stdout;
    expect(usage).toContain('merge BASE OURS THEIRS [--out FILE]');
    expect(usage).toContain('merge %O %A %B');
  });
});
