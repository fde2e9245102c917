import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { generateWorkbook } from '../../../fixtures/generate';
import { expectOpened, load, minimalRaw } from './helpers';
import { INVOICE_EXAMPLE, INVOICE_EXAMPLE_11 } from '../../../fixtures/examples';

const example = readFileSync(INVOICE_EXAMPLE, 'utf8');

describe('writing a workbook canonically', () => {
  it("writes keys in DOMAIN.md's order whatever order they were read in", () => {
    const raw = minimalRaw();
    const shuffled = Object.fromEntries(Object.entries(raw).reverse());
    const text = serializeWorkbook(expectOpened(load(shuffled)).workbook);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format', 'schemaVersion', 'id', 'title', 'createdAt', 'updatedAt', 'pilot', 'sprint', 'people', 'workflow',
      'decisions', 'metrics', 'ownership', 'raci', 'roadmap', 'audit',
    ]);
  });

  it('orders nested records too', () => {
    const raw = minimalRaw();
    raw.metrics = [{ observations: [{ value: 1, date: '2026-01-01' }], direction: 'increase', unit: 'u', kind: 'custom', name: 'M', id: 'm', kill: { action: 'stop', threshold: 2 } }];
    const text = serializeWorkbook(expectOpened(load(raw)).workbook);
    const m = JSON.parse(text).metrics[0];
    expect(Object.keys(m)).toEqual(['id', 'name', 'kind', 'unit', 'direction', 'kill', 'decisionIds', 'observations']);
    expect(Object.keys(m.kill)).toEqual(['threshold', 'action']);
    expect(Object.keys(m.observations[0])).toEqual(['date', 'value']);
  });

  it('indents with two spaces and ends with a newline', () => {
    const text = serializeWorkbook(expectOpened(load(minimalRaw())).workbook);
    expect(text.split('\n')[1]).toBe('  "format": "sprintbook",');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is a fixed point: serialize(parse(serialize(w))) equals serialize(w)', () => {
    for (const source of [example, serializeWorkbook(generateWorkbook({ nodes: 50, edges: 60, lanes: 3, decisions: 20, metrics: 10, observations: 5, roadmap: 12, people: 6 }))]) {
      const once = serializeWorkbook(expectOpened(loadWorkbook(source)).workbook);
      const twice = serializeWorkbook(expectOpened(loadWorkbook(once)).workbook);
      expect(twice).toBe(once);
    }
  });

  it('keeps the example file semantically identical', () => {
    const rewritten = serializeWorkbook(expectOpened(loadWorkbook(example)).workbook);
    expect(JSON.parse(rewritten)).toEqual(JSON.parse(example));
  });

  it('keeps unknown keys at every level and writes them after the known ones', () => {
    const raw = minimalRaw();
    raw.fromTheFuture = { nested: [1, 2] };
    raw.pilot = { zeta: true, name: 'P' };
    raw.people = [{ id: 'p', name: 'A', pronouns: 'she/her' }];
    raw.workflow = { nodes: [{ id: 'n', kind: 'step', label: 'L', x: 1, y: 2, colour: '#f00' }] };
    const text = serializeWorkbook(expectOpened(load(raw)).workbook);
    const back = JSON.parse(text);
    expect(back.fromTheFuture).toEqual({ nested: [1, 2] });
    expect(Object.keys(back).at(-1)).toBe('fromTheFuture');
    expect(Object.keys(back.pilot)).toEqual(['name', 'zeta']);
    expect(back.people[0].pronouns).toBe('she/her');
    expect(back.workflow.nodes[0].colour).toBe('#f00');
  });

  it('writes every list, even those the file left out', () => {
    const back = JSON.parse(serializeWorkbook(expectOpened(load(minimalRaw())).workbook));
    expect(back.sprint).toEqual({ days: [] });
    expect(back.workflow).toEqual({ lanes: [], nodes: [], edges: [] });
    expect(back.ownership).toEqual({ escalationPath: [] });
  });
});

describe('writing the fields added in 1.1', () => {
  const example11 = readFileSync(INVOICE_EXAMPLE_11, 'utf8');

  it("writes them in DOMAIN.md's order, each where the format lists it", () => {
    const back = JSON.parse(serializeWorkbook(expectOpened(loadWorkbook(example11)).workbook));
    expect(Object.keys(back).slice(-4)).toEqual(['roadmap', 'parkingLot', 'signoffs', 'audit']);
    expect(Object.keys(back.pilot)).toEqual(['name', 'summary', 'outcome', 'stage', 'intendedUse', 'outOfScope', 'stakeholders']);
    expect(Object.keys(back.sprint.days[0])).toEqual(['day', 'done', 'notes', 'blocks']);
    expect(Object.keys(back.sprint.days[0].blocks[0])).toEqual(['title', 'minutes', 'done']);
    expect(Object.keys(back.parkingLot[1])).toEqual(['id', 'text', 'raisedAt', 'status', 'resolution']);
    expect(Object.keys(back.signoffs[0])).toEqual(['personId', 'role', 'date', 'decision', 'note']);
    expect(back).toEqual(JSON.parse(example11));
  });

  it('leaves them out while they are empty, so a workbook that never used them saves as before', () => {
    const back = JSON.parse(serializeWorkbook(expectOpened(load({ ...minimalRaw(), sprint: { days: [{ day: 2, done: false, blocks: [] }] }, parkingLot: [] })).workbook));
    expect(back).not.toHaveProperty('parkingLot');
    expect(back).not.toHaveProperty('signoffs');
    expect(back.pilot).toEqual({ name: 'Pilot' });
    expect(back.sprint.days).toEqual([{ day: 2, done: false }]);
  });
});

describe('unknown keys named like the members of every object', () => {
  const names = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',
    '__lookupGetter__', '__lookupSetter__', '__defineGetter__', '__defineSetter__'];

  it('survive a save at the top, in records and in nested objects, with their values', () => {
    const raw = minimalRaw();
    names.forEach((k, i) => { raw[k] = i; });
    raw.pilot = { name: 'P', toString: 'pilot text', valueOf: { n: 1 } };
    raw.workflow = { nodes: [{ id: 'n', kind: 'step', label: 'L', x: 0, y: 0, hasOwnProperty: [true] }] };
    raw.metrics = [{ id: 'm', name: 'M', kind: 'custom', unit: 'u', direction: 'increase', kill: { threshold: 1, __lookupGetter__: 'k' } }];
    const back = JSON.parse(serializeWorkbook(expectOpened(load(raw)).workbook));
    names.forEach((k, i) => expect(Object.prototype.hasOwnProperty.call(back, k) && back[k]).toBe(i));
    expect(back.pilot).toEqual({ name: 'P', toString: 'pilot text', valueOf: { n: 1 } });
    expect(back.workflow.nodes[0].hasOwnProperty).toEqual([true]);
    expect(back.metrics[0].kill).toEqual({ threshold: 1, __lookupGetter__: 'k' });
  });
});
