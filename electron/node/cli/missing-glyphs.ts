/**
 * What `sprintbook export` says about characters no font has: the documents are written (each
 * such character shows as a box), and stderr gets one line per text they are in, naming the
 * characters, the documents and where in the text they sit, so nothing is lost unnoticed.
 */
import type { ExportedDocument } from '../../../shared/export';

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Up to `room` characters around the first of `characters` in `text`, on one line. */
function excerpt(text: string, characters: readonly string[], room = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= room) return flat;
  const at = Math.max(0, chars.findIndex((c) => characters.includes(c)));
  const from = Math.max(0, Math.min(at - Math.floor(room / 2), chars.length - room));
  return `${from > 0 ? '…' : ''}${chars.slice(from, from + room).join('')}${from + room < chars.length ? '…' : ''}`;
}

export function missingGlyphLines(documents: readonly ExportedDocument[]): string[] {
  const byText = new Map<string, { characters: readonly string[]; files: string[] }>();
  for (const d of documents) {
    for (const m of d.missingGlyphs) {
      const key = `${m.characters.join('')}\u0000${m.text}`;
      const entry = byText.get(key) ?? { characters: m.characters, files: [] };
      entry.files.push(d.fileName);
      byText.set(key, entry);
    }
  }
  return [...byText].map(([key, { characters, files }]) => {
    const text = key.slice(key.indexOf('\u0000') + 1);
    const chars = characters.map((c) => `${codePoint(c)} ${c}`).join(', ');
    return `sprintbook export: no font has ${chars}; shown as a box in ${files.join(', ')}: “${excerpt(text, characters)}”`;
  });
}
