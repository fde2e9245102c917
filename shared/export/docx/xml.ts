/**
 * WordprocessingML written as strings, for the parts we write without the docx object model
 * (tables and figure paragraphs, see slots.ts): text escaped for XML 1.0 and inline report
 * text as runs. The runs carry the same properties docx's TextRun writes, in schema order.
 */
import type { Inline } from '../../report/types';
import { toneText } from '../palette';
import { printable } from '../text/printable';
import type { RunDefaults } from './inline';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const MARKUP = /[&<>"]/g;

/**
 * `text` as XML character data or attribute value (double-quoted). Characters XML 1.0
 * forbids (most C0 controls, U+FFFE/U+FFFF, lone surrogates) become U+FFFD, like every
 * unprintable character in the documents (text/printable.ts): shown, never dropped.
 */
export function escapeXml(text: string): string {
  return printable(text).replace(MARKUP, (c) => ENTITIES[c]!);
}

const LINE_BREAK = /\r\n|\r|\n/;

function runProperties(bold: boolean | undefined, italics: boolean | undefined, color: string | undefined, size: number | undefined): string {
  // Only properties that are on: "not bold" is the table text style's default already.
  let p = '';
  if (bold) p += '<w:b/><w:bCs/>';
  if (italics) p += '<w:i/><w:iCs/>';
  if (color) p += `<w:color w:val="${color}"/>`;
  if (size) p += `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return p ? `<w:rPr>${p}</w:rPr>` : '';
}

/** Inline report text as runs; hard line breaks become `<w:br/>` at the start of the next run, as docx writes them. */
export function runsXml(content: readonly Inline[], defaults: RunDefaults = {}): string {
  let out = '';
  for (const c of content) {
    const plain = typeof c === 'string';
    const text = plain ? c : c.text;
    const props = runProperties(
      plain ? defaults.bold : c.bold ?? defaults.bold,
      plain ? defaults.italics : c.italic ?? defaults.italics,
      !plain && c.tone ? toneText(c.tone) : defaults.color,
      defaults.size,
    );
    const lines = text.split(LINE_BREAK);
    for (let i = 0; i < lines.length; i++) {
      out += `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(lines[i]!)}</w:t></w:r>`;
    }
  }
  return out;
}
