/** The invoice example of rules 1.1 as a workbook, read as the renderer's tests read files (Vite's ?raw). */
import { loadWorkbook } from '../../../../shared/format';
import type { Workbook } from '../../../../shared/model';
import invoiceText from '../../../fixtures/examples/invoice-approval-1.1.sprintbook?raw';

export function invoice11(): Workbook {
  const loaded = loadWorkbook(invoiceText);
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}
