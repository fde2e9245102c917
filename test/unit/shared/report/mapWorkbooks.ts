/**
 * Generated workbooks for the map's figures: a workflow laid out the way people draw one on the
 * canvas (steps left to right on the 180-point grid, one to three lanes busy in each column,
 * flow to the next column, reads and writes to a system, a few hand-offs and labelled
 * connectors), with the rest of the workbook from test/fixtures/generate. Seeded, so every run
 * draws the same map.
 */
import type { EdgeKind, NodeKind, Workbook } from '../../../../shared/model';
import { BENCH_SIZE, generateWorkbook } from '../../../fixtures/generate';

const LANES = [
  ['Intake', 'role'], ['Invoice assistant', 'ai'], ['Accounts payable clerk', 'role'], ['Budget approver', 'role'],
  ['Treasury', 'role'], ['Supplier', 'external'], ['Procurement', 'role'], ['Compliance review', 'role'],
  ['ERP and ledger', 'system'], ['Document store', 'system'],
] as const;
const VERBS = ['Check', 'Review', 'Match', 'Extract', 'Propose', 'Approve', 'Post', 'Record', 'Escalate', 'Notify', 'Resolve', 'Validate'];
const OBJECTS = ['invoice fields', 'purchase order', 'GL coding', 'payment run', 'supplier record', 'tolerance breach', 'exception case', 'approval limit', 'duplicate invoice', 'tax code'];
const EDGE_LABELS = ['approved', 'within tolerance', 'outside tolerance', 'new PDF attachment', 'open POs', 'rejected'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function flowWorkbook(nodes: number, lanes: number, seed = 7): Workbook {
  const r = rng(seed);
  const base = generateWorkbook({ ...BENCH_SIZE, nodes, edges: 0, lanes, decisions: Math.min(BENCH_SIZE.decisions, nodes) }, seed);
  const laneList = LANES.slice(0, lanes).map(([name, kind], i) => ({ id: `l-${i}`, name, kind }));
  const placed: { id: string; kind: NodeKind; label: string; laneId: string; x: number; y: number; col: number }[] = [];
  let col = 0;
  while (placed.length < nodes) {
    const busy = 1 + Math.floor(r() * Math.min(3, lanes));
    const taken = new Set<number>();
    for (let k = 0; k < busy && placed.length < nodes; k++) {
      let lane = Math.floor(r() * lanes);
      while (taken.has(lane)) lane = (lane + 1) % lanes;
      taken.add(lane);
      const i = placed.length;
      const ai = laneList[lane]!.kind === 'ai', system = laneList[lane]!.kind === 'system';
      const kind: NodeKind = i === 0 ? 'start' : ai ? 'ai-step' : system ? 'system' : r() < 0.15 ? 'decision' : r() < 0.1 ? 'handoff' : 'step';
      placed.push({
        id: `n-${i}`, kind, laneId: `l-${lane}`, x: 40 + col * 180, y: 40 + lane * 120, col,
        label: `${VERBS[Math.floor(r() * VERBS.length)]} ${OBJECTS[Math.floor(r() * OBJECTS.length)]}`,
      });
    }
    col++;
  }
  const byCol = new Map<number, typeof placed>();
  for (const n of placed) (byCol.get(n.col) ?? byCol.set(n.col, []).get(n.col)!).push(n);
  const edges: { id: string; from: string; to: string; kind: EdgeKind; label?: string }[] = [];
  for (const n of placed) {
    const next = byCol.get(n.col + 1);
    if (next) {
      const to = next[Math.floor(r() * next.length)]!;
      const kind: EdgeKind = to.kind === 'ai-step' && r() < 0.5 ? 'triggers' : r() < 0.1 ? 'handoff' : 'flow';
      edges.push({ id: `e-${edges.length}`, from: n.id, to: to.id, kind, ...(r() < 0.12 ? { label: EDGE_LABELS[Math.floor(r() * EDGE_LABELS.length)] } : {}) });
    }
    const system = (byCol.get(n.col) ?? []).find((m) => m.kind === 'system' && m.id !== n.id);
    if (system && n.kind === 'ai-step') edges.push({ id: `e-${edges.length}`, from: n.id, to: system.id, kind: r() < 0.5 ? 'reads' : 'writes' });
  }
  return {
    ...base,
    title: `Generated ${nodes}-step workflow`,
    workflow: { lanes: laneList, nodes: placed.map(({ col: _col, ...n }) => n), edges },
  };
}
