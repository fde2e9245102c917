import { describe, expect, it } from 'vitest';
import { loadWorkbook, MIGRATIONS, type Migration } from '../../../../shared/format';
import { expectOpened, expectRefused, minimalRaw } from './helpers';

/** A synthetic version 0 that called the title "name" and had no sprint block. */
function versionZero() {
  const { title, sprint, ...rest } = minimalRaw();
  void sprint;
  return { ...rest, schemaVersion: 0, name: title };
}

const zeroToOne: Migration = {
  from: 0,
  name: 'v0-to-v1: rename name to title, add sprint',
  migrate: ({ name, ...doc }) => ({ ...doc, title: name, sprint: { days: [] } }),
};

describe('migrating older workbooks', () => {
  it('has no real migrations while version 1 is the first format', () => {
    expect(MIGRATIONS).toEqual([]);
  });

  it('runs the chain from an older version and reports where it came from', () => {
    const result = expectOpened(loadWorkbook(JSON.stringify(versionZero()), { migrations: [zeroToOne] }));
    expect(result.migratedFrom).toBe(0);
    expect(result.workbook.title).toBe('Sprint');
    expect(result.workbook.schemaVersion).toBe(1);
  });

  it('does not change the document it migrates', () => {
    const doc = versionZero();
    const before = JSON.stringify(doc);
    zeroToOne.migrate(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses an older version when a step of the chain is missing', () => {
    const refusal = expectRefused(loadWorkbook(JSON.stringify(versionZero())));
    expect(refusal.kind).toBe('unknown-version');
    expect(refusal.faults).toEqual([{ path: '/schemaVersion', message: 'No migration from version 0 to 1' }]);
  });

  it('refuses, never crashes, when a migration step throws', () => {
    const broken: Migration = { from: 0, name: 'broken', migrate: () => { throw new Error('boom'); } };
    const refusal = expectRefused(loadWorkbook(JSON.stringify(versionZero()), { migrations: [broken] }));
    expect(refusal.reason).toContain('boom');
  });

  it('validates the migrated document like any other', () => {
    const sloppy: Migration = { from: 0, name: 'sloppy', migrate: (doc) => doc };
    const refusal = expectRefused(loadWorkbook(JSON.stringify(versionZero()), { migrations: [sloppy] }));
    expect(refusal.faults.map((f) => f.path)).toEqual(['/title', '/sprint']);
  });
});
