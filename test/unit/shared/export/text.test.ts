/** Text measuring and wrapping shared by both renderers. */
import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../../../shared/export/fonts/fontSet';
import { breakWord, wrapAndClamp, wrapText } from '../../../../shared/export/text/wrap';
import { toRuns, wrapRuns } from '../../../../shared/export/text/wrapRuns';
import { LONG_TOKEN, TRICKY, loadFonts } from './fixtures';

const fonts = loadFontSet(loadFonts());
const measure = (s: string): number => fonts.regular.width(s, 10);

describe('the font reader', () => {
  it('finds glyphs for accented Latin, Greek and Cyrillic letters', () => {
    for (const ch of 'ŽůňΕλληνικάКириллица') {
      expect(fonts.regular.ttf.glyphId(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    }
  });

  it('reads outlines of composite glyphs such as Ž (a Z and a caron)', () => {
    const z = fonts.regular.ttf.outline(fonts.regular.ttf.glyphId('Z'.codePointAt(0)!));
    const zCaron = fonts.regular.ttf.outline(fonts.regular.ttf.glyphId('Ž'.codePointAt(0)!));
    expect(z.contours.length).toBeGreaterThan(0);
    expect(zCaron.contours.length).toBeGreaterThan(z.contours.length);
  });

  it('measures bold wider than regular, and widths add up', () => {
    expect(fonts.bold.width('Governance', 10)).toBeGreaterThan(fonts.regular.width('Governance', 10));
    expect(measure('ab')).toBeCloseTo(measure('a') + measure('b'), 6);
  });
});

describe('wrapping', () => {
  it('keeps every character of the text, in order, dropping only the spaces it breaks at', () => {
    const text = `${TRICKY.czech} ${TRICKY.greek} ${TRICKY.cyrillic} ${TRICKY.markup} and some more words to wrap`;
    const lines = wrapText(text, 100, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('never returns a line wider than the box, even for a long unbroken string', () => {
    const lines = wrapText(`see ${LONG_TOKEN} here`, 120, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120 + 1e-9);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${LONG_TOKEN}here`);
  });

  it('prefers to break a long word after a hyphen or slash', () => {
    const pieces = breakWord('pilot-hardening-controlled-rollout', 80, measure);
    expect(pieces[0]!.endsWith('-')).toBe(true);
  });

  it('keeps hard line breaks', () => {
    expect(wrapText('one\ntwo', 500, measure)).toEqual(['one', 'two']);
  });

  it('cuts to maxLines with an ellipsis that still fits', () => {
    const lines = wrapAndClamp('a label that is far too long for two short lines of text', 60, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measure(lines[1]!)).toBeLessThanOrEqual(60);
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
