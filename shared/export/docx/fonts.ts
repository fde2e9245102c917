/**
 * The faces the document is set in, embedded in the DOCX (word/fonts, obfuscated as the
 * format requires) exactly as the PDF embeds them: cut to the document's characters, so Word
 * and LibreOffice show the same typefaces without the reader installing anything. The docx
 * library writes the parts with a random key per face; `stableFontKeys` makes the keys (and
 * so the bytes) a function of the content, and marks the faces as subsets.
 */
import type { Document } from 'docx';
import type { FamilyId } from '../fonts/faces';
import type { Typesetter } from '../fonts/typesetter';
import { hashHex } from '../stamp';

type FontOptions = NonNullable<ConstructorParameters<typeof Document>[0]['fonts']>[number];
type Slot = 'data' | 'bold' | 'italic' | 'boldItalic';
const SLOT: Readonly<Record<string, Slot>> = { regular: 'data', bold: 'bold', italic: 'italic', 'bold-italic': 'boldItalic' };

/** One entry per family used, with each of its faces; the docx library's `fonts` option. */
export function embeddedFonts(fonts: Typesetter): FontOptions[] {
  const byFamily = new Map<FamilyId, { name: string } & Partial<Record<Slot, Uint8Array>>>();
  for (const face of fonts.faces.values()) {
    const style = face.id.slice(face.id.indexOf('-') + 1);
    let entry = byFamily.get(face.family.id);
    if (!entry) byFamily.set(face.family.id, (entry = { name: face.family.name }));
    entry[SLOT[style]!] = face.bytes;
  }
  // docx takes Buffers but only slices and maps them, which a Uint8Array does as well (no Buffer in a browser).
  return [...byFamily.values()].filter((f) => f.data).map((f) => f as unknown as FontOptions);
}

const EMBED = /<w:(embed(?:Regular|Bold|Italic|BoldItalic)) r:id="([^"]+)" w:fontKey="\{([0-9A-Fa-f-]{36})\}"\/>/g;

function keyBytes(guid: string): number[] {
  const hex = guid.replace(/-/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  return bytes.reverse();
}

/** ECMA-376 Part 1, 17.8.1: the first 32 bytes of the font XOR the key's bytes in reverse order. */
function xorHead(font: Uint8Array, guid: string): Uint8Array {
  const key = keyBytes(guid);
  const out = font.slice();
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = out[i]! ^ key[i % 16]!;
  return out;
}

const guidOf = (hex: string): string => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/**
 * Re-keys the embedded fonts: each face gets a key derived from its own bytes, and is marked
 * `w:subsetted`. `parts` maps part names to their text or bytes and is changed in place;
 * returns the new fontTable.xml.
 */
export function stableFontKeys(fontTable: string, rels: string, parts: Map<string, string | Uint8Array>): string {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)) targets.set(m[1]!, m[2]!);
  return fontTable.replace(EMBED, (_all, element: string, id: string, oldKey: string) => {
    const path = `word/${targets.get(id) ?? ''}`;
    const obfuscated = parts.get(path);
    if (!(obfuscated instanceof Uint8Array)) throw new Error(`DOCX: the embedded font ${id} (${path}) is missing from the package`);
    const font = xorHead(obfuscated, oldKey);
    let sample = '';
    for (let i = 0; i < font.length; i += Math.max(1, Math.floor(font.length / 4096))) sample += String.fromCharCode(font[i]!);
    const key = guidOf(hashHex(`${font.length}:${sample}`));
    parts.set(path, xorHead(font, key));
    return `<w:${element} r:id="${id}" w:fontKey="{${key}}" w:subsetted="1"/>`;
  });
}
