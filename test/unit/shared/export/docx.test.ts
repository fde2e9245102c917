/** The DOCX renderer, checked by reading the package's XML. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/export/docx/index';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { LONG_TOKEN, NOW, TRICKY, smallReport, typesetterFor, RASTERIZER } from './fixtures';
import { part, unzipDocx, visibleText } from './helpers';
import { placeholderFigure, svgPlaceholderFigure } from '../../../../shared/export/docx/figurePlaceholders';

let typesetter: Typesetter;
let a4: Uint8Array;
let letter: Uint8Array;
let xml: string;

beforeAll(async () => {
  typesetter = await typesetterFor(smallReport('a4'));
  a4 = await renderDocx(smallReport('a4'), { now: NOW, typesetter , rasterizer: RASTERIZER });
  letter = await renderDocx(smallReport('letter'), { now: NOW, typesetter: await typesetterFor(smallReport('letter')) , rasterizer: RASTERIZER });
  xml = part(a4, 'word/document.xml');
});

/** Paragraph XML whose style is `style`. */
function paragraphsWithStyle(style: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]).filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`));
}

function tables(): string[] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
}

describe('the DOCX', () => {
  it('is a zip with the main document, styles, numbering, header and footer parts', () => {
    const names = Object.keys(unzipDocx(a4));
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']) {
      expect(names).toContain(name);
    }
    expect(names.some((n) => /^word\/header\d\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^word\/footer\d\.xml$/.test(n))).toBe(true);
  });

  it('maps headings to Word heading styles, so they show in the navigation pane', () => {
    expect(visibleText(paragraphsWithStyle('Heading1').join(''))).toContain(`Governance model ${TRICKY.czech}`);
    expect(visibleText(paragraphsWithStyle('Heading2').join(''))).toContain(`Metrics ${TRICKY.cyrillic}`);
    expect(visibleText(paragraphsWithStyle('Heading3').join(''))).toContain('Risk tiers');
    const styles = part(a4, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
  });

  it('keeps accents, Greek, Cyrillic and markup-looking text literally', () => {
    const text = visibleText(xml);
    for (const s of Object.values(TRICKY)) expect(text).toContain(s);
    expect(text).toContain(LONG_TOKEN);
    // Escaped exactly once: the XML says &lt;b&gt;&amp;amp; and the reader sees <b>&amp;.
    expect(xml).toContain('&lt;b&gt;&amp;amp;{{x}}');
  });

  it('repeats every table header row on each page', () => {
    const all = tables();
    const withHeader = all.filter((t) => t.includes('Baseline'));
    expect(withHeader.length).toBeGreaterThan(0);
    for (const t of withHeader) {
      const firstRow = /<w:tr\b.*?<\/w:tr>/s.exec(t)![0];
      expect(firstRow).toContain('<w:tblHeader/>');
    }
  });

  it('gives every table a fixed layout, a grid and cell widths that add up to the text width', () => {
    const textWidth = 11906 - 2 * 1280;
    for (const t of tables()) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
      expect(t).toContain(`<w:tblW w:type="dxa" w:w="${textWidth}"/>`);
      for (const row of t.matchAll(/<w:tr\b.*?<\/w:tr>/gs)) {
        const cells = [...row[0].matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(cells.reduce((a, b) => a + b, 0)).toBe(textWidth);
      }
    }
  });

  it('fills status cells with their tone colour', () => {
    expect(xml).toContain('w:fill="DCEFE2"'); // green
    expect(xml).toContain('w:fill="F8DCDC"'); // red
  });

  it('writes A4 or US Letter pages', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(part(letter, 'word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('writes lists as real numbered and bulleted paragraphs', () => {
    const numbered = [...xml.matchAll(/<w:numPr>.*?<\/w:numPr>/gs)];
    expect(numbered.length).toBe(6);
    const numbering = part(a4, 'word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  it('leaves the contents out of a short document, as the PDF does (contents.test.ts has the long ones)', () => {
    expect(visibleText(xml)).not.toContain('Contents');
    expect(xml).not.toContain('PAGEREF');
    expect(part(a4, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('numbers pages "Page N of M" in the footer and repeats the workbook title in the header', () => {
    const names = Object.keys(unzipDocx(a4));
    const footers = names.filter((n) => /^word\/footer\d\.xml$/.test(n)).map((n) => part(a4, n)).join('');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(visibleText(footers)).toContain('Page ');
    expect(visibleText(footers)).toContain(' of ');
    const headers = names.filter((n) => /^word\/header\d\.xml$/.test(n)).map((n) => part(a4, n)).join('');
    expect(visibleText(headers)).toContain(`Claims triage pilot — ${TRICKY.czech}`);
  });

  it('puts the verdict and facts on the cover, then breaks the page', () => {
    const text = visibleText(xml);
    expect(text.indexOf('Not ready to scale: 3 blockers')).toBeLessThan(text.indexOf(`Governance model ${TRICKY.czech}`));
    expect(xml).toContain('<w:titlePg/>');
    expect(xml.includes('<w:color w:val="9B2226"/>')).toBe(true); // the red verdict
  });

  it('draws callouts as shaded, bordered paragraphs', () => {
    const callout = [...xml.matchAll(/<w:p\b[^>]*>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0])
      .find((p) => p.includes('Kill criterion triggered'))!;
    expect(callout).toContain('<w:pBdr>');
    expect(callout).toContain('w:fill="F8DCDC"');
  });

  it('embeds figures as SVG images with a PNG fallback and the alt text as their description', () => {
    const media = Object.keys(unzipDocx(a4)).filter((n) => n.startsWith('word/media/'));
    expect(media.map((n) => n.slice(n.lastIndexOf('.'))).sort()).toEqual(['.png', '.svg']);
    expect(xml).toContain('descr="Workflow map: start, review, summarize, decision, reply."');
  });

  it('carries each figure\'s drawn PNG, not the stand-in docx was given while it was drawn', async () => {
    const report = smallReport('a4');
    const figure = report.blocks.find((b) => b.type === 'figure')!;
    const twoFigures = { ...report, blocks: [...report.blocks, { ...figure }] };
    const drawn = [new Uint8Array([137, 80, 78, 71, 1]), new Uint8Array([137, 80, 78, 71, 2])];
    let calls = 0;
    const bytes = await renderDocx(twoFigures, { now: NOW, typesetter: await typesetterFor(twoFigures), rasterizer: { png: async () => drawn[calls++]! } });
    const files = unzipDocx(bytes);
    const pngs = Object.keys(files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png')).map((n) => [...files[n]!]);
    expect(pngs.sort()).toEqual(drawn.map((d) => [...d]).sort());
    expect(Object.values(files).filter((f) => placeholderFigure(f) !== null)).toEqual([]);
  });

  it('carries each figure\'s own SVG, not the stand-in docx was given, named where its drawing refers to it', async () => {
    const report = smallReport('a4');
    const figure = report.blocks.find((b) => b.type === 'figure')!;
    const other = { ...figure, caption: 'The same map, captioned again' };
    const twoFigures = { ...report, blocks: [...report.blocks, other] };
    const files = unzipDocx(await renderDocx(twoFigures, { now: NOW, typesetter: await typesetterFor(twoFigures), rasterizer: RASTERIZER }));
    const svgs = Object.keys(files).filter((n) => n.startsWith('word/media/') && n.endsWith('.svg'));
    const texts = svgs.map((n) => new TextDecoder().decode(files[n]));
    expect(texts.map((t) => /<title>([^<]*)<\/title>/.exec(t)?.[1]).sort()).toEqual([figure.caption, other.caption].sort());
    expect(Object.values(files).filter((f) => svgPlaceholderFigure(f) !== null)).toEqual([]);
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
    for (const n of svgs) expect(rels).toContain(`Target="${n.slice('word/'.length)}"`);
  });

  it('sets the PDF typeface, Noto Sans, as the default in all four font slots, and the locale languages', () => {
    const styles = part(a4, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)![0];
    expect(defaults).toContain('<w:rFonts w:ascii="Noto Sans" w:cs="Noto Sans" w:eastAsia="Noto Sans" w:hAnsi="Noto Sans"/>');
    expect(defaults).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"\/>/);
  });

  it('embeds the faces it uses, cut to the document, obfuscated with a key that depends on the font alone', async () => {
    const files = unzipDocx(a4);
    const fonts = Object.keys(files).filter((n) => n.startsWith('word/fonts/'));
    expect(fonts.length).toBe(typesetter.faces.size);
    for (const n of fonts) expect(files[n]!.length).toBeLessThan(60_000);
    const table = part(a4, 'word/fontTable.xml');
    expect(table).toMatch(/<w:font w:name="Noto Sans">.*<w:embedRegular r:id="rId\d+" w:fontKey="\{[0-9A-F-]{36}\}" w:subsetted="1"\/>.*<w:embedBold /s);
    expect(table).toContain('<w:embedItalic ');
    // Deobfuscated with its key, each part is a TrueType font again.
    for (const m of table.matchAll(/r:id="(rId\d+)" w:fontKey="\{([0-9A-F-]{36})\}"/g)) {
      const rels = part(a4, 'word/_rels/fontTable.xml.rels');
      const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      const key = m[2]!.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)).reverse();
      const head = files[`word/${target}`]!.slice(0, 4).map((b, i) => b ^ key[i]!);
      expect([...head]).toEqual([0, 1, 0, 0]);
    }
    expect(part(a4, '[Content_Types].xml')).toContain('Extension="odttf"');
  });

  it('names the font of every run not in the body face in all four slots; the rest inherit Noto Sans in all four from the defaults, which no style overrides', () => {
    const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:t[ >](?:(?!<\/w:r>).)*<\/w:r>/gs)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(50);
    const named = new Set<string>();
    for (const r of runs) {
      const fonts = /<w:rFonts ([^>]*)\/>/.exec(r)?.[1];
      if (fonts === undefined) continue;
      const slots = Object.fromEntries([...fonts.matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      expect(Object.keys(slots).sort(), r).toEqual(['ascii', 'cs', 'eastAsia', 'hAnsi']);
      expect(new Set(Object.values(slots)).size, r).toBe(1);
      named.add(slots.ascii!);
    }
    expect(named.has('Noto Sans')).toBe(false);
    expect(runs.some((r) => !r.includes('<w:rFonts'))).toBe(true);
    const styles = part(a4, 'word/styles.xml');
    expect(styles.match(/<w:rFonts [^>]*>/g)!.every((f) => f.includes('w:ascii="Noto Sans"') && f.includes('w:eastAsia="Noto Sans"') && f.includes('w:cs="Noto Sans"'))).toBe(true);
  });

  it('stamps core.xml with the given time', () => {
    const core = part(a4, 'docProps/core.xml');
    expect(core).toContain('2025-03-14T09:26:53Z</dcterms:created>');
    expect(core).toContain('2025-03-14T09:26:53Z</dcterms:modified>');
  });

  it('is byte-for-byte identical for the same report and time, even rendered again in the same process', async () => {
    const again = await renderDocx(smallReport('a4'), { now: NOW, typesetter: await typesetterFor(smallReport('a4')) , rasterizer: RASTERIZER });
    expect(again).toEqual(a4);
  });

  it('differs when the time differs', async () => {
    const later = await renderDocx(smallReport('a4'), { now: new Date('2026-01-01T00:00:00Z'), typesetter , rasterizer: RASTERIZER });
    expect(later).not.toEqual(a4);
  });
});

describe('a figure whose PNG cannot be drawn', () => {
  it('fails the export with the reason, even while an earlier figure is still being drawn', async () => {
    const report = smallReport('a4');
    const figure = report.blocks.find((b) => b.type === 'figure')!;
    const twoFigures = { ...report, blocks: [...report.blocks, { ...figure }] };
    let calls = 0;
    const rasterizer = {
      png: (): Promise<Uint8Array> => (++calls === 1
        ? new Promise((resolve) => setTimeout(() => resolve(new Uint8Array([137, 80, 78, 71])), 50))
        : Promise.reject(new Error('SVG data parsing failed'))),
    };
    await expect(renderDocx(twoFigures, { now: NOW, typesetter: await typesetterFor(twoFigures), rasterizer })).rejects.toThrow('SVG data parsing failed');
    expect(calls).toBe(2);
  });
});

describe('figures whose PNGs come back in any order', () => {
  const report = smallReport('a4');
  const figure = report.blocks.find((b) => b.type === 'figure')!;
  const twoFigures = { ...report, blocks: [...report.blocks, { ...figure, caption: 'The second figure' }] };
  /** A rasterizer that answers each figure with its own bytes, the first `delays[0]` ms late, the second `delays[1]`. */
  const drawnAfter = (delays: readonly number[]) => {
    let calls = 0;
    return {
      png: (): Promise<Uint8Array> => {
        const n = calls++;
        return new Promise((resolve) => setTimeout(() => resolve(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, n, n, n])), delays[n] ?? 0));
      },
    };
  };

  it('is the same file whichever PNG is drawn first, each PNG as drawn', async () => {
    const typesetter = await typesetterFor(twoFigures);
    const firstFirst = await renderDocx(twoFigures, { now: NOW, typesetter, rasterizer: drawnAfter([0, 30]) });
    const secondFirst = await renderDocx(twoFigures, { now: NOW, typesetter, rasterizer: drawnAfter([30, 0]) });
    expect(secondFirst).toEqual(firstFirst);
    const pngs = Object.entries(unzipDocx(firstFirst)).filter(([name]) => name.endsWith('.png')).map(([, bytes]) => [...bytes].slice(8));
    expect(pngs).toEqual([[0, 0, 0], [1, 1, 1]]);
  });
});
