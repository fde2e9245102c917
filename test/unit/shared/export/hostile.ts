/**
 * Workbooks a hostile tester would make, each one that opens: extreme finite numbers in
 * every numeric field, nodes in the corners of the ±1,000,000 map, and control characters
 * in the texts. Built as JSON text and opened with the real loader, as a file would be.
 */
import { loadWorkbook } from '../../../../shared/format';
import type { Workbook } from '../../../../shared/model';
import { generateWorkbook } from '../../../fixtures/generate';

export const MAX = 1.7976931348623157e308;
export const TINY = 5e-324;

/** A small generated workbook as plain JSON, ready to be made hostile. */
export function baseDocument(): any {
  return JSON.parse(JSON.stringify(generateWorkbook({
    nodes: 6, edges: 6, lanes: 2, decisions: 3, metrics: 3, observations: 4, roadmap: 4, people: 3,
  })));
}

/** Opens `doc` as the app would open a file; a test fixture that does not open is a broken test. */
export function open(doc: unknown): Workbook {
  const r = loadWorkbook(JSON.stringify(doc));
  if (!r.ok) throw new Error(`the hostile workbook must open: ${r.refusal.reason} ${JSON.stringify(r.refusal).slice(0, 400)}`);
  return r.workbook;
}

/** Baseline, target, kill threshold, observations, sample size, exposure and policy at the ends of the doubles. */
export function extremeNumbersWorkbook(): Workbook {
  const d = baseDocument();
  const [m0, m1, m2] = d.metrics;
  m0.unit = 'h';
  m0.baseline = { ...m0.baseline, value: MAX, sampleSize: 1e308 };
  m0.target = { value: -MAX };
  m0.kill = { threshold: TINY };
  m0.observations = [
    { date: '2026-04-01', value: TINY }, { date: '2026-04-04', value: -0 },
    { date: '2026-04-07', value: -1e308 }, { date: '2026-04-10', value: 1e308, note: 'peak' },
  ];
  m1.unit = '%';
  m1.baseline = { ...m1.baseline, value: -TINY };
  m1.kill = { threshold: 1e308 };
  m1.observations = [{ date: '2026-04-01', value: MAX, note: 'max' }, { date: '2026-04-02', value: -MAX }];
  m2.unit = '';
  m2.baseline = { ...m2.baseline, value: -0 };
  m2.target = { value: 1e-305 };
  m2.observations = [{ date: '2026-04-01', value: 1e-305 }];
  d.decisions[0].factors.financialExposure = MAX;
  d.decisions[1].factors.financialExposure = TINY;
  d.decisions[2].factors.financialExposure = -0;
  d.policy = { mediumExposure: TINY, highExposure: 1e308 };
  return open(d);
}

/** Nodes in the four corners of the map (±1,000,000), in one lane and across lanes. */
export function cornerWorkbook(): Workbook {
  const d = baseDocument();
  const corners = [[-1e6, -1e6], [1e6, 1e6], [-1e6, 1e6], [1e6, -1e6], [0, 0], [1e6, 0]];
  d.workflow.nodes.forEach((n: any, i: number) => {
    [n.x, n.y] = corners[i % corners.length]!;
    if (i < 4) n.laneId = 'l-0';
  });
  // Dashed connectors (reads, writes) across the whole map: the ones that once cost gigabytes.
  d.workflow.edges = [
    { id: 'e-a', from: 'n-0', to: 'n-1', kind: 'reads' },
    { id: 'e-b', from: 'n-2', to: 'n-3', kind: 'writes', label: 'corner to corner' },
    { id: 'e-c', from: 'n-3', to: 'n-4', kind: 'flow' },
    { id: 'e-d', from: 'n-5', to: 'n-0', kind: 'handoff' },
  ];
  return open(d);
}

/** Every kind of character a document cannot show as is, once. */
export const UNPRINTABLE = '\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F\u0085\uDFFF\uD800\uFFFE\uFFFF';
/** `UNPRINTABLE` as a reader sees it: one replacement character for each. */
export const UNPRINTABLE_SHOWN = '\uFFFD'.repeat(14);

/** Control characters in a node label, a lane, an edge label, a metric, a decision, the title and the pilot. */
export function controlCharacterWorkbook(): Workbook {
  const d = baseDocument();
  const mark = (s: string) => `${s} <${UNPRINTABLE}> end`;
  d.title = mark('Title');
  d.pilot.name = mark('Pilot');
  d.workflow.lanes[0].name = mark('Lane');
  d.workflow.nodes[0].label = mark('Node');
  d.workflow.nodes[1].label = mark('Second\tnode\nwith lines');
  d.workflow.edges[0].label = mark('Edge');
  d.metrics[0].name = mark('Metric');
  d.metrics[0].unit = mark('unit');
  d.decisions[0].title = mark('Decision');
  d.roadmap[0].title = mark('Roadmap');
  d.people[0].name = mark('Person');
  return open(d);
}
