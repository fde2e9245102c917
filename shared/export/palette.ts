/**
 * The one palette both renderers use: Tone → colours, and the document's ink and accents.
 * Colours are `rrggbb` without '#', the form docx wants; `rgb()` gives jsPDF its numbers.
 * Fills are light enough for black text to keep a contrast ratio above 7:1, and the tone
 * text colours stay above 4.5:1 on white and on their own fill.
 */
import type { Tone } from '../report/types';

export interface ToneColours {
  /** Text in this tone (a status word, a verdict). */
  readonly text: string;
  /** Background of a cell, callout or badge. */
  readonly fill: string;
  /** Accent bar and border. */
  readonly border: string;
}

export const TONES: Readonly<Record<Tone, ToneColours>> = {
  neutral: { text: '1F2933', fill: 'F1F3F5', border: 'ADB5BD' },
  green: { text: '1B5E34', fill: 'DCEFE2', border: '3C9A5F' },
  amber: { text: '7A4E00', fill: 'FBEBCB', border: 'D69A1E' },
  red: { text: '9B2226', fill: 'F8DCDC', border: 'C94B4B' },
  info: { text: '1D4F7C', fill: 'DDEAF6', border: '4F86C0' },
  muted: { text: '5F6B78', fill: 'EDEFF2', border: 'C3CAD2' },
};

export const INK = {
  /** Body text. */
  text: '1F2933',
  /** Headings and the cover title. */
  heading: '17324D',
  /** Secondary text: captions, running header, footer, labels. */
  muted: '5F6B78',
  /** Rules and table lines. */
  rule: 'D5DBE1',
  /** Table header background. */
  headerFill: 'E8EDF2',
  /** Every other body row, so wide tables stay readable. */
  zebra: 'F7F9FA',
  /** The bar across the top of the cover. */
  accent: '2A6F97',
  white: 'FFFFFF',
} as const;

export function toneText(tone: Tone | undefined): string {
  return tone ? TONES[tone].text : INK.text;
}

/** `rrggbb` or `#rrggbb` → [r, g, b]; anything malformed is drawn as body ink, never thrown. */
export function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  const v = parseInt(m ? m[1]! : INK.text, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Normalizes a figure colour (`#rrggbb`) to docx's form. */
export function hex6(colour: string): string {
  const [r, g, b] = rgb(colour);
  return [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase();
}
