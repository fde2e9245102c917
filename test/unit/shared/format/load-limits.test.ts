import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../../shared/format';
import { expectOpened, expectRefused, load, minimalRaw } from './helpers';

const withNode = (x: number, y: number) => ({
  ...minimalRaw(), workflow: { nodes: [{ id: 'n-1', kind: 'step', label: 'A', x, y }] },
});

describe('node coordinates', () => {
  it('open anywhere within ±1,000,000, the edges included', () => {
    expectOpened(load(withNode(1_000_000, -1_000_000)));
  });

  it('are refused beyond ±1,000,000, each with its pointer', () => {
    const refusal = expectRefused(load({
      ...minimalRaw(),
      workflow: { nodes: [{ id: 'n-1', kind: 'step', label: 'A', x: 1_000_000.5, y: 0 }, { id: 'n-2', kind: 'step', label: 'B', x: 0, y: -1e8 }] },
    }));
    expect(refusal.faults).toEqual([
      { path: '/workflow/nodes/0/x', message: '"x" must lie within ±1,000,000' },
      { path: '/workflow/nodes/1/y', message: '"y" must lie within ±1,000,000' },
    ]);
  });
});

describe('nesting', () => {
  /** An unknown key holding `levels` levels of objects, under a workbook that is itself level 1. */
  const nested = (levels: number) => {
    const raw = minimalRaw();
    let inner: Record<string, unknown> = {};
    for (let i = 1; i < levels; i++) inner = { deeper: inner };
    raw.extra = inner;
    return raw;
  };

  it('of 64 levels opens, and the unknown keys that make it are kept', () => {
    const { workbook } = expectOpened(load(nested(63)));
    expect(JSON.stringify((workbook as unknown as Record<string, unknown>).extra).split('{').length - 1).toBe(63);
  });

  it('of 65 levels is refused, pointing at the value that goes one level too deep', () => {
    const refusal = expectRefused(load(nested(64)));
    expect(refusal.faults).toHaveLength(1);
    expect(refusal.faults[0]!.path).toBe('/extra' + '/deeper'.repeat(63));
    expect(refusal.faults[0]!.message).toMatch(/nests deeper than 64 levels/);
  });

  it('counts lists as levels too, and points into them by index', () => {
    const raw = minimalRaw();
    raw.extra = JSON.parse('['.repeat(63) + ']'.repeat(63));
    expectOpened(load(raw));
    raw.extra = JSON.parse('['.repeat(64) + ']'.repeat(64));
    expect(expectRefused(load(raw)).faults[0]!.path).toBe('/extra' + '/0'.repeat(63));
  });

  it('refuses a million levels quickly instead of overflowing the stack', () => {
    const text = JSON.stringify(minimalRaw()).replace(/}$/, `,"extra":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
    expect(expectRefused(loadWorkbook(text)).faults[0]!.message).toMatch(/deeper than 64/);
  });
});

describe('an object that names a key twice', () => {
  it('is refused at the second occurrence, whatever the depth', () => {
    const text = JSON.stringify(minimalRaw())
      .replace('"title":"Sprint"', '"title":"Sprint","title":"Other"')
      .replace('"workflow":{}', '"workflow":{"nodes":[{"id":"n-1","kind":"step","label":"A","label":"B","x":0,"y":0}]}');
    const refusal = expectRefused(loadWorkbook(text));
    expect(refusal.kind).toBe('invalid');
    expect(refusal.faults.map((f) => f.path)).toEqual(['/title', '/workflow/nodes/0/label']);
    expect(refusal.faults[0]!.message).toBe('The key "title" appears twice in this object; which one would count? Keep one.');
  });

  it('is refused when the two spellings differ only by escapes', () => {
    const text = JSON.stringify(minimalRaw()).replace('"title":"Sprint"', '"title":"Sprint","t\\u0069tle":"Other"');
    expect(expectRefused(loadWorkbook(text)).faults.map((f) => f.path)).toEqual(['/title']);
  });

  it('is no fault when the same key sits in different objects, or a string merely contains braces and quotes', () => {
    const raw = minimalRaw();
    raw.people = [{ id: 'p-1', name: 'A {"name": 1}' }, { id: 'p-2', name: 'B \\" }' }];
    expectOpened(load(raw));
  });

  it('points at keys that need escaping in a JSON pointer', () => {
    const text = JSON.stringify(minimalRaw()).replace('"title":"Sprint"', '"title":"Sprint","a/b~c":1,"a/b~c":2');
    expect(expectRefused(loadWorkbook(text)).faults.map((f) => f.path)).toEqual(['/a~1b~0c']);
  });
});

describe('the structure checks on text that is not JSON', () => {
  it('leave the refusal to the JSON parser, which says where the text broke', () => {
    for (const text of ['a, b', 'x]', '}{', '"key": 1, 2', ',,,']) {
      expect(expectRefused(loadWorkbook(text)).kind).toBe('not-json');
    }
  });
});
