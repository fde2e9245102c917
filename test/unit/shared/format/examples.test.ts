import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWorkbookBytes } from '../../../../shared/format';

const examples = new URL('../../../../../shared/examples/', import.meta.url);
const starters = new URL('../../../../templates/starters/', import.meta.url);

function workbooksIn(dir: URL): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.sprintbook'));
  } catch {
    return [];
  }
}

describe('the shared example workbooks', () => {
  const files = workbooksIn(examples);
  it('are there to be loaded', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s opens with no problems', (file) => {
    const result = loadWorkbookBytes(readFileSync(new URL(file, examples)));
    if (!result.ok) throw new Error(result.refusal.reason + JSON.stringify(result.refusal.faults));
    expect(result.problems).toEqual([]);
  });
});

describe('the starter workbooks in templates/', () => {
  const files = workbooksIn(starters);
  it('include the support-triage starter and a blank one', () => {
    expect(files).toEqual(expect.arrayContaining(['support-triage.sprintbook', 'blank.sprintbook']));
  });
  it.each(files)('%s opens with no problems', (file) => {
    const result = loadWorkbookBytes(readFileSync(new URL(file, starters)));
    if (!result.ok) throw new Error(result.refusal.reason + JSON.stringify(result.refusal.faults));
    expect(result.problems).toEqual([]);
  });
});
