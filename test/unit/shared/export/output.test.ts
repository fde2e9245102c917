/**
 * The PDF's output: our Flate filter writes exactly what jsPDF's own writes, only faster, and
 * leaves jsPDF's filter in place afterwards.
 */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { pdfBytes } from '../../../../shared/export/pdf/output';

function sample(): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setCreationDate(new Date('2025-03-14T09:26:53Z'));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  for (let page = 0; page < 3; page++) {
    if (page > 0) doc.addPage();
    for (let i = 0; i < 200; i++) doc.text(`Line ${i} of page ${page + 1}: some words that repeat, and some that do not ${i * 7919}`, 40, 40 + (i % 60) * 12);
  }
  return doc;
}

describe('the PDF output', () => {
  it('is byte for byte what jsPDF writes with its own filter', () => {
    const ours = pdfBytes(sample());
    const theirs = new Uint8Array(sample().output('arraybuffer'));
    expect(ours.length).toBeGreaterThan(1000);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
  });

  it('gives jsPDF its own filter back', () => {
    const before = (jsPDF.API as unknown as { processDataByFilters: unknown }).processDataByFilters;
    pdfBytes(sample());
    expect((jsPDF.API as unknown as { processDataByFilters: unknown }).processDataByFilters).toBe(before);
  });
});
