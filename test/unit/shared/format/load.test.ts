import { describe, expect, it } from 'vitest';
import { loadWorkbook, loadWorkbookBytes } from '../../../../shared/format';
import { expectOpened, expectRefused, load, minimalRaw } from './helpers';

describe('loading a workbook', () => {
  it('opens a minimal workbook and fills absent arrays with empty lists', () => {
    const { workbook, problems } = expectOpened(load(minimalRaw()));
    expect(problems).toEqual([]);
    expect(workbook.people).toEqual([]);
    expect(workbook.workflow.nodes).toEqual([]);
    expect(workbook.sprint.days).toEqual([]);
    expect(workbook.ownership.escalationPath).toEqual([]);
  });

  it('refuses text that is not JSON and says where it broke', () => {
    const refusal = expectRefused(loadWorkbook('{\n  "format": "sprintbook",\n  oops\n}'));
    expect(refusal.kind).toBe('not-json');
    expect(refusal.reason).toMatch(/not valid JSON \(line 3, column 3/);
  });

  it('refuses an empty file as empty', () => {
    expect(expectRefused(loadWorkbook('  \n')).reason).toMatch(/empty/);
  });

  it('refuses JSON that is not an object', () => {
    expect(expectRefused(loadWorkbook('[1,2]')).kind).toBe('not-sprintbook');
    expect(expectRefused(loadWorkbook('"sprintbook"')).kind).toBe('not-sprintbook');
  });

  it('refuses a document whose format is not "sprintbook"', () => {
    const refusal = expectRefused(load({ ...minimalRaw(), format: 'excalidraw' }));
    expect(refusal.kind).toBe('not-sprintbook');
    expect(refusal.faults[0]?.path).toBe('/format');
  });

  it('refuses a file made by a newer Sprintbook without reading the rest', () => {
    const refusal = expectRefused(load({ format: 'sprintbook', schemaVersion: 7, anything: 'else' }));
    expect(refusal.kind).toBe('newer-version');
    expect(refusal.reason).toContain('made by a newer Sprintbook');
    expect(refusal.faults).toEqual([{ path: '/schemaVersion', message: 'version 7 is newer than 1' }]);
  });

  it('refuses a schema version that is not a whole number', () => {
    expect(expectRefused(load({ ...minimalRaw(), schemaVersion: '1' })).faults[0]?.path).toBe('/schemaVersion');
    expect(expectRefused(load({ ...minimalRaw(), schemaVersion: 1.5 })).faults[0]?.path).toBe('/schemaVersion');
  });

  it('refuses wrong types with the pointer of each fault', () => {
    const raw = minimalRaw();
    raw.title = 42;
    raw.people = [{ id: 'p-1', name: ['x'] }];
    raw.workflow = { nodes: [{ id: 'n-1', kind: 'step', label: 'A', x: '10', y: 0 }] };
    const refusal = expectRefused(load(raw));
    expect(refusal.faults.map((f) => f.path)).toEqual(['/title', '/people/0/name', '/workflow/nodes/0/x']);
    expect(refusal.faults[0]?.message).toBe('"title" must be a string, not the number 42');
  });

  it('refuses missing required fields and names them', () => {
    const raw = minimalRaw();
    delete raw.pilot;
    raw.decisions = [{ id: 'd-1', title: 'T', action: 'draft' }];
    const refusal = expectRefused(load(raw));
    expect(refusal.faults).toContainEqual({ path: '/pilot', message: '"pilot" is required but missing' });
    expect(refusal.faults).toContainEqual({ path: '/decisions/0/factors', message: '"factors" is required but missing' });
  });

  it('refuses null, because an optional field is absent or has its type', () => {
    const raw = minimalRaw();
    raw.organization = null;
    expect(expectRefused(load(raw)).faults).toEqual([{ path: '/organization', message: '"organization" must be a string, not null' }]);
  });

  it('refuses values outside their enumeration and lists the allowed ones', () => {
    const raw = minimalRaw();
    raw.workflow = { lanes: [{ id: 'l-1', name: 'L', kind: 'robot' }] };
    expect(expectRefused(load(raw)).faults[0]?.message).toBe('"kind" must be one of "role", "system", "ai", "external", not the text "robot"');
  });

  it('refuses ids that break the id pattern, in records and in references', () => {
    const raw = minimalRaw();
    raw.people = [{ id: 'has space', name: 'A' }, { id: 'x'.repeat(65), name: 'B' }, { id: 'é', name: 'C' }];
    raw.ownership = { workflowOwnerId: '' };
    const paths = expectRefused(load(raw)).faults.map((f) => f.path);
    expect(paths).toEqual(['/people/0/id', '/people/1/id', '/people/2/id', '/ownership/workflowOwnerId']);
  });

  it('refuses an id used by two records of different kinds', () => {
    const raw = minimalRaw();
    raw.people = [{ id: 'same', name: 'A' }];
    raw.metrics = [{ id: 'same', name: 'M', kind: 'custom', unit: 'u', direction: 'increase' }];
    const refusal = expectRefused(load(raw));
    expect(refusal.faults).toEqual([{ path: '/metrics/0/id', message: 'The id "same" is already used at /people/0/id; ids must be unique across the workbook' }]);
  });

  it('refuses the keys that could poison objects, wherever they are', () => {
    const text = '{"format":"sprintbook","schemaVersion":1,"people":[{"id":"p","name":"A","constructor":1}],"workflow":{"__proto__":{"x":1}},"prototype":2}';
    const refusal = expectRefused(loadWorkbook(text));
    expect(refusal.kind).toBe('unsafe-key');
    expect(refusal.faults.map((f) => f.path)).toEqual(['/people/0/constructor', '/prototype', '/workflow/__proto__']);
  });

  it('refuses numbers too large to be finite', () => {
    const text = JSON.stringify(minimalRaw()).replace('"pilot"', '"policy":{"mediumExposure":1e999,"highExposure":5},"pilot"');
    expect(expectRefused(loadWorkbook(text)).faults).toEqual([{ path: '/policy/mediumExposure', message: '"mediumExposure" must be a finite number' }]);
  });

  it('refuses dates that are not on the calendar and date-times without a time zone', () => {
    const raw = minimalRaw();
    raw.sprint = { startDate: '2026-02-29' };
    raw.updatedAt = '2026-10-05T08:30:00';
    raw.metrics = [{ id: 'm', name: 'M', kind: 'custom', unit: 'u', direction: 'increase', observations: [{ date: '2026-13-01', value: 1 }] }];
    expect(expectRefused(load(raw)).faults.map((f) => f.path)).toEqual(['/updatedAt', '/sprint/startDate', '/metrics/0/observations/0/date']);
  });

  it('accepts a leap day, fractional seconds and lower-case separators', () => {
    const raw = minimalRaw();
    raw.sprint = { startDate: '2028-02-29' };
    raw.updatedAt = '2026-10-05t08:30:00.123z';
    raw.createdAt = '2026-10-05T23:59:60-05:30';
    expectOpened(load(raw));
  });

  it('counts the title length in characters, not UTF-16 units', () => {
    const raw = minimalRaw();
    raw.title = '😀'.repeat(200);
    expectOpened(load(raw));
    raw.title = '😀'.repeat(201);
    expect(expectRefused(load(raw)).faults[0]?.path).toBe('/title');
    raw.title = '';
    expect(expectRefused(load(raw)).faults[0]?.message).toContain('1 to 200 characters');
  });

  it('refuses a locale that is not BCP 47 and a currency that is not ISO 4217', () => {
    const raw = minimalRaw();
    raw.locale = 'de_DE!';
    raw.currency = 'euro';
    expect(expectRefused(load(raw)).faults.map((f) => f.path)).toEqual(['/locale', '/currency']);
  });

  it('refuses roadmap weeks outside 1..104 and fractional weeks', () => {
    const raw = minimalRaw();
    raw.roadmap = [0, 105, 2.5].map((weeks, i) => ({ id: `r-${i}`, title: 'R', phase: 'scale', weeks }));
    const refusal = expectRefused(load(raw));
    expect(refusal.faults.map((f) => f.message)).toEqual([
      '"weeks" must be at least 1 week', '"weeks" must be at most 104 weeks', '"weeks" must be a whole number of weeks',
    ]);
  });

  it('refuses a sprint day listed twice or outside 1..10', () => {
    const raw = minimalRaw();
    raw.sprint = { days: [{ day: 1, done: true }, { day: 1, done: false }] };
    expect(expectRefused(load(raw)).faults).toEqual([{ path: '/sprint/days/1/day', message: 'Day 1 is listed more than once' }]);
    raw.sprint = { days: [{ day: 11, done: true }] };
    expect(expectRefused(load(raw)).faults[0]?.path).toBe('/sprint/days/0/day');
  });

  it('ignores a UTF-8 byte-order mark', () => {
    const bytes = new TextEncoder().encode('\ufeff' + JSON.stringify(minimalRaw()));
    expect(bytes[0]).toBe(0xef);
    expectOpened(loadWorkbookBytes(bytes));
  });

  it('refuses UTF-16 and Latin-1 files and names the encoding problem', () => {
    const text = JSON.stringify(minimalRaw());
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const r1 = expectRefused(loadWorkbookBytes(utf16));
    expect(r1.kind).toBe('encoding');
    expect(r1.reason).toContain('UTF-16');
    const latin1 = new TextEncoder().encode(JSON.stringify({ ...minimalRaw(), title: 'Weiss' }));
    const bad = new Uint8Array([...latin1.slice(0, 60), 0xdf, ...latin1.slice(60)]);
    const r2 = expectRefused(loadWorkbookBytes(bad));
    expect(r2.reason).toContain('not valid UTF-8 (first bad byte at offset 60)');
  });
});
