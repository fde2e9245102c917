/** The three readiness verdicts, each from a workbook that has it, for the tests of every surface that shows one. */
import type { Workbook } from '../../../shared/model';
import { STOP, stopWorkbookFrom } from '../../fixtures/stop-workbook';
// As helpers.ts reads the templates (Vite's ?raw): works in the node and jsdom environments alike.
import invoiceExample from '../../fixtures/examples/invoice-approval.sprintbook?raw';
import { template } from './helpers';

export { STOP };

/** The invoice-approval example with the coding error rate's kill criterion triggered. */
export const stopWorkbook = (): Workbook => stopWorkbookFrom(invoiceExample);

export const VERDICT_WORKBOOKS: readonly { verdict: 'ready' | 'not-ready' | 'stop'; workbook: () => Workbook }[] = [
  { verdict: 'ready', workbook: () => template('support-triage') },
  { verdict: 'not-ready', workbook: () => template('blank') },
  { verdict: 'stop', workbook: stopWorkbook },
];
