/**
 * Where a gap or a load problem is, in words: the record by its name and the field in plain
 * language ("Decision “Approve refund”, who can override it"), never a JSON pointer. Readers of
 * the documents never see the file; the pointer stays in the app and the command line.
 */
import type { Workbook } from '../model';
import { fieldInWords, LIST_NAMES, OBJECT_FIELDS, RECORD_FIELDS } from './field-words';

type Named = { readonly id?: string } & Record<string, unknown>;

/** How one record of each list is named, and what it is called when it cannot be found. */
interface ListSpec {
  readonly singular: string;
  readonly records: (w: Workbook) => readonly Named[];
  readonly name: (w: Workbook, r: Named, index: number) => string;
}

/** “name”, or the id when the name is blank, as the rules' messages do. */
export function quoted(name: unknown, fallback: string): string {
  const text = typeof name === 'string' ? name.trim() : '';
  return `“${text || fallback}”`;
}

const NODE_WORD: Readonly<Record<string, string>> = {
  start: 'Start', end: 'End', step: 'Step', 'ai-step': 'AI step', decision: 'Decision point', handoff: 'Hand-off', system: 'System step',
};

const clip = (s: string, max = 60) => ([...s].length > max ? `${[...s].slice(0, max - 1).join('').trimEnd()}…` : s);

const LISTS: Readonly<Record<string, ListSpec>> = {
  'workflow/lanes': { singular: 'Lane', records: (w) => w.workflow.lanes as unknown as Named[], name: (_w, r, i) => `Lane ${quoted(r.name, r.id ?? String(i + 1))}` },
  'workflow/nodes': {
    singular: 'Step', records: (w) => w.workflow.nodes as unknown as Named[],
    name: (_w, r, i) => `${NODE_WORD[String(r.kind)] ?? 'Step'} ${quoted(r.label, r.id ?? String(i + 1))}`,
  },
  'workflow/edges': { singular: 'Connector', records: (w) => w.workflow.edges as unknown as Named[], name: edgeName },
  people: { singular: 'Person', records: (w) => w.people as unknown as Named[], name: (_w, r, i) => `Person ${quoted(r.name, r.id ?? String(i + 1))}` },
  decisions: { singular: 'Decision', records: (w) => w.decisions as unknown as Named[], name: (_w, r, i) => `Decision ${quoted(r.title, r.id ?? String(i + 1))}` },
  metrics: { singular: 'Metric', records: (w) => w.metrics as unknown as Named[], name: (_w, r, i) => `Metric ${quoted(r.name, r.id ?? String(i + 1))}` },
  raci: {
    singular: 'RACI entry', records: (w) => w.raci as unknown as Named[],
    name: (w, r, i) => `RACI entry ${i + 1} (${personName(w, String(r.personId))}, ${String(r.role)}, for ${subjectPhrase(w, String(r.subjectId))})`,
  },
  roadmap: { singular: 'Roadmap item', records: (w) => w.roadmap as unknown as Named[], name: (_w, r, i) => `Roadmap item ${quoted(r.title, r.id ?? String(i + 1))}` },
  parkingLot: {
    singular: 'Parking-lot item', records: (w) => w.parkingLot as unknown as Named[],
    name: (_w, r, i) => `Parking-lot item ${quoted(typeof r.text === 'string' ? clip(r.text) : '', r.id ?? String(i + 1))}`,
  },
  signoffs: { singular: 'Sign-off', records: (w) => w.signoffs as unknown as Named[], name: (w, r, i) => `Sign-off ${i + 1} (${personName(w, String(r.personId))})` },
  audit: { singular: 'Audit entry', records: (w) => w.audit as unknown as Named[], name: (_w, _r, i) => `Audit entry ${i + 1}` },
  'pilot/stakeholders': {
    singular: 'Stakeholder group', records: (w) => w.pilot.stakeholders as unknown as Named[],
    name: (_w, r, i) => `Stakeholder group ${quoted(r.group, String(i + 1))}`,
  },
  'sprint/days': { singular: 'Sprint day', records: (w) => w.sprint.days as unknown as Named[], name: (_w, r, i) => `Day ${String(r.day ?? i + 1)} of the sprint` },
};

