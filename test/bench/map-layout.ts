/**
 * The map benches' workbooks: the generated workbook's map with its nodes spread out, one per
 * spot (the generator stacks several on each), in rows within each lane, and each connector
 * joining near neighbours (the next step in its lane, or the same step in the next lane), as
 * drawn maps do. React Flow's page draws the very same boxes (map-reactflow.ts).
 */
import type { Workbook } from '../../shared/model';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';

const COLUMN = 180;
const ROW = 100;

/** The bench workbook with `nodes` nodes, 1.5 connectors per node, spread out. */
export function spreadWorkbook(nodes: number): Workbook {
  const w = generateWorkbook({ ...BENCH_SIZE, nodes, edges: Math.round(nodes * 1.5) });
  const lanes = w.workflow.lanes.length;
  const perLane = Math.ceil(nodes / lanes);
  // Rows and columns so that the whole map is about as wide as 1.6 times its height.
  const rows = Math.max(1, Math.round(Math.sqrt((perLane * COLUMN) / (1.6 * lanes * ROW))));
  const columns = Math.ceil(perLane / rows);
  const spread = w.workflow.nodes.map((n, i) => {
    const k = Math.floor(i / lanes);
    return { ...n, laneId: `l-${i % lanes}`, x: 40 + (k % columns) * COLUMN, y: 40 + Math.floor(k / columns) * ROW };
  });
  const edges = w.workflow.edges.map((e, j) => {
    const a = j % nodes;
    const next = j < nodes ? a + lanes : a + 1; // the next step in the lane, or the next lane
    const to = next < nodes && next !== a ? next : (a + 1) % nodes;
    return { ...e, from: `n-${a}`, to: `n-${to}` };
  });
  return { ...w, workflow: { ...w.workflow, nodes: spread, edges } };
}

/** How many nodes share a spot with another (0 when the map is spread). */
export function stackedNodes(w: Workbook): number {
  const spots = new Set(w.workflow.nodes.map((n) => `${n.laneId} ${n.x} ${n.y}`));
  return w.workflow.nodes.length - spots.size;
}
