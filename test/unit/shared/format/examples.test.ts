import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbookBytes } from '../../../../shared/format';
import { EXAMPLES_DIR, SHARED_EXAMPLES_DIR } from '../../../fixtures/examples';

const starters = new URL('../../../../templates/starters/', import.meta.url);

function workbooksIn(dir: string | URL): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.sprintbook')).sort();
  } catch {
    return [];
  }
}

function expectOpensClean(bytes: Uint8Array) {
  const result = loadWorkbookBytes(bytes);
  if (!result.ok) throw new Error(result.refusal.reason + JSON.stringify(result.refusal.faults));
  expect(result.problems).toEqual([]);
}

describe('the example workbooks kept in test/fixtures', () => {
  const files = workbooksIn(EXAMPLES_DIR);
  it('include the 1.0 and the 1.1 invoice-approval examples', () => {
    expect(files).toEqual(['invoice-approval-1.1.sprintbook', 'invoice-approval.sprintbook']);
  });
  it.each(files)('%s opens with no problems', (file) => expectOpensClean(readFileSync(join(EXAMPLES_DIR, file))));
});

// Only a full workplace has ../shared beside the checkout; a newcomer's clone skips this.
describe.skipIf(!existsSync(SHARED_EXAMPLES_DIR))('the shared examples beside the checkout', () => {
  const files = workbooksIn(SHARED_EXAMPLES_DIR);
  it.each(files)('%s opens with no problems', (file) => expectOpensClean(readFileSync(join(SHARED_EXAMPLES_DIR, file))));
  it.each(files)('%s is the same as the copy the tests use', (file) => {
    expect(readFileSync(join(SHARED_EXAMPLES_DIR, file), 'utf8')).toBe(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
  });
});

describe('the starter workbooks in templates/', () => {
  const files = workbooksIn(starters);
  it('include the support-triage starter and a blank one', () => {
    expect(files).toEqual(expect.arrayContaining(['support-triage.sprintbook', 'blank.sprintbook']));
  });
  it.each(files)('%s opens with no problems', (file) => expectOpensClean(readFileSync(new URL(file, starters))));
});
