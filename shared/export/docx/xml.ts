/**
 * Text escaped for XML 1.0, for the WordprocessingML we write as strings (tables and figure
 * paragraphs, see slots.ts; their runs come from text.ts).
 */
import { printable } from '../text/printable';

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
