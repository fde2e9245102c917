/** A report's text as a reader sees it, and the blocks of one section, for the document tests. */
import type { Block, Inline, Report, TableBlock } from '../../../../shared/report';

export const inline = (xs: readonly Inline[]) => xs.map((x) => (typeof x === 'string' ? x : x.text)).join('');

/** Intl puts no-break spaces between numbers and units; a reader sees spaces. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

export function blockText(b: Block): string[] {
  switch (b.type) {
    case 'heading': return [b.text];
    case 'paragraph': return [inline(b.content)];
    case 'callout': return [b.title, inline(b.content)];
    case 'list': return b.items.map(inline);
    case 'facts': return b.rows.map((row) => `${row.label}: ${inline(row.value)}`);
    case 'table': return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((row) => row.map((c) => inline(c.content)).join(' | ')), b.emptyText ?? ''];
    case 'figure': return [b.caption, b.altText];
    default: return [];
  }
}

export function reportText(r: Report): string {
  const cover = [r.cover.title, r.cover.subtitle, r.cover.date, r.cover.verdict.text, ...r.cover.facts.map((f) => `${f.label}: ${f.value}`)];
  return spaces([...cover, ...r.blocks.flatMap(blockText)].join('\n'));
}

/** The blocks from heading `title` up to the next heading of the same or a higher level. */
export function section(r: Report, title: string): Block[] {
  const start = r.blocks.findIndex((b) => b.type === 'heading' && b.text === title);
  if (start < 0) throw new Error(`no heading "${title}"`);
  const level = (r.blocks[start] as Extract<Block, { type: 'heading' }>).level;
  const end = r.blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return r.blocks.slice(start, end < 0 ? undefined : end);
}

export const tables = (blocks: readonly Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');

/** A table's rows as text, cell by cell. */
export const rows = (t: TableBlock) => t.rows.map((row) => row.map((c) => spaces(inline(c.content))));
