/** The data in templates/: it parses, and its shapes agree with the model and the domain rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_IDS, DIRECTIONS, METRIC_KINDS, QUESTIONS, TIERS } from '../../../shared/model';
import { REQUIRED_CONTROLS } from '../../../shared/logic';

const read = (path: string) => readFileSync(new URL(`../../../templates/${path}`, import.meta.url), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));

interface Control { id: string; name: string; description: string; requiredFor?: string[] }
interface Kpi { kind: string; name: string; definition: string; unit: string; direction: string; howToMeasure: string }
interface AgendaDay { day: number; title: string; focus: string; doneWhen: string; question?: string }

const nonEmpty = expect.stringMatching(/\S/);

describe('the control catalog', () => {
  const controls = json('controls.json') as Control[];

  it('lists exactly the model\'s control ids, in the same order', () => {
    expect(controls.map((c) => c.id)).toEqual([...CONTROL_IDS]);
  });

  it('gives every control a name and a description', () => {
    for (const c of controls) {
      expect(c).toEqual({ id: c.id, name: nonEmpty, description: nonEmpty, ...(c.requiredFor ? { requiredFor: c.requiredFor } : {}) });
    }
  });

  it('marks as required for a tier exactly the controls the tier rules require', () => {
    for (const tier of TIERS) {
      const marked = controls.filter((c) => c.requiredFor?.includes(tier)).map((c) => c.id);
      expect(marked.sort(), tier).toEqual([...REQUIRED_CONTROLS[tier]].sort());
    }
  });

  it('requires access-control, and only it, for personal data', () => {
    expect(controls.filter((c) => c.requiredFor?.includes('personal-data')).map((c) => c.id)).toEqual(['access-control']);
  });

  it('uses no other requiredFor values', () => {
    const allowed = new Set<string>([...TIERS, 'personal-data']);
    expect(controls.flatMap((c) => c.requiredFor ?? []).filter((v) => !allowed.has(v))).toEqual([]);
  });
});

describe('the KPI library', () => {
  const kpis = json('kpi-library.json') as Kpi[];

  it('covers the kinds readiness asks for, plus throughput and satisfaction', () => {
    expect(kpis.map((k) => k.kind)).toEqual([
      'cycle-time', 'time-to-first-response', 'error-rate', 'rework-rate', 'cost-per-unit', 'throughput', 'satisfaction',
    ]);
  });

  it('uses only the model\'s metric kinds and directions, with every field filled in', () => {
    for (const k of kpis) {
      expect(METRIC_KINDS).toContain(k.kind);
      expect(DIRECTIONS).toContain(k.direction);
      expect(k).toEqual({ kind: k.kind, name: nonEmpty, definition: nonEmpty, unit: nonEmpty, direction: k.direction, howToMeasure: nonEmpty });
    }
  });
});

describe('the ten-day agenda', () => {
  const agenda = json('agenda.json') as AgendaDay[];

  it('has days 1 to 10, in order', () => {
    expect(agenda.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives every day a title, a focus and a done-when', () => {
    for (const d of agenda) expect([d.title, d.focus, d.doneWhen]).toEqual([nonEmpty, nonEmpty, nonEmpty]);
  });

  it('ties days 2 to 8 to the four readiness questions, in the order of the sprint', () => {
    expect(agenda.map((d) => d.question)).toEqual([
      undefined, 'workflow', 'workflow', 'tiers', 'tiers', 'baselines', 'baselines', 'owners', undefined, undefined,
    ]);
    for (const d of agenda) if (d.question) expect(QUESTIONS).toContain(d.question);
  });

  it('gives days 2 and 3 the same focus', () => {
    expect(agenda[1]!.focus).toBe(agenda[2]!.focus);
  });

  it('gives every day timeboxed blocks the file format accepts, no more than a working day long', () => {
    for (const d of agenda as (AgendaDay & { blocks: { title: string; minutes: number }[] })[]) {
      expect(d.blocks.length).toBeGreaterThan(0);
      for (const b of d.blocks) {
        expect(b.title.trim()).not.toBe('');
        expect(Number.isInteger(b.minutes) && b.minutes >= 1 && b.minutes <= 480).toBe(true);
      }
      expect(d.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBeLessThanOrEqual(8 * 60);
    }
  });
});

describe('the starter workbooks', () => {
  for (const name of ['blank', 'support-triage']) {
    it(`${name}.sprintbook is a version 1 workbook with ten sprint days and a final newline`, () => {
      const text = read(`starters/${name}.sprintbook`);
      const w = JSON.parse(text) as { format: string; schemaVersion: number; sprint: { days: { day: number }[] } };
      expect([w.format, w.schemaVersion]).toEqual(['sprintbook', 1]);
      expect(w.sprint.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(text.endsWith('}\n')).toBe(true);
    });
  }

  it('blank.sprintbook is an untitled sprint with nothing done yet', () => {
    const w = json('starters/blank.sprintbook') as { title: string; pilot: { name: string }; sprint: { days: { done: boolean }[] } };
    expect(w.title).toBe('Untitled sprint');
    expect(w.pilot.name).toBe('');
    expect(w.sprint.days.every((d) => !d.done)).toBe(true);
  });
});
