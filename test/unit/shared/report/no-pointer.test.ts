/** No document shows a JSON pointer: every gap and load problem is located in words. */
import { describe, expect, it } from 'vitest';
import { buildReport, DOC_KINDS } from '../../../../shared/report';
import { brokenWorkbook } from './workbooks';
import { reportText } from './text';

const POINTER = /\/(workflow|decisions|metrics|ownership|raci|roadmap|people|sprint|pilot|parkingLot|signoffs|audit|policy)(\/|\b)/;

describe('a workbook with gaps under every question and load problems of every kind', () => {
  const { workbook, problems } = brokenWorkbook();

  it('has them all', () => {
    const r = buildReport(workbook, problems, { doc: 'governance', today: '2026-12-01' });
    expect(problems.length).toBeGreaterThanOrEqual(8);
    expect(reportText(r)).toMatch(/Workflow integration: \d+ blockers/);
  });

  for (const doc of DOC_KINDS) {
    it(`is located in words in the ${doc}, never by a JSON pointer`, () => {
      const text = reportText(buildReport(workbook, problems, { doc, today: '2026-12-01' }));
      expect(text.match(POINTER)?.[0]).toBeUndefined();
      expect(text).toContain('Ownership, person 1 on the escalation path');
      expect(text).toContain('Connector from “Invoice arrives by e-mail” to a missing step, where it ends');
    });
  }
});