function edgeName(w: Workbook, r: Named, i: number): string {
  if (typeof r.label === 'string' && r.label.trim()) return `Connector ${quoted(r.label, '')}`;
  const end = (id: unknown) => {
    const n = w.workflow.nodes.find((x) => x.id === id);
    return n ? quoted(n.label, n.id) : 'a missing step';
  };
  return r.from === undefined && r.to === undefined ? `Connector ${i + 1}` : `Connector from ${end(r.from)} to ${end(r.to)}`;
}

function personName(w: Workbook, id: string): string {
  const p = w.people.find((x) => x.id === id);
  return p ? quoted(p.name, p.id) : 'a person who is not in the workbook';
}

/** "decision “Approve refund”", for whatever record an id names. */
export function subjectPhrase(w: Workbook, id: string): string {
  const d = w.decisions.find((x) => x.id === id);
  if (d) return `decision ${quoted(d.title, d.id)}`;
  const m = w.metrics.find((x) => x.id === id);
  if (m) return `metric ${quoted(m.name, m.id)}`;
  const r = w.roadmap.find((x) => x.id === id);
  if (r) return `roadmap item ${quoted(r.title, r.id)}`;
  return 'a record that is not in the workbook';
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

const isIndex = (s: string | undefined): s is string => s !== undefined && /^(0|[1-9][0-9]*)$/.test(s);

/** A list's path and the rest of the pointer after it, when the pointer starts in a list. */
function splitList(segs: readonly string[]): { key: string; rest: readonly string[] } | null {
  const two = segs.slice(0, 2).join('/');
  if (LISTS[two]) return { key: two, rest: segs.slice(2) };
  if (segs[0] !== undefined && LISTS[segs[0]]) return { key: segs[0], rest: segs.slice(1) };
  return null;
}

/** Words for the field path below a record: known words, else the first known part, else the key in words. */
function fieldWords(fields: Readonly<Record<string, string>>, rest: readonly string[]): string {
  const keys = rest.filter((s) => !isIndex(s));
  if (keys.length === 0) return '';
  for (let n = keys.length; n > 0; n--) {
    const words = fields[keys.slice(0, n).join('/')];
    if (words) return words;
  }
  return fieldInWords(keys[keys.length - 1]!);
}

/**
 * The place `path` (a JSON pointer into `w`) points to, in words. `subjectId` names the record
 * when the pointer's position no longer matches it (the workbook changed since), and says whose
 * RACI a gap about the RACI as a whole concerns.
 */
export function locate(w: Workbook, path: string, subjectId?: string): string {
  const segs = path.split('/').slice(1).map(unescape);
  if (segs.length === 0 || (segs.length === 1 && segs[0] === '')) return 'The workbook as a whole';

  const list = splitList(segs);
  if (list) {
    const spec = LISTS[list.key]!;
    const [first, ...rest] = list.rest;
    if (!isIndex(first)) {
      const whole = LIST_NAMES[list.key] ?? spec.singular;
      const about = subjectId !== undefined ? `, for ${subjectPhrase(w, subjectId)}` : '';
      const field = first === undefined ? '' : fieldWords(RECORD_FIELDS[list.key] ?? {}, list.rest);
      return `${whole}${about}${field ? `, ${field}` : ''}`;
    }
    const records = spec.records(w);
    let index = Number(first);
    let record = records[index];
    if (subjectId !== undefined && record?.id !== subjectId) {
      const found = records.findIndex((r) => r.id === subjectId);
      if (found >= 0) { index = found; record = records[found]; }
    }
    const name = record ? spec.name(w, record, index) : `${spec.singular} no. ${index + 1} (no longer in the workbook)`;
    const field = fieldWords(RECORD_FIELDS[list.key] ?? {}, rest);
    return field ? `${name}, ${field}` : name;
  }

  const object = OBJECT_FIELDS[segs[0]!];
  if (object) {
    const [field, position] = segs.slice(1);
    if (field === undefined) return object.name;
    if (segs[0] === 'ownership' && field === 'escalationPath' && isIndex(position)) {
      return `${object.name}, person ${Number(position) + 1} on the escalation path`;
    }
    return `${object.name}, ${object.fields[field] ?? fieldInWords(field)}`;
  }
  return `The workbook, ${fieldInWords(segs[segs.length - 1]!)}`;
}
