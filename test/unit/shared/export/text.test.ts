/** Text shaping, bidi and line breaking shared by both renderers. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { tokenize } from '../../../../shared/export/text/breaks';
import { measureText } from '../../../../shared/export/text/paragraph';
import { wrapAndClamp, wrapText } from '../../../../shared/export/text/lines';
import { breakWord, wrapAndClamp as measuredClamp, wrapText as measuredWrap } from '../../../../shared/export/text/wrap';
import { toRuns, wrapRuns } from '../../../../shared/export/text/wrapRuns';
import { IDENTIFIER, SCRIPT_SAMPLES } from '../../../fixtures/all-scripts-workbook';
import { LONG_TOKEN, TRICKY, typesetterForTexts } from './fixtures';

const PLAIN = { bold: false, italic: false };
const SENTENCES = [
  `${TRICKY.czech} ${TRICKY.greek} ${TRICKY.cyrillic} ${TRICKY.markup} and some more words to wrap`,
  `see ${LONG_TOKEN} here`, 'pilot-hardening-controlled-rollout', 'one\ntwo', 'a label that is far too long for two short lines of text',
  'Status: green and ', 'Governance', 'ab', 'a', 'b', ...Object.values(SCRIPT_SAMPLES),
  `Write to yamada-taro@example.co.jp or deploy ${IDENTIFIER} before noon`, 'עדיפות 1 לפני 15:00?', 'שלום עולם',
  'يراجع الوكيل التصنيف قبل الإرسال إلى CRM', '…', 'Kick-off 🚀 with 👩🏽‍💻 and ❤️', '“AI 助手”, 王芳 and 山田',
];

let fonts: Typesetter;
beforeAll(async () => { fonts = await typesetterForTexts(SENTENCES); });

const measure = (s: string): number => measureText(fonts, s, PLAIN, 10);
const texts = (lines: readonly { text: string }[]): string[] => lines.map((l) => l.text);

describe('measuring shaped text', () => {
  it('measures bold wider than regular, and widths of pieces add up', () => {
    expect(measureText(fonts, 'Governance', { bold: true, italic: false }, 10)).toBeGreaterThan(measure('Governance'));
    expect(measure('ab')).toBeCloseTo(measure('a') + measure('b'), 1);
  });

  it('sets each script in its own Noto family, and emoji sequences in Noto Emoji as one glyph', () => {
    const families = (s: string) => wrapText(fonts, s, 10, 1000).flatMap((l) => l.runs.map((r) => r.face.family.id));
    expect(families(SCRIPT_SAMPLES.arabic)).toEqual(['arabic']);
    expect(families(SCRIPT_SAMPLES.hebrew)).toEqual(['hebrew']);
    expect(families(SCRIPT_SAMPLES.thai)).toEqual(['thai']);
    expect(families(SCRIPT_SAMPLES.devanagari)).toEqual(['devanagari']);
    expect(families(SCRIPT_SAMPLES.chinese)).toEqual(['sc']);
    expect(families(SCRIPT_SAMPLES.korean)).toEqual(['kr']);
    const [line] = wrapText(fonts, '👩🏽‍💻', 10, 1000);
    expect(line!.runs.map((r) => [r.face.family.id, r.glyphs.length / 5])).toEqual([['emoji', 1]]);
  });

  it('forms Devanagari conjuncts: fewer glyphs than characters', () => {
    const [line] = wrapText(fonts, 'प्रक्रिया', 10, 1000);
    const glyphs = line!.runs.reduce((n, r) => n + r.glyphs.length / 5, 0);
    expect(glyphs).toBeLessThan('प्रक्रिया'.length);
  });
});

describe('right-to-left text', () => {
  it('draws Hebrew right to left but keeps its text in reading order', () => {
    const [line] = wrapText(fonts, 'שלום עולם', 10, 1000);
    expect(line!.text).toBe('שלום עולם');
    expect(line!.bidi).toBe(true);
    expect(line!.runs.every((r) => r.rtl)).toBe(true);
  });

  it('keeps numbers and Latin inside right-to-left text left to right, in the order a reader expects', () => {
    const [line] = wrapText(fonts, 'עדיפות 1 לפני 15:00?', 10, 1000);
    // Drawn left to right: the question mark, 15:00, "לפני", 1, "עדיפות".
    expect(line!.runs.map((r) => r.text.trim())).toEqual(['?', '15:00', 'לפני', '1', 'עדיפות']);
    const [arabic] = wrapText(fonts, 'يراجع الوكيل CRM', 10, 1000);
    expect(arabic!.runs[0]!.text).toBe('CRM');
    expect(arabic!.runs[0]!.rtl).toBe(false);
  });
});

describe('line breaking', () => {
  it('keeps every character of the text, in order, dropping only the spaces it breaks at', () => {
    const text = SENTENCES[0]!;
    const lines = wrapText(fonts, text, 10, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(texts(lines).join(' ')).toBe(text);
  });

  it('never returns a line wider than the box, even for a long unbroken string', () => {
    const lines = wrapText(fonts, `see ${LONG_TOKEN} here`, 10, 120);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120 + 1e-9);
    expect(texts(lines).join('').replace(/ /g, '')).toBe(`see${LONG_TOKEN}here`);
  });

  it('moves an e-mail address or identifier whole to the next line rather than breaking inside it', () => {
    const text = `Write to yamada-taro@example.co.jp or deploy ${IDENTIFIER} before noon`;
    const widest = Math.max(measure('yamada-taro@example.co.jp'), measure(IDENTIFIER));
    for (const width of [widest + 1, widest + 20, widest + 45, widest + 70, widest + 100]) {
      const lines = texts(wrapText(fonts, text, 10, width));
      expect(lines.some((l) => l.includes('yamada-taro@example.co.jp')), `${width}: ${lines.join(' | ')}`).toBe(true);
      expect(lines.some((l) => l.includes(IDENTIFIER)), `${width}: ${lines.join(' | ')}`).toBe(true);
    }
  });

  it('cuts a token only when it is longer than the whole line, preferably after a hyphen or slash', () => {
    const lines = texts(wrapText(fonts, 'pilot-hardening-controlled-rollout', 10, 80));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.endsWith('-')).toBe(true);
    expect(lines.join('')).toBe('pilot-hardening-controlled-rollout');
  });

  it('breaks Chinese, Japanese and Thai between words, which they write without spaces', () => {
    for (const s of [SCRIPT_SAMPLES.thai, SCRIPT_SAMPLES.japanese, SCRIPT_SAMPLES.chinese]) {
      const lines = texts(wrapText(fonts, s, 10, measure(s) * 0.6));
      expect(lines.length, s).toBeGreaterThan(1);
      expect(lines.join(''), s).toBe(s);
    }
    // Thai breaks between the words the dictionary knows, never inside one.
    expect(tokenize(SCRIPT_SAMPLES.thai).map((t) => SCRIPT_SAMPLES.thai.slice(t.start, t.end))).toEqual(['การ', 'คัด', 'แยก', 'คำร้อง', 'อัตโนมัติ']);
  });

  it('starts no line with a closing mark and ends none with an opening bracket', () => {
    const tokens = tokenize('自動分類（信頼度付き）。次').map((t) => '自動分類（信頼度付き）。次'.slice(t.start, t.end));
    for (const t of tokens.slice(1)) expect(t, tokens.join('|')).not.toMatch(/^[）。]/);
    for (const t of tokens) expect(t, tokens.join('|')).not.toMatch(/（$/);
  });

  it('keeps quotes and brackets with the Thai or Chinese word they enclose', () => {
    const text = '(“ระบบตั๋ว”), “王芳”.';
    const pieces = tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(pieces.every((p) => !/^[”)]/.test(p) && !/[“(]$/.test(p)), pieces.join('|')).toBe(true);
  });

  it('sets Latin quotes beside Chinese in Noto Sans, not in the Chinese face’s full-width forms', () => {
    const items = fonts.itemize('“AI 助手”, 王芳 and 山田').items.map((i) => [i.family, '“AI 助手”, 王芳 and 山田'.slice(i.start, i.end)]);
    expect(items).toEqual([['sans', '“AI '], ['sc', '助手'], ['sans', '”, '], ['sc', '王芳 '], ['sans', 'and '], ['sc', '山田']]);
  });

  it('keeps hard line breaks', () => {
    expect(texts(wrapText(fonts, 'one\ntwo', 10, 500))).toEqual(['one', 'two']);
  });

  it('cuts to maxLines with an ellipsis that still fits', () => {
    const lines = wrapAndClamp(fonts, 'a label that is far too long for two short lines of text', 10, 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text.endsWith('…')).toBe(true);
    expect(lines[1]!.width).toBeLessThanOrEqual(60);
  });

  it('wraps styled runs without losing or reordering text', () => {
    const runs = toRuns(['Status: ', { text: 'green', bold: true, tone: 'green' }, ` and ${LONG_TOKEN}`]);
    const lines = wrapRuns(runs, 150, 9, fonts);
    const text = lines.map((l) => l.segments.map((s) => s.text).join('')).join('');
    expect(text.replace(/ /g, '')).toBe(`Status:greenand${LONG_TOKEN}`);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(150 + 1e-9);
    const green = lines.flatMap((l) => l.segments).find((s) => s.text.includes('green'));
    expect(green).toMatchObject({ bold: true, tone: 'green' });
  });
});

describe('wrapping by a measure (the app’s own map, which has no shaped fonts)', () => {
  const rough = (s: string): number => Array.from(s).length * 5;

  it('keeps every character, never returns a line wider than the box, and clamps with an ellipsis', () => {
    const text = `${SENTENCES[0]} ${LONG_TOKEN}`;
    const lines = measuredWrap(text, 100, rough);
    for (const line of lines) expect(rough(line)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    const clamped = measuredClamp(text, 100, 2, rough);
    expect(clamped).toHaveLength(2);
    expect(clamped[1]!.endsWith('…')).toBe(true);
  });

  it('prefers to break a long word after a hyphen or slash', () => {
    expect(breakWord('pilot-hardening-controlled-rollout', 80, rough)[0]!.endsWith('-')).toBe(true);
  });
});
