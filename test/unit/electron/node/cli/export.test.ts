import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';

const example = INVOICE_EXAMPLE;
const outDir = () => mkdtemp(join(tmpdir(), 'sprintbook-export-'));

/** The first page's MediaBox of a PDF: [0 0 width height]. */
function mediaBox(pdf: Buffer): number[] {
  const m = /\/MediaBox \[([^\]]+)\]/.exec(pdf.toString('latin1'));
  return m ? m[1]!.trim().split(/\s+/).map(Number) : [];
}

describe('sprintbook export', () => {
  it('writes all four documents in both formats and prints their paths', async () => {
    const out = await outDir();
    const r = await run('export', example, '--out', out, '--today', '2026-11-24');
    expect(r.code).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toEqual(['governance', 'report', 'roadmap', 'scorecard'].flatMap((d) =>
      [`accounts-payable-invoice-approval-ai-scale-up-sprint-${d}.docx`, `accounts-payable-invoice-approval-ai-scale-up-sprint-${d}.pdf`]));
    expect(r.stdout.split('\n').sort()).toEqual(names.map((n) => join(out, n)));
    const pdf = await readFile(join(out, names[1]!));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await readFile(join(out, names[0]!));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('writes one document in one format, on US Letter when asked', async () => {
    const out = await outDir();
    const r = await run('export', example, '--doc', 'roadmap', '--format', 'pdf', '--page', 'letter', '--out', out, '--today', '2026-11-24');
    expect(r.code).toBe(0);
    const names = await readdir(out);
    expect(names).toEqual(['accounts-payable-invoice-approval-ai-scale-up-sprint-roadmap.pdf']);
    expect(mediaBox(await readFile(join(out, names[0]!)))).toEqual([0, 0, 612, 792]);
  });

  it('uses A4 for a German workbook by default', async () => {
    const out = await outDir();
    await run('export', example, '--doc', 'scorecard', '--format', 'pdf', '--out', out, '--today', '2026-11-24');
    const [w, h] = mediaBox(await readFile(join(out, (await readdir(out))[0]!))).slice(2);
    expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
  });

  it('gives the same bytes twice for a fixed --today', async () => {
    const [a, b] = [await outDir(), await outDir()];
    await run('export', example, '--doc', 'governance', '--out', a, '--today', '2026-11-24');
    await run('export', example, '--doc', 'governance', '--out', b, '--today', '2026-11-24');
    for (const name of await readdir(a)) expect((await readFile(join(a, name))).equals(await readFile(join(b, name)))).toBe(true);
  });

  it('refuses a bad file with exit 1 and writes nothing', async () => {
    const out = await outDir();
    const bad = join(out, 'bad.sprintbook');
    await writeFile(bad, '{"format":"sprintbook","schemaVersion":3}');
    const r = await run('export', bad, '--out', join(out, 'docs'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('made by a newer Sprintbook');
    expect(await readdir(out)).toEqual(['bad.sprintbook']);
  });

  it('writes every document when a character has no font, and says on stderr which text it is in, one line each', async () => {
    const out = await outDir();
    const file = join(out, 'odd.sprintbook');
    const w = JSON.parse(await readFile(example, 'utf8')) as { pilot: { name: string }; title: string };
    w.pilot.name = `Rechnungs\uE000prüfung`;
    w.title = `${w.title} \uE001`;
    await writeFile(file, JSON.stringify(w));
    const r = await run('export', file, '--doc', 'governance', '--out', join(out, 'docs'), '--today', '2026-11-24');
    expect(r.code).toBe(0);
    expect((await readdir(join(out, 'docs'))).length).toBe(2);
    const lines = r.stderr.split('\n');
    const pilot = lines.filter((l) => l.includes('U+E000'));
    expect(pilot.length).toBeGreaterThan(0);
    for (const l of pilot) expect(l).toMatch(/^sprintbook export: no font has U\+E000 \uE000; shown as a box in .*governance\.(docx|pdf).*: “.*Rechnungs\uE000prüfung.*”$/);
    expect(lines.some((l) => l.includes('U+E001'))).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('is a usage error to ask for an unknown document or format', async () => {
    expect((await run('export', example, '--doc', 'memo')).stderr).toContain('--doc must be one of governance, scorecard, roadmap, report, all');
    expect((await run('export', example, '--format', 'odt')).code).toBe(2);
  });
});
