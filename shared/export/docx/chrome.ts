/**
 * DOCX running header (workbook title and date, with a rule below) and footer (document title
 * and "Page N of M" from PAGE / NUMPAGES fields, so Word and LibreOffice number the pages).
 */
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Report } from '../../report/types';
import { INK } from '../palette';
import { SIZE } from './styles';
import type { DocxText } from './text';

const small = { size: SIZE.chrome, color: INK.muted };

export function runningHeader(t: DocxText, report: Report, textWidth: number): Header {
  return new Header({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: INK.rule, space: 4 } },
      children: [...t.run(report.runningHeader, small), new TextRun({ ...small, text: '\t' }), ...t.run(report.cover.date, small)],
    })],
  });
}

/** The cover has no running header, only the footer. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}

export function pageFooter(t: DocxText, report: Report, textWidth: number): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.LEFT,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      children: [
        ...t.run(report.title, small),
        new TextRun({ ...small, text: '\t' }),
        ...t.run(report.pageLabel.before, small),
        new TextRun({ ...small, children: [PageNumber.CURRENT] }),
        ...t.run(report.pageLabel.middle, small),
        new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
      ],
    })],
  });
}
