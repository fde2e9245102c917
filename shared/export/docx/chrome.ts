/**
 * DOCX running header (workbook title and date, with a rule below) and footer (document title
 * and "Page N of M" from PAGE / NUMPAGES fields, so Word and LibreOffice number the pages).
 */
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Report } from '../../report/types';
import { INK } from '../palette';
import { SIZE } from './styles';

const small = { size: SIZE.chrome, color: INK.muted };

export function runningHeader(report: Report, textWidth: number): Header {
  return new Header({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: INK.rule, space: 4 } },
      children: [new TextRun({ ...small, text: report.runningHeader }), new TextRun({ ...small, text: `\t${report.cover.date}` })],
    })],
  });
}

/** The cover has no running header, only the footer. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}

export function pageFooter(report: Report, textWidth: number): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.LEFT,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      children: [
        new TextRun({ ...small, text: report.title }),
        new TextRun({
          ...small,
          children: ['\t', report.pageLabel.before, PageNumber.CURRENT, report.pageLabel.middle, PageNumber.TOTAL_PAGES],
        }),
      ],
    })],
  });
}
