/**
 * Renders a Report as DOCX bytes with the `docx` package: Calibri by name (not embedded),
 * real heading styles, lists, fixed-geometry tables with repeating headers, a TOC field,
 * figures as PNG images rasterized from the same shapes the PDF draws, and a running header
 * and "Page N of M" footer. Deterministic for the same report and `now`.
 */
import { Document, Packer, PageBreak, PageOrientation, Paragraph, type TableOfContents } from 'docx';
import type { Block, Report } from '../../report/types';
import { Rasterizer } from '../figure/raster/rasterizer';
import { loadFontSet, type ExportFonts } from '../fonts/fontSet';
import { pageGeometry, twips } from '../page';
import { callout, heading, list, paragraph } from './blocks';
import { emptyHeader, pageFooter, runningHeader } from './chrome';
import { coverBlocks } from './cover';
import { figureBlock, type FigureEnv } from './figure';
import { MediaParts } from './media';
import { repackage } from './package';
import { XmlSlots } from './slots';
import { numbering, styles } from './styles';
import { factsXml, tableXml } from './table';
import { tocBlock } from './toc';
import { printableReport } from '../text/printable';

export interface DocxOptions {
  /** The document's date and time: core.xml's created/modified and the zip entries' dates. */
  readonly now: Date;
  /** DejaVu Sans regular and bold, for the text inside rasterized figures. */
  readonly fonts: ExportFonts;
}

type Child = Paragraph | TableOfContents;

interface Counters { figures: number; lists: number }

export async function renderDocx(input: Report, opts: DocxOptions): Promise<Uint8Array> {
  // Every text as something the format can carry and the font can draw (U+FFFD for the rest).
  const report = printableReport(input);
  const fonts = loadFontSet(opts.fonts);
  const page = pageGeometry(report.page);
  const textWidth = twips(page.width) - twips(page.marginLeft) - twips(page.marginRight);
  const maxFigureHeight = page.height - page.marginTop - page.marginBottom - 60;
  const counters: Counters = { figures: 0, lists: 0 };
  const slots = new XmlSlots();
  const env: BlockEnv = {
    fonts, textWidth, textWidthPt: page.textWidth, maxHeightPt: maxFigureHeight, counters, slots,
    media: new MediaParts(), canvas: new Rasterizer(1, 1),
  };
  const children: Child[] = [...coverBlocks(report.cover, textWidth, slots)];
  let breakPending = false;
  for (const block of report.blocks) {
    // A page break is written as "page break before" on the next heading or paragraph: a
    // paragraph holding only a break can leave LibreOffice with an empty page.
    if (block.type === 'page-break') {
      if (breakPending) children.push(pageBreak());
      breakPending = true;
      continue;
    }
    const carries = block.type === 'heading' || block.type === 'paragraph' || block.type === 'toc';
    if (breakPending && !carries) children.push(pageBreak());
    children.push(...renderBlock(block, env, breakPending && carries));
    breakPending = false;
  }
  if (breakPending) children.push(pageBreak());
  const doc = new Document({
    creator: 'Sprintbook',
    title: report.title,
    subject: report.cover.subtitle,
    description: report.cover.subtitle,
    ...(report.fingerprint ? { keywords: report.fingerprint.keyword } : {}),
    styles,
    numbering,
    features: { updateFields: true },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: twips(page.width), height: twips(page.height), orientation: PageOrientation.PORTRAIT },
          margin: {
            top: twips(page.marginTop), bottom: twips(page.marginBottom),
            left: twips(page.marginLeft), right: twips(page.marginRight),
            header: twips(page.headerDistance), footer: twips(page.footerDistance),
          },
        },
      },
      headers: { default: runningHeader(report, textWidth), first: emptyHeader() },
      footers: { default: pageFooter(report, textWidth), first: pageFooter(report, textWidth) },
      children,
    }],
  });
  const zip = await Packer.pack(doc, 'uint8array');
  return repackage(zip, opts.now, slots, env.media);
}

interface BlockEnv extends FigureEnv {
  /** Text width in twips, for tables (figures have it in points). */
  readonly textWidth: number;
  readonly counters: Counters;
}

function renderBlock(block: Block, env: BlockEnv, breakBefore: boolean): Child[] {
  switch (block.type) {
    case 'heading': return [heading(block, breakBefore)];
    case 'paragraph': return [paragraph(block, breakBefore)];
    case 'list': return list(block, ++env.counters.lists);
    case 'callout': return callout(block);
    // An empty paragraph after a table keeps the next table from merging into it.
    case 'table': return [env.slots.slot(tableXml(block, env.textWidth)), spacer()];
    case 'facts': return [env.slots.slot(factsXml(block, env.textWidth)), spacer()];
    case 'figure': return figureBlock(block, env, ++env.counters.figures);
    case 'toc': return tocBlock(block, breakBefore);
    case 'page-break': return [pageBreak()];
  }
}

function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
