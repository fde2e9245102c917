/**
 * Workbooks for the document tests, all from the invoice-approval example with the 1.1 fields:
 * not ready (as it is: two blockers), ready (both closed), stopped (a kill criterion judged
 * from a date its latest value is past), and broken (many kinds of gaps and load problems).
 */
import { readFileSync } from 'node:fs';
import { findLoadProblems, loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import type { Problem, Workbook } from '../../../../shared/model';
import { INVOICE_EXAMPLE_11 } from '../../../fixtures/examples';
import { stopWorkbookFrom } from '../../../fixtures/stop-workbook';

export const exampleText = readFileSync(INVOICE_EXAMPLE_11, 'utf8');

function open(text: string): Workbook {
  const loaded = loadWorkbook(text);
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}

type Mutable = { -readonly [K in keyof Workbook]: any };

export const notReadyWorkbook = (): Workbook => open(exampleText);

export function readyWorkbook(): Workbook {
  const w = structuredClone(open(exampleText)) as Mutable;
  w.workflow.edges.push({ id: 'e-extract-writes', from: 'n-extract', to: 'n-erp', kind: 'writes' });
  w.metrics[2].kill = { threshold: 3, action: 'Stop auto-posting.' };
  return w as Workbook;
}

export const stoppedWorkbook = (): Workbook => stopWorkbookFrom(exampleText);

/** Gaps under every question, of many kinds, and load problems of every kind the loader finds. */
export function brokenWorkbook(): { workbook: Workbook; problems: Problem[] } {
  const w = structuredClone(stopWorkbookFrom(exampleText)) as Mutable;
  w.decisions[0].overrideById = 'p-gone';
  w.decisions[1].tier = undefined;
  w.decisions[2].controls = [];
  w.decisions[3].escalateToId = undefined;
  w.decisions[4].tier = 'medium';
  w.workflow.edges[0].to = 'n-gone';
  w.workflow.nodes[0].laneId = 'l-gone';
  w.workflow.nodes.push({ id: 'n-lonely', kind: 'decision', label: 'Lonely check', x: 900, y: 900 });
  w.metrics[0].baseline.from = '2026-12-31';
  w.metrics[2].ownerId = undefined;
  w.metrics[3].decisionIds = ['d-gone'];
  w.metrics[4].target = undefined;
  w.roadmap[0].dependsOn = ['r-review'];
  w.roadmap[7].dependsOn = ['r-logging'];
  w.roadmap[3].ownerId = undefined;
  w.raci = w.raci.filter((r: { subjectId: string }) => r.subjectId !== 'd-coding');
  w.ownership = { escalationPath: ['p-gone'] };
  w.signoffs[0].personId = 'p-gone';
  w.parkingLot[0].convertedTo = 'x-gone';
  w.sprint.facilitatorId = 'p-gone';
  // Through the file, as the app and the CLI open it.
  const text = serializeWorkbook(w as Workbook);
  const loaded = loadWorkbook(text);
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return { workbook: loaded.workbook, problems: [...loaded.problems] };
}

/** A workbook's problems as the loader finds them. */
export const problemsOf = (w: Workbook): Problem[] => findLoadProblems(w);
