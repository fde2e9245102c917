/**
 * The DOCX's parts come straight from docx's compiler (docx/compile.ts), which docx keeps
 * behind Packer. Whatever way they come, they must be the parts Packer.pack zips: the same
 * paths in the same order and the same bytes, so a docx upgrade that changes the compiler
 * shows here, not in a document.
 */
import { Document, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../../../../electron/node/templates';
import { packageParts, packedParts } from '../../../../shared/export/docx/compile';
import { pngPlaceholder } from '../../../../shared/export/docx/figurePlaceholders';

const FONT = readFileSync(join(templatesDir(), 'fonts', 'DejaVuSans.ttf'));
const SVG = strToU8('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#123456"/></svg>');

function document(): Document {
  return new Document({
    creator: 'Sprintbook',
    fonts: [{ name: 'DejaVu Sans', data: FONT }],
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: 'Approve invoice — Ελληνικά', font: 'DejaVu Sans' })] }),
        new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('cell')] })] })] }),
        new Paragraph({ children: [new ImageRun({ type: 'svg', data: SVG, fallback: { type: 'png', data: pngPlaceholder(1) }, transformation: { width: 10, height: 10 } })] }),
      ],
    }],
  });
}

/** Each part as bytes; core.xml's times are the clock's, so they are masked. */
const bytesOf = (parts: Map<string, string | Uint8Array>) => [...parts].map(([path, data]) => {
  let text = typeof data === 'string' ? data : Buffer.from(data).toString('latin1');
  if (path === 'docProps/core.xml') text = text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
  return [path, typeof data === 'string' ? Buffer.from(strToU8(text)).toString('base64') : Buffer.from(text, 'latin1').toString('base64')] as const;
});

describe('the DOCX package parts', () => {
  it('are, taken from docx\'s compiler, the parts Packer.pack zips, in its order', async () => {
    const doc = document();
    const compiled = await packageParts(doc);
    const packed = await packedParts(doc);
    expect([...compiled.keys()]).toEqual(expect.arrayContaining(['word/document.xml', 'word/fonts/font1.odttf', 'word/media/image1.svg', 'word/media/image1.png']));
    expect(typeof compiled.get('word/document.xml')).toBe('string');
    expect(bytesOf(compiled)).toEqual(bytesOf(packed));
  });

  it('come from unzipping Packer.pack where docx has no compiler to reach', async () => {
    const doc = document();
    const parts = await packageParts(doc, {});
    expect(parts.get('word/document.xml')).toBeInstanceOf(Uint8Array);
    expect(bytesOf(parts)).toEqual(bytesOf(await packageParts(doc)));
  });
});
