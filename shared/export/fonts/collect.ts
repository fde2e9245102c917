/**
 * Every text of a report, with the weight and slant the renderers set it in, known before any
 * layout: the fonts are chosen and cut to these characters once, and then measured and
 * embedded as cut. Every string of the report goes into the upright set (a walk over the whole
 * report, so nothing can be forgotten); the bold and italic sets follow where the renderers
 * put bold and italic text (headings, table headers, labels, titles, styled runs).
 */
import type { Block, Inline, Report } from '../../report/types';

export interface StyledText {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/**
 * What the renderers add themselves: page numbers, list numbers and bullets, the ellipsis of
 * a cut label, and the non-breaking hyphen and word joiner the DOCX puts inside identifiers.
 */
export const RENDERER_TEXT = '0123456789 .…•\u2011\u2060';

export function collectTexts(report: Report): StyledText[] {
  const seen = new Set<string>();
  const out: StyledText[] = [];
  const add = (text: string, bold = false, italic = false): void => {
    if (text === '') return;
    const key = `${bold ? 'b' : ''}${italic ? 'i' : ''}|${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, bold, italic });
  };
  const inline = (content: readonly Inline[], bold = false, italic = false): void => {
    for (const c of content) {
      if (typeof c === 'string') add(c, bold, italic);
      else add(c.text, c.bold ?? bold, c.italic ?? italic);
    }
  };

  walkStrings(report, (s) => add(s));
  for (const style of [[false, false], [true, false]] as const) add(RENDERER_TEXT, ...style);

  const { cover } = report;
  if (cover.organization) add(cover.organization, true);
  add(cover.title, true);
  add(cover.verdict.text, true);
  for (const f of cover.facts) add(f.label, true);
  for (const b of report.blocks) styledOf(b, add, inline);
  return out;
}

function styledOf(
  b: Block,
  add: (text: string, bold?: boolean, italic?: boolean) => void,
  inline: (content: readonly Inline[], bold?: boolean, italic?: boolean) => void,
): void {
  switch (b.type) {
    case 'heading': add(b.text, true); return;
    case 'paragraph': inline(b.content); return;
    case 'list': for (const item of b.items) inline(item); return;
    case 'callout': add(b.title, true); inline(b.content); return;
    case 'table':
      for (const c of b.columns) add(c.header, true);
      for (const row of b.rows) for (const cell of row) inline(cell.content);
      if (b.emptyText) add(b.emptyText, false, true);
      return;
    case 'facts': for (const r of b.rows) { add(r.label, true); inline(r.value); } return;
    case 'figure':
      if (b.title) add(b.title, true);
      for (const s of b.figure.shapes) if (s.kind === 'text') add(s.text, s.bold ?? false);
      return;
    case 'toc': add(b.title, true); return;
    case 'page-break': return;
  }
}

/** Calls `visit` with every string anywhere in `value`. */
function walkStrings(value: unknown, visit: (s: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const v of value) walkStrings(v, visit);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) walkStrings(v, visit);
}
