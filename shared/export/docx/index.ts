/**
 * Renders a Report as DOCX bytes with the `docx` package: the PDF's typefaces, cut to the
 * document and embedded (fonts.ts), named run by run (text.ts), real heading styles, lists,
 * fixed-geometry tables with repeating headers and rows that never split, contents with live
 * page numbers (toc.ts), figures as the SVG the app's map
 * export makes with a PNG of it (figure.ts), wide figures in landscape sections (sections.ts),
 * and a running header and "Page N of M" footer. Deterministic for the same report and `now`.
 */
import { Document, PageBreak, Paragraph } from 'docx';
import type { Block, Report } from '../../report/types';
import type { Rasterizer } from '../figure/rasterizer';
import type { Typesetter } from '../fonts/typesetter';
import { pageGeometry, twips, type PageGeometry } from '../page';
import { callout, heading, introductions, list, paragraph } from './blocks';
import { coverBlocks } from './cover';
import { figureBlock, figurePng, figureSvg, figureText, type FigureEnv } from './figure';
import { embeddedFonts } from './fonts';
import { packageParts } from './compile';
import { repackage, type DrawnFigure } from './package';
import { figureRoom, orientationOf, sectionOptions, type Orientation } from './sections';
import { XmlSlots } from './slots';
import { numbering, styles } from './styles';
import { factsXml, tableXml } from './table';
import { DocxText } from './text';
import { contentsEntries, headingBookmark, tocBlock, type ContentsEntry } from './toc';
import { decideContents } from '../pdf/contents';
import { layoutPdf } from '../pdf/index';
import { printableReport } from '../text/printable';

export interface DocxOptions {
  /** The document's date and time: core.xml's created/modified and the zip entries' dates. */
  readonly now: Date;
  /** The document's fonts (Typesetter.forReport of this report): figures' text, and the faces embedded. */
  readonly typesetter: Typesetter;
  /** Draws each figure's PNG: a host's pool of workers, or this thread. */
  readonly rasterizer: Rasterizer;
}

type Child = Paragraph;

interface Counters { figures: number; lists: number; headings: number }

export async function renderDocx(input: Report, opts: DocxOptions): Promise<Uint8Array> {
  // Every text as something the format can carry and the font can draw (U+FFFD for the rest);
  // contents only in a document longer than six pages, as in the PDF (pdf/contents.ts).
  const fonts = opts.typesetter;
  const report = decideContents(printableReport(input), fonts, layoutPdf).report;
  const page = pageGeometry(report.page);
  const textWidth = twips(page.width) - twips(page.marginLeft) - twips(page.marginRight);
  const counters: Counters = { figures: 0, lists: 0, headings: 0 };
  const slots = new XmlSlots();
  const text = new DocxText(fonts);
  const env: BlockEnv = {
    ...figureText(fonts), textWidth, counters, slots, text,
    page, orientation: 'portrait', contents: contentsEntries(report.blocks), intros: introductions(report.blocks),
  };
  // Every figure's PNG is asked for first, so a pool draws them while the rest is written and
  // zipped; the document carries stand-ins (figurePlaceholders.ts) until repackage swaps them.
  const pngs = new Map(report.blocks.flatMap((b) => (b.type === 'figure'
    ? [[b, figurePng(b, env, figureRoom(page, orientationOf(b, 'portrait')), opts.rasterizer)] as const] : [])));
  const drawings = new Map<number, DrawnFigure>();
  // Each run of blocks of one orientation is a section: a wide figure turns its pages.
  const runs: { orientation: Orientation; children: Child[] }[] = [{ orientation: 'portrait', children: [...coverBlocks(text, report.cover, textWidth, slots)] }];
  let breakPending = false;
  for (const block of report.blocks) {
    const orientation = orientationOf(block, runs[runs.length - 1]!.orientation);
    if (orientation !== runs[runs.length - 1]!.orientation) {
      // A section starts on a new page, which is the pending break.
      runs.push({ orientation, children: [] });
      breakPending = false;
    }
    const children = runs[runs.length - 1]!.children;
    env.orientation = orientation;
    // A page break is written as "page break before" on the next heading or paragraph: a
    // paragraph holding only a break can leave LibreOffice with an empty page.
    if (block.type === 'page-break') {
      if (breakPending) children.push(pageBreak());
      breakPending = true;
      continue;
    }
    const carries = block.type === 'heading' || block.type === 'paragraph' || block.type === 'toc';
    if (breakPending && !carries) children.push(pageBreak());
    if (block.type === 'figure') {
      const id = ++counters.figures, { png, scale } = pngs.get(block)!;
      drawings.set(id, { svg: figureSvg(block, env), png });
      children.push(...figureBlock(block, scale, id, text));
    } else children.push(...renderBlock(block, env, breakPending && carries));
    breakPending = false;
  }
  if (breakPending) runs[runs.length - 1]!.children.push(pageBreak());
  const doc = new Document({
    creator: 'Sprintbook',
    title: report.title,
    subject: report.cover.subtitle,
    description: report.cover.subtitle,
    ...(report.fingerprint ? { keywords: report.fingerprint.keyword } : {}),
    styles: styles(report.locale),
    numbering,
    fonts: embeddedFonts(fonts),
    features: { updateFields: true },
    sections: runs.map((run, i) => sectionOptions(text, report, page, run.orientation, i === 0, run.children)),
  });
  return repackage(await packageParts(doc), opts.now, slots, drawings);
}

interface BlockEnv extends FigureEnv {
  readonly text: DocxText;
  /** Text width of a portrait page in twips, for tables (figures take their room from the page). */
  readonly textWidth: number;
  readonly counters: Counters;
  readonly slots: XmlSlots;
  readonly page: PageGeometry;
  /** The orientation of the section being written. */
  orientation: Orientation;
  /** What the contents lists: each of these headings carries a bookmark, in order. */
  readonly contents: readonly ContentsEntry[];
  /** Paragraphs kept with the table, list or figure they introduce. */
  readonly intros: ReadonlySet<Block>;
}

function renderBlock(block: Block, env: BlockEnv, breakBefore: boolean): Child[] {
  switch (block.type) {
    case 'heading': return [heading(env.text, block, breakBefore, block.level <= 2 ? headingBookmark(env.counters.headings++) : undefined)];
    case 'paragraph': return [paragraph(env.text, block, breakBefore, env.intros.has(block))];
    case 'list': return list(env.text, block, ++env.counters.lists);
    case 'callout': return callout(env.text, block, env.slots, env.textWidth);
    // An empty paragraph after a table keeps the next table from merging into it.
    case 'table': return [env.slots.slot(tableXml(env.text, block, env.textWidth)), spacer()];
    case 'facts': return [env.slots.slot(factsXml(env.text, block, env.textWidth)), spacer()];
    case 'figure': return []; // written by renderDocx, which holds the figures' PNGs
    case 'toc': return tocBlock(env.text, block, env.contents, env.textWidth, env.slots, breakBefore);
    case 'page-break': return [pageBreak()];
  }
}

function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
