/**
 * Text every document can show: each character no format can carry or no font can draw
 * becomes one U+FFFD, everything else is left exactly as typed.
 */
import { describe, expect, it } from 'vitest';
import { printable, printableReport } from '../../../../shared/export/text/printable';
import { smallReport } from './fixtures';

describe('printable text', () => {
  it('shows each C0 and C1 control character, U+FFFE/U+FFFF and lone surrogate as one U+FFFD', () => {
    expect(printable('a\u0000b\u0007c\u001Fd\u007Fe\u0085f\u009Fg\uFFFEh\uFFFFi')).toBe('a�b�c�d�e�f�g�h�i');
    expect(printable('lone \uD800 and \uDC00, reversed \uDC00\uD800')).toBe('lone � and �, reversed ��');
  });

  it('keeps tab, line breaks, surrogate pairs and every other character as typed', () => {
    const typed = 'tab\there\nline\r\nΩ Ж é 😀 \u200F \uFFFD <&>"';
    expect(printable(typed)).toBe(typed);
  });

  it('reaches every text of a report, figure labels included, and leaves a clean report as it is', () => {
    const clean = smallReport();
    expect(printableReport(clean)).toBe(clean);
    const figure = clean.blocks.find((b) => b.type === 'figure')!;
    const dirty = {
      ...clean,
      title: 'T\u0007',
      blocks: [...clean.blocks, {
        ...figure,
        figure: { ...figure.figure, shapes: [{ kind: 'text' as const, x: 1, y: 2, text: 'L\u0000', size: 8, color: '#000000' }] },
      }],
    };
    const shown = printableReport(dirty);
    expect(shown.title).toBe('T�');
    const last = shown.blocks[shown.blocks.length - 1]!;
    expect(last.type === 'figure' && last.figure.shapes[0]).toMatchObject({ text: 'L�', x: 1, y: 2, size: 8 });
    expect(shown.blocks.slice(0, -1)).toEqual(clean.blocks);
  });

  it('gives a report it made printable back as it is, without walking it again', () => {
    const shown = printableReport({ ...smallReport(), title: 'T\u0007' });
    expect(shown.title).toBe('T�');
    let reads = 0;
    const blocks = shown.blocks;
    Object.defineProperty(shown, 'blocks', { get: () => { reads++; return blocks; } });
    expect(printableReport(shown)).toBe(shown);
    expect(reads).toBe(0);
  });
});
