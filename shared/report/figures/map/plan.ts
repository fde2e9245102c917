/**
 * How a workflow map goes into a document. A map that fits one page at print size is one
 * figure: drawn normally or tighter, on a portrait or a landscape page, its columns packed where
 * lanes allow (grid.ts) or folded into strips with numbered steps, whichever reads best of
 * what fits. A larger map gets an overview page and sections of at most a page each, titled
 * with the lanes and steps they show (sections.ts).
 */
import type { Workbook } from '../../../model';
import { buildGrid, viewColumns, type MapGrid } from './grid';
import { drawPanels, legend } from './draw';
import { labelWidth, layoutPanel, PRESETS, type PanelLayout, type Preset } from './panel';
import { roomFor, type Room } from './room';
import { sectionFigures } from './sections';
import { numbering, panelOf, type MapFigure } from './view';

export type { MapFigure } from './view';

/** Space between strips of a folded map. */
const STRIP_GAP = 8;
/** Room at both ends of a strip for the connectors that continue in another, and their tags. */
const STUB_ROOM = 24;

interface Candidate { preset: Preset; layered: boolean; strips: number; orientation: 'portrait' | 'landscape'; cost: number }

const CANDIDATES: readonly Candidate[] = (() => {
  const out: Candidate[] = [];
  const weight = { normal: 0, compact: 2, tight: 5, dense: 8 } as const;
  for (const name of ['normal', 'compact', 'tight', 'dense'] as const) {
    for (const layered of [false, true]) {
      for (const strips of [1, 2, 3, 4]) {
        for (const orientation of ['portrait', 'landscape'] as const) {
          out.push({ preset: PRESETS[name], layered, strips, orientation, cost: strips * 10 + (layered ? 3 : 0) + weight[name] + (orientation === 'landscape' ? 1 : 0) });
        }
      }
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
})();

/** The map in one figure if it fits a page at print size, null if not. */
function singleFigure(w: Workbook, grid: MapGrid): MapFigure | null {
  const all = new Set(grid.lanes.map((_, i) => i));
  const lanes = [...all];
  const labelW = labelWidth(grid.lanes);
  const views = [false, true].map((layered) => viewColumns(grid, w.workflow.edges, all, layered));
  for (const c of CANDIDATES) {
    const room: Room = roomFor(c.orientation, false);
    const { colOf, cols } = views[c.layered ? 1 : 0]!;
    const per = Math.ceil(cols / c.strips);
    if (c.strips > 1 && per * (c.strips - 1) >= cols) continue;
    if (labelW + (c.strips > 1 ? 2 * STUB_ROOM : 0) + c.preset.gapX + per * (c.preset.nodeW + c.preset.gapX) > room.width) continue;
    const panels = Array.from({ length: c.strips }, (_, i) => panelOf(grid, lanes, colOf, i * per, Math.min(cols, (i + 1) * per)));
    const layouts: PanelLayout[] = [];
    let top = 0;
    for (const p of panels) {
      const l = layoutPanel(p, c.preset, labelW, top, c.strips > 1 ? STUB_ROOM : 0);
      layouts.push(l);
      top += l.height + STRIP_GAP;
    }
    const mapH = top - STRIP_GAP;
    if (mapH > room.height) continue;
    const width = Math.max(...layouts.map((l) => l.width));
    const numbers = c.strips > 1 ? numbering(panels) : undefined;
    const drawn = drawPanels(w, layouts, width, { stubs: c.strips > 1, ...(numbers ? { numbers } : {}) });
    const key = legend(mapH + 4, width, drawn.notes);
    if (mapH + 4 + key.height > room.height) continue;
    const shows = c.strips > 1
      ? `The map in ${c.strips} strips from top to bottom, its steps numbered in reading order; a connector that continues in another strip ends at the strip's edge with the number of the step at its other end.`
      : c.layered ? 'Where a step in one lane follows a step in another, it may stand below it in the same column.' : '';
    return { figure: { width, height: mapH + 4 + key.height, shapes: [...drawn.shapes, ...key.shapes] }, orientation: c.orientation, shows, steps: grid.nodes.length };
  }
  return null;
}

export function documentMapFigures(w: Workbook): MapFigure[] {
  if (w.workflow.nodes.length === 0) return [];
  const grid = buildGrid(w.workflow);
  const single = singleFigure(w, grid);
  return single ? [single] : sectionFigures(w, grid);
}
