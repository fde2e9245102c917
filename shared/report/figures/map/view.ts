/**
 * What the map's planners share: the figures they hand the report (MapFigure), a panel cut
 * from the grid (some lanes, some columns), and the steps' numbers in reading order.
 */
import type { Figure } from '../../types';
import type { MapGrid } from './grid';
import type { Panel, PanelNode } from './panel';

export interface MapFigure {
  readonly figure: Figure;
  readonly orientation: 'portrait' | 'landscape';
  /** Set on the overview and sections of a large map: what the figure shows. */
  readonly title?: string;
  /** What the figure shows beyond its title, for the caption. */
  readonly shows: string;
  /** How many steps it shows, for its alt text. */
  readonly steps: number;
}

/** A panel of `lanes` with the nodes whose view column (`colOf`) is in [from, to), rows renumbered from 0 in each lane. */
export function panelOf(grid: MapGrid, lanes: readonly number[], colOf: ReadonlyMap<string, number>, from: number, to: number): Panel {
  const slot = new Map(lanes.map((l, i) => [l, i]));
  const picked: PanelNode[] = [];
  for (const node of grid.nodes) {
    const c = grid.cells.get(node.id)!;
    const col = colOf.get(node.id);
    if (!slot.has(c.lane) || col === undefined || col < from || col >= to) continue;
    picked.push({ node, lane: slot.get(c.lane)!, col: col - from, row: c.row });
  }
  const rowsOf = lanes.map((_, i) => [...new Set(picked.filter((p) => p.lane === i).map((p) => p.row))].sort((a, b) => a - b));
  return { lanes: lanes.map((l) => grid.lanes[l]!), nodes: picked.map((p) => ({ ...p, row: rowsOf[p.lane]!.indexOf(p.row) })), cols: to - from };
}

/** Step numbers in reading order of `panels`: panel by panel, column by column. */
export function numbering(panels: readonly Panel[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let n = 1;
  for (const p of panels) {
    for (const node of [...p.nodes].sort((a, b) => a.col - b.col || a.lane - b.lane || a.row - b.row)) numbers.set(node.node.id, n++);
  }
  return numbers;
}

