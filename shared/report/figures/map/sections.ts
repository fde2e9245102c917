/**
 * A map too large for one page: an overview (overview.ts) and sections of at most a page each,
 * drawn dense (two lines a step, numbered in reading order). Sections are lane groups: as many
 * lanes as a page holds, their columns packed (grid.ts) and cut into page-wide pieces, so each
 * keeps the flow's shape. Where that would take more than eleven pages, each lane's steps are
 * set in reading order in rows across the page instead, lane after lane, which fills the pages;
 * the overview keeps the flow's shape. Connectors to steps in another section are counted in the
 * caption and drawn on the overview.
 */
import type { Workbook } from '../../../model';
import { drawPanels, legend } from './draw';
import { viewColumns, type MapGrid } from './grid';
import { overviewFigure, type SectionFrame } from './overview';
import { labelWidth, layoutPanel, nameHeight, PRESETS, type Panel, type PanelNode } from './panel';
import { numbering, panelOf, type MapFigure } from './view';
import { roomFor } from './room';

/** Section pages a map may take besides its overview: twelve pages in all. */
export const SECTION_BUDGET = 11;

interface Section {
  readonly panel: Panel;
  readonly lanes: readonly number[];
  /** Grid columns the section's steps come from, for its frame on the overview. */
  readonly fromCol: number;
  readonly toCol: number;
}

const preset = PRESETS.dense;
const room = roomFor('landscape', true);
const pitchX = preset.nodeW + preset.gapX, pitchY = preset.nodeH + preset.gapY;

function bandHeight(grid: MapGrid, lane: number, rows: number, labelW: number): number {
  return Math.max(rows * pitchY + preset.gapY, nameHeight(grid.lanes[lane]!, labelW));
}

function frameOf(grid: MapGrid, panel: Panel): { fromCol: number; toCol: number } {
  const cols = panel.nodes.map((n) => grid.cells.get(n.node.id)!.col);
  return { fromCol: Math.min(...cols), toCol: Math.max(...cols) };
}

/** Lane groups as tall as a page, their columns packed and cut to the page's width. */
function alignedSections(w: Workbook, grid: MapGrid, labelW: number, maxCols: number): Section[] {
  const rows = grid.lanes.map(() => 0);
  for (const c of grid.cells.values()) rows[c.lane] = Math.max(rows[c.lane]!, c.row + 1);
  const groups: number[][] = [];
  let current: number[] = [], height = 0;
  grid.lanes.forEach((_, i) => {
    if (rows[i] === 0) return;
    const h = bandHeight(grid, i, rows[i]!, labelW);
    if (current.length && height + h > room.height) { groups.push(current); current = []; height = 0; }
    current.push(i);
    height += h;
  });
  if (current.length) groups.push(current);
  const out: Section[] = [];
  for (const group of groups) {
    const { colOf, cols } = viewColumns(grid, w.workflow.edges, new Set(group), true);
    const pieces = Math.ceil(cols / maxCols), per = Math.ceil(cols / pieces);
    for (let from = 0; from < cols; from += per) {
      const panel = panelOf(grid, group, colOf, from, Math.min(cols, from + per));
      if (panel.nodes.length) out.push({ panel, lanes: group, ...frameOf(grid, panel) });
    }
  }
  return out;
}

/** Each lane's steps in reading order, in rows of `maxCols`, lanes packed onto pages. */
function laneSections(grid: MapGrid, labelW: number, maxCols: number): Section[] {
  const maxRows = Math.max(1, Math.floor((room.height - preset.gapY) / pitchY));
  const pieces: { lane: number; nodes: MapGrid['nodes'][number][] }[] = [];
  grid.lanes.forEach((_, lane) => {
    const nodes = grid.nodes.filter((n) => grid.cells.get(n.id)!.lane === lane)
      .sort((a, b) => grid.cells.get(a.id)!.col - grid.cells.get(b.id)!.col || grid.cells.get(a.id)!.row - grid.cells.get(b.id)!.row);
    for (let i = 0; i < nodes.length; i += maxCols * maxRows) pieces.push({ lane, nodes: nodes.slice(i, i + maxCols * maxRows) });
  });
  const out: Section[] = [];
  let group: typeof pieces = [], height = 0;
  const close = (): void => {
    if (!group.length) return;
    const lanes = group.map((p) => p.lane);
    const nodes: PanelNode[] = group.flatMap((p, slot) => p.nodes.map((node, i) => ({ node, lane: slot, col: i % maxCols, row: Math.floor(i / maxCols) })));
    const panel: Panel = { lanes: lanes.map((l) => grid.lanes[l]!), nodes, cols: Math.min(maxCols, Math.max(...group.map((p) => p.nodes.length))) };
    out.push({ panel, lanes, ...frameOf(grid, panel) });
    group = []; height = 0;
  };
  for (const piece of pieces) {
    const h = bandHeight(grid, piece.lane, Math.ceil(piece.nodes.length / maxCols), labelW);
    if (group.length && height + h > room.height) close();
    group.push(piece);
    height += h;
  }
  close();
  return out;
}

function laneWords(names: readonly string[]): string {
  const named = names.map((n) => n || 'without a lane');
  if (named.length === 1) return `Lane ${named[0]}`;
  if (named.length <= 3) return `Lanes ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `Lanes ${named[0]} to ${named[named.length - 1]} (${named.length} lanes)`;
}

/** A, B, … Z, AA, AB … */
function tagOf(i: number): string {
  let s = '', n = i + 1;
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

export function sectionFigures(w: Workbook, grid: MapGrid): MapFigure[] {
  const labelW = labelWidth(grid.lanes);
  const maxCols = Math.max(1, Math.floor((room.width - labelW - preset.gapX) / pitchX));
  let sections = alignedSections(w, grid, labelW, maxCols);
  let byLane = false;
  if (sections.length > SECTION_BUDGET) {
    const packed = laneSections(grid, labelW, maxCols);
    if (packed.length < sections.length) { sections = packed; byLane = true; }
  }
  const numbers = numbering(sections.map((s) => s.panel));
  const frames: SectionFrame[] = [];
  const figures: MapFigure[] = [];
  let first = 1;
  sections.forEach((s, i) => {
    const count = s.panel.nodes.length;
    const title = `${laneWords(s.lanes.map((l) => grid.lanes[l]!.name))}, steps ${first}–${first + count - 1}`;
    const layout = layoutPanel(s.panel, preset, labelW);
    const drawn = drawPanels(w, [layout], layout.width, { numbers, stubs: false });
    const key = drawn.notes.length ? legend(layout.height + 4, layout.width, drawn.notes, [], false) : null;
    const elsewhere = w.workflow.edges.filter((e) => layout.cells.has(e.from) !== layout.cells.has(e.to)).length;
    frames.push({ tag: tagOf(i), title, lanes: s.lanes, fromCol: s.fromCol, toCol: s.toCol });
    figures.push({
      figure: { width: layout.width, height: layout.height + (key ? key.height + 4 : 0), shapes: [...drawn.shapes, ...(key?.shapes ?? [])] },
      orientation: 'landscape',
      title: `${tagOf(i)}. ${title}`,
      shows: `${byLane ? 'Each lane’s steps in reading order, left to right and down' : 'Steps numbered in reading order'}${elsewhere ? `; ${elsewhere} ${elsewhere === 1 ? 'connector continues' : 'connectors continue'} in other sections (see the overview)` : ''}.`,
      steps: count,
    });
    first += count;
  });
  return [{ ...overviewFigure(w, grid, frames, labelW, room), orientation: 'landscape' }, ...figures];
}
