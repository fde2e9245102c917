/** Small helpers for format tests: a minimal valid workbook as raw JSON, and loading shortcuts. */
import { expect } from 'vitest';
import { loadWorkbook, type LoadResult } from '../../../../shared/format';

export function minimalRaw(): Record<string, any> {
  return {
    format: 'sprintbook', schemaVersion: 1, id: 'wb-1', title: 'Sprint',
    createdAt: '2026-10-05T08:30:00+02:00', updatedAt: '2026-10-05T08:30:00Z',
    pilot: { name: 'Pilot' }, sprint: {}, workflow: {}, ownership: {},
  };
}

export function load(raw: unknown): LoadResult {
  return loadWorkbook(JSON.stringify(raw));
}

export function expectRefused(result: LoadResult) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

export function expectOpened(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the workbook to open, but: ${result.refusal.reason} ${JSON.stringify(result.refusal.faults)}`);
  return result;
}
