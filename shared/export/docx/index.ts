/**
 * Renders a Report as DOCX bytes with the `docx` package: the PDF's typefaces, cut to the
 * document and embedded (fonts.ts), named run by run (text.ts), real heading styles, lists,
 * fixed-geometry tables with repeating headers, a TOC field, figures as PNG images rasterized
 * from the same shapes the PDF draws, and a running header and "Page N of M" footer.
 * Deterministic for the same report and `now`.
 */
import { Document, Packer, PageBreak, PageOrientation, Paragraph, type TableOfContents } from 'docx';
import type { Block, Report } from '../../report/types';
import { Rasterizer } from '../figure/raster/rasterizer';
import type { Typesetter } from '../fonts/typesetter';
import { pageGeometry, twips } from '../page';
import { callout, heading, list, paragraph } from './blocks';
import { emptyHeader, pageFooter, runningHeader } from './chrome';
import { coverBlocks } from './cover';
import { figureBlock, type FigureEnv } from './figure';
import { embeddedFonts } from './fonts';
import { MediaParts } from './media';
import { repackage } from './package';
import { XmlSlots } from './slots';
import { numbering, styles } from './styles';
import { factsXml, tableXml } from './table';
import { DocxText } from './text';
import { tocBlock } from './toc';
import { printableReport } from '../text/printable';

export interface DocxOptions {
  /** The document's date and time: core.xml's created/modified and the zip entries' dates. */
  readonly now: Date;
  /** The document's fonts (Typesetter.forReport of this report): figures' text, and the faces embedded. */
  readonly typesetter: Typesetter;
}

type Child = Paragraph | TableOfContents;

interface Counters { figures: number; lists: number }

export async function renderDocx(input: Report, opts: DocxOptions): Promise<Uint8Array> {
  // Every text as something the format can carry and the font can draw (U+FFFD for the rest).
  const report = printableReport(input);
  const fonts = opts.typesetter;
  const page = pageGeometry(report.page);
  const textWidth = twips(page.width) - twips(page.marginLeft) - twips(page.marginRight);
  const maxFigureHeight = page.height - page.marginTop - page.marginBottom - 60;
  const counters: Counters = { figures: 0, lists: 0 };
  const slots = new XmlSlots();
  const text = new DocxText(fonts);
  const env: BlockEnv = {
    fonts, textWidth, textWidthPt: page.textWidth, maxHeightPt: maxFigureHeight, counters, slots,
    media: new MediaParts(), canvas: new Rasterizer(1, 1), text,
  };
  const children: Child[] = [...coverBlocks(text, report.cover, textWidth, slots)];
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
    styles: styles(report.locale),
    numbering,
    fonts: embeddedFonts(fonts),
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
      headers: { default: runningHeader(text, report, textWidth), first: emptyHeader() },
      footers: { default: pageFooter(text, report, textWidth), first: pageFooter(text, report, textWidth) },
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
    case 'heading': return [heading(env.text, block, breakBefore)];
    case 'paragraph': return [paragraph(env.text, block, breakBefore)];
    case 'list': return list(env.text, block, ++env.counters.lists);
    case 'callout': return callout(env.text, block);
    // An empty paragraph after a table keeps the next table from merging into it.
    case 'table': return [env.slots.slot(tableXml(env.text, block, env.textWidth)), spacer()];
    case 'facts': return [env.slots.slot(factsXml(env.text, block, env.textWidth)), spacer()];
    case 'figure': return figureBlock(block, env, ++env.counters.figures);
    case 'toc': return tocBlock(env.text, block, breakBefore);
    case 'page-break': return [pageBreak()];
  }
}

function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
