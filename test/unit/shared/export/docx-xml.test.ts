/**
 * The DOCX parts we write as XML ourselves (tables) and the figures docx writes for us: escaped for
 * XML 1.0 whatever the user typed, shaped as Word, LibreOffice and Google Docs expect, and
 * slotted into the package without disturbing what docx wrote.
 */
import { strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/export/docx/index';
import { renumberBookmarks } from '../../../../shared/export/docx/package';
import { factsXml, tableXml } from '../../../../shared/export/docx/table';
import { DocxText } from '../../../../shared/export/docx/text';
import { escapeXml } from '../../../../shared/export/docx/xml';
import type { Block, Report } from '../../../../shared/report/types';
import { NOW, smallFigure, smallReport, typesetterFor, typesetterForTexts, RASTERIZER } from './fixtures';
import { decodeXml, part, pngSize, unzipDocx, visibleText, xmlError } from './helpers';

/** Parses strictly (jsdom's XML parser): a forbidden character, a stray `&` or `<`, or a broken attribute fails. */
const wellFormed = (xml: string): boolean => xmlError(xml) === null;

/** User text with everything XML 1.0 cannot carry as is. */
const NASTY = `a<b>&c "q" 'a' \u0001\u0008\u000B\u001F tab\tnl\u0000 \uFFFE\uFFFF lone\uD800 \uDC00end 😀`;
/** What a reader sees: markup characters kept, each character XML cannot carry shown as U+FFFD. */
const NASTY_READ = `a<b>&c "q" 'a' \uFFFD\uFFFD\uFFFD\uFFFD tab\tnl\uFFFD \uFFFD\uFFFD lone\uFFFD \uFFFDend 😀`;

const NOTO = 'w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:eastAsia="Noto Sans" w:cs="Noto Sans"';
let t: DocxText;
beforeAll(async () => {
  t = new DocxText(await typesetterForTexts([
    NASTY, 'plain ', 'bold', 'red', 'one\ntwo', 'Step', 'Status', 'ok', 'Nothing yet.', 'Owner', 'Dana',
    'Reviewed by נועה כהן (noa.cohen@example.co.il)', 'deploy claims-triage_v2.3/eu-west-1 now', '王芳 approves',
  ]));
});

describe('XML escaping', () => {
  it('is checked by a parser that does refuse what XML 1.0 forbids', () => {
    for (const bad of ['<t>\uFFFE</t>', '<t>\u0001</t>', '<t>a & b</t>', '<t a="x"y"/>']) expect(wellFormed(bad), bad).toBe(false);
  });

  it('escapes markup and shows each character XML 1.0 forbids as U+FFFD, never dropping it', () => {
    const escaped = escapeXml(NASTY);
    expect(wellFormed(`<t a="${escaped}">${escaped}</t>`)).toBe(true);
    expect(decodeXml(escaped)).toBe(NASTY_READ);
  });

  it('writes inline text as runs, with bold, italics and tone colours, and hard breaks as breaks', () => {
    const xml = t.runsXml(['plain ', { text: 'bold', bold: true }, { text: 'red', tone: 'red', italic: true }, 'one\ntwo']);
    expect(xml).toContain(`<w:r><w:t xml:space="preserve">plain </w:t></w:r>`);
    expect(xml).toContain(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">bold</w:t></w:r>`);
    expect(xml).toContain(`<w:rPr><w:i/><w:iCs/><w:color w:val="9B2226"/></w:rPr><w:t xml:space="preserve">red</w:t>`);
    expect(xml).toContain(`<w:r><w:br/><w:t xml:space="preserve">two</w:t></w:r>`);
    // The body face is the document default in all four slots (styles.ts): no run repeats it.
    expect(xml).not.toContain(NOTO);
  });
});

describe('runs by script', () => {
  it('splits where the font changes, marks right-to-left runs and names their language', () => {
    const xml = t.runsXml(['Reviewed by נועה כהן (noa.cohen@example.co.il)']);
    const hebrew = 'w:ascii="Noto Sans Hebrew" w:hAnsi="Noto Sans Hebrew" w:eastAsia="Noto Sans Hebrew" w:cs="Noto Sans Hebrew"';
    expect(xml).toContain(`<w:r><w:rPr><w:rFonts ${hebrew}/><w:rtl/><w:lang w:bidi="he-IL"/></w:rPr><w:t xml:space="preserve">נועה כהן</w:t></w:r>`);
    expect(visibleText(xml)).toBe('Reviewed by נועה כהן (noa.cohen@example.co.il)');
    const cjk = t.runsXml(['王芳 approves']);
    expect(cjk).toContain('<w:rFonts w:ascii="Noto Sans SC" w:hAnsi="Noto Sans SC" w:eastAsia="Noto Sans SC" w:cs="Noto Sans SC"/><w:lang w:eastAsia="zh-CN"/>');
  });

  it('keeps identifiers on one line in Word: non-breaking hyphens, a word joiner after each slash', () => {
    const xml = t.runsXml(['deploy claims-triage_v2.3/eu-west-1 now']);
    expect(xml).toContain('claims</w:t><w:noBreakHyphen/><w:t xml:space="preserve">triage_v2.3/\u2060eu</w:t><w:noBreakHyphen/>');
    expect(visibleText(xml)).toBe('deploy claims-triage_v2.3/eu-west-1 now');
  });
});

describe('the table writer', () => {
  const block = {
    type: 'table' as const,
    columns: [{ header: 'Step', width: 2 }, { header: 'Status', width: 1, align: 'center' as const }],
    rows: [[{ content: [NASTY] }, { content: ['ok'], fill: 'green' as const }]],
  };

  it('writes a fixed grid, cell widths on every cell and a repeating header that never splits', () => {
    const xml = tableXml(t, block, 9000);
    expect(wellFormed(`<w:r xmlns:w="w">${xml}</w:r>`)).toBe(true);
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="9000"/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="6000"/><w:gridCol w:w="3000"/></w:tblGrid>');
    expect(xml).toMatch(/^<w:tbl><w:tblPr>.*<\/w:tblPr><w:tblGrid>.*<\/w:tblGrid><w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect([...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['6000', '3000', '6000', '3000']);
    expect(xml).toContain('<w:shd w:fill="DCEFE2" w:color="auto" w:val="clear"/>');
    // Centred columns say so; left is where a left-to-right cell starts, so it is not written.
    expect(xml.match(/<w:jc w:val="[a-z]+"\/>/g)).toEqual(['<w:jc w:val="center"/>', '<w:jc w:val="center"/>']);
    expect(visibleText(xml)).toBe(`StepStatus${NASTY_READ}ok`);
  });

  it('spans the empty-table note over every column', () => {
    const xml = tableXml(t, { ...block, rows: [], emptyText: 'Nothing yet.' }, 9000);
    expect(xml).toContain('<w:tcW w:type="dxa" w:w="9000"/><w:gridSpan w:val="2"/>');
    expect(visibleText(xml)).toContain('Nothing yet.');
  });

  it('writes fact lists as unsplittable label-value rows, and nothing at all for an empty list', () => {
    const xml = factsXml(t, { type: 'facts', rows: [{ label: 'Owner', value: ['Dana'] }] }, 9000);
    expect(xml).toContain('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    expect(visibleText(xml)).toBe('OwnerDana');
    expect(factsXml(t, { type: 'facts', rows: [] }, 9000)).toBe('');
  });
});

describe('bookmark renumbering', () => {
  it('renumbers bookmarks, TOC links and page references, and leaves text that looks like them alone', () => {
    const xml = '<w:hyperlink w:anchor="_Toc907"><w:instrText xml:space="preserve">PAGEREF _Toc907 \\h</w:instrText></w:hyperlink>'
      + '<w:bookmarkStart w:name="_Toc907" w:id="44"/><w:t>_Toc907 is my step</w:t><w:bookmarkEnd w:id="44"/>';
    expect(renumberBookmarks(xml)).toBe('<w:hyperlink w:anchor="_Toc1"><w:instrText xml:space="preserve">PAGEREF _Toc1 \\h</w:instrText></w:hyperlink>'
      + '<w:bookmarkStart w:name="_Toc1" w:id="1"/><w:t>_Toc907 is my step</w:t><w:bookmarkEnd w:id="1"/>');
  });
});

describe('a DOCX with hostile text in tables, headings and figures', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: '_Toc12 is a real heading' },
    { type: 'heading', level: 2, text: NASTY },
    { type: 'paragraph', content: [NASTY, { text: NASTY, italic: true }] },
    { type: 'table', columns: [{ header: NASTY, width: 1 }], rows: [[{ content: [NASTY, { text: NASTY, bold: true }] }]] },
    { type: 'facts', rows: [] },
    { type: 'facts', rows: [{ label: NASTY, value: [NASTY] }] },
    { type: 'figure', figure: smallFigure(), caption: 'Caption & "quotes"', altText: 'Alt <text> with "quotes" & more' },
    { type: 'figure', figure: smallFigure(), caption: 'Second', altText: 'Second figure' },
  ];
  const report: Report = { ...smallReport('a4'), blocks, runningHeader: NASTY, title: NASTY };

  it('is well-formed XML, every part of it, and carries the text as typed', async () => {
    const bytes = await renderDocx(report, { now: NOW, typesetter: await typesetterFor(report) , rasterizer: RASTERIZER });
    for (const name of Object.keys(unzipDocx(bytes)).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(wellFormed(part(bytes, name)), name).toBe(true);
    }
    const xml = part(bytes, 'word/document.xml');
    expect(visibleText(xml)).toContain(NASTY_READ + NASTY_READ);
    expect(visibleText(xml)).toContain('_Toc12 is a real heading');
    // The empty fact list left no table behind: the cover's facts, the table and one fact list.
    expect([...xml.matchAll(/<w:tbl>/g)]).toHaveLength(3);
  });

  it('embeds each figure as an SVG part with a PNG fallback, both related to the document, with its alt text', async () => {
    const bytes = await renderDocx(report, { now: NOW, typesetter: await typesetterFor(report), rasterizer: RASTERIZER });
    const xml = part(bytes, 'word/document.xml');
    const rels = part(bytes, 'word/_rels/document.xml.rels');
    expect(wellFormed(rels)).toBe(true);
    const target = new Map([...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+\/image" Target="([^"]+)"\/>/g)].map((m) => [m[1]!, `word/${m[2]}`]));
    const files = unzipDocx(bytes);
    const drawings = [...xml.matchAll(/<a:blip r:embed="([^"]+)"[^>]*>.*?<asvg:svgBlip [^>]*r:embed="([^"]+)"\/>/g)];
    expect(drawings).toHaveLength(2);
    for (const [, png, svg] of drawings) {
      expect(target.get(png!)).toMatch(/\.png$/);
      expect(pngSize(files[target.get(png!)!]!).width).toBeGreaterThan(0);
      expect(target.get(svg!)).toMatch(/\.svg$/);
      expect(xmlError(strFromU8(files[target.get(svg!)!]!))).toBeNull();
    }
    for (const i of [1, 2]) expect(xml).toContain(`<wp:docPr id="${i}" name="Figure ${i}"`);
    expect(xml).toContain('descr="Alt &lt;text&gt; with &quot;quotes&quot; &amp; more" title="Caption &amp; &quot;quotes&quot;"');
    expect(part(bytes, '[Content_Types].xml')).toMatch(/<Default [^>]*Extension="png"/);
    expect(part(bytes, '[Content_Types].xml')).toMatch(/<Default ContentType="image\/svg\+xml" Extension="svg"\/>/);
  });
});
