/** Which DOCX paragraphs keep with what they introduce (docx/blocks.ts), as the PDF keeps them. */
import { describe, expect, it } from 'vitest';
import { introductions } from '../../../../shared/export/docx/blocks';
import type { Block } from '../../../../shared/report';

const heading = (text: string, level: 1 | 2 = 1): Block => ({ type: 'heading', level, text });
const para = (text: string): Block => ({ type: 'paragraph', content: [text] });
const table: Block = { type: 'table', columns: [{ header: 'A', width: 1 }], rows: [] } as unknown as Block;

describe('the paragraphs a DOCX keeps with what follows', () => {
  it('include a short paragraph before a table', () => {
    const blocks = [heading('Register'), para('6 decisions:'), table];
    expect([...introductions(blocks)]).toEqual([blocks[1]]);
  });

  it('include a section’s short lead-in between its heading and its first subheading', () => {
    const blocks = [heading('Appendix'), para('Each blocker must be closed.'), heading('Baselines', 2), table];
    expect([...introductions(blocks)]).toEqual([blocks[1]]);
  });

  it('include a short paragraph after a heading that leads into the introduction of a table', () => {
    const blocks = [heading('Human oversight'), para('For every medium- and high-tier decision: can people oversee it?'), para('0 of 4 meet every mark.'), table];
    expect(new Set(introductions(blocks))).toEqual(new Set([blocks[1], blocks[2]]));
  });

  it('leave out the last paragraph of a section before the next section’s heading, and long paragraphs', () => {
    const blocks = [heading('One'), table, para('A closing remark.'), heading('Two'), para('x'.repeat(400)), heading('Three', 2)];
    expect([...introductions(blocks)]).toEqual([]);
  });
});
