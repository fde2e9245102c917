/** Shorthands for building report blocks, so sections read like the documents they make. */
import type {
  Block, CalloutBlock, FactsBlock, Inline, ListBlock, ParagraphBlock, TableBlock, TableCell, TableColumn, Tone,
} from './types';

export const h1 = (text: string): Block => ({ type: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });

export const p = (...content: Inline[]): ParagraphBlock => ({ type: 'paragraph', content });
export const small = (...content: Inline[]): ParagraphBlock => ({ type: 'paragraph', content, style: 'small' });
export const lead = (...content: Inline[]): ParagraphBlock => ({ type: 'paragraph', content, style: 'lead' });

export const bold = (text: string): Inline => ({ text, bold: true });
export const italic = (text: string): Inline => ({ text, italic: true });
export const toned = (text: string, tone: Tone, strong = true): Inline => ({ text, tone, bold: strong });

export const bullets = (items: readonly (readonly Inline[])[]): ListBlock => ({ type: 'list', ordered: false, items });
export const numbered = (items: readonly (readonly Inline[])[]): ListBlock => ({ type: 'list', ordered: true, items });

export const callout = (tone: Tone, title: string, ...content: Inline[]): CalloutBlock => ({ type: 'callout', tone, title, content });

export const cell = (...content: Inline[]): TableCell => ({ content });
export const filled = (fill: Tone, ...content: Inline[]): TableCell => ({ content, fill });

export function table(columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[], emptyText?: string): TableBlock {
  return { type: 'table', columns, rows, ...(emptyText !== undefined ? { emptyText } : {}) };
}

export const col = (header: string, width: number, align?: TableColumn['align']): TableColumn =>
  align ? { header, width, align } : { header, width };

export function facts(rows: readonly (readonly [string, string | readonly Inline[]])[]): FactsBlock {
  return { type: 'facts', rows: rows.map(([label, value]) => ({ label, value: typeof value === 'string' ? [value] : value })) };
}

/** Joins inline pieces with a separator, for lists inside one cell. */
export function joined(parts: readonly string[], empty = '—', separator = ', '): Inline[] {
  return parts.length === 0 ? [empty] : [parts.join(separator)];
}
