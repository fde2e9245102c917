/**
 * Inline report text → docx runs. docx escapes XML itself, so strings such as `<b>&amp;`
 * reach the document literally. Hard line breaks become real breaks, not lost newlines.
 */
import { TextRun } from 'docx';
import type { Inline } from '../../report/types';
import { toneText } from '../palette';

export interface RunDefaults {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly size?: number;
}

export function runs(content: readonly Inline[], defaults: RunDefaults = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const c of content) {
    const run = typeof c === 'string' ? { text: c } : c;
    const lines = run.text.split(/\r\n|\r|\n/);
    const base = {
      bold: typeof c === 'string' ? defaults.bold : c.bold ?? defaults.bold,
      italics: typeof c === 'string' ? defaults.italics : c.italic ?? defaults.italics,
      color: typeof c !== 'string' && c.tone ? toneText(c.tone) : defaults.color,
      size: defaults.size,
    };
    lines.forEach((text, i) => out.push(new TextRun({ ...base, text, break: i > 0 ? 1 : undefined })));
  }
  return out;
}

/** A plain string as one run. */
export function run(text: string, defaults: RunDefaults = {}): TextRun[] {
  return runs([text], defaults);
}
