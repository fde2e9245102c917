/**
 * One panel of a document map: some lanes and some columns of the grid (grid.ts) laid out at
 * print size. Lanes are bands with their names in a column on the left, wrapped between words;
 * nodes sit in cells of one size with gaps around them, and the gaps are the channels the
 * connectors run in (route.ts), so no connector crosses a node and no label has to.
 */
import type { WorkflowNode } from '../../../model';
import type { GridLane } from './grid';
import { estimateLines, widestWord } from './measure';

export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

/** Sizes of a map drawn at print size; every text is 7 pt or more. */
export interface Preset {
  readonly nodeW: number;
  readonly nodeH: number;
  readonly gapX: number;
  readonly gapY: number;
  readonly labelSize: number;
  readonly labelLines: number;
  /** Steps carry their number in reading order (a map in several figures). */
  readonly numbered: boolean;
}

export const PRESETS = {
  /** A map that fits its page comfortably. */
  normal: { nodeW: 84, nodeH: 38, gapX: 22, gapY: 16, labelSize: 7.5, labelLines: 3, numbered: false },
  /** A map that fits only when drawn tighter. */
  compact: { nodeW: 68, nodeH: 32, gapX: 16, gapY: 12, labelSize: 7, labelLines: 3, numbered: false },
  /** A busy map on one page: two lines a step. */
  tight: { nodeW: 72, nodeH: 22, gapX: 10, gapY: 5, labelSize: 7, labelLines: 2, numbered: false },
  /** A section of a large map: two lines a step, numbered. */
  dense: { nodeW: 56, nodeH: 20, gapX: 10, gapY: 5, labelSize: 7, labelLines: 2, numbered: true },
} as const satisfies Record<string, Preset>;

export const LANE_NAME_SIZE = 7.5;
export const LANE_KIND_SIZE = 7;
export const LINE = 1.2;
/** The lane kind's caption under the name, and the padding of the name's box. */
export const KIND_H = LANE_KIND_SIZE * LINE + 4;
const NAME_PAD = 8;

export interface PanelNode {
  readonly node: WorkflowNode;
  /** Index into Panel.lanes. */
  readonly lane: number;
  readonly col: number;
  readonly row: number;
}
export interface Panel {
  readonly lanes: readonly GridLane[];
  readonly nodes: readonly PanelNode[];
  readonly cols: number;
}
export interface Band {
  readonly lane: GridLane;
  readonly top: number;
  readonly height: number;
  readonly rows: number;
  /** Lines of the lane's name as estimated, so its box is tall enough. */
  readonly nameLines: number;
}
export interface PanelLayout {
  readonly preset: Preset;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Width of the lane name column. */
  readonly labelW: number;
  /** Room kept free at both ends of the lanes (see layoutPanel). */
  readonly inset: number;
  readonly bands: readonly Band[];
  readonly boxes: ReadonlyMap<string, Box>;
  readonly cells: ReadonlyMap<string, PanelNode>;
  /** x of the vertical channel left of column k (k = cols: right of the last). */
  channelX(k: number): number;
}

/** The lane name column: as wide as the widest word of any name (a name wraps between words, never inside one). */
export function labelWidth(lanes: readonly GridLane[]): number {
  const widest = Math.max(0, ...lanes.map((l) => widestWord(l.name, LANE_NAME_SIZE, true)));
  return Math.min(140, Math.max(58, Math.ceil(widest + NAME_PAD + 2)));
}

function nameLines(lane: GridLane, labelW: number): number {
  return lane.name ? estimateLines(lane.name, LANE_NAME_SIZE, labelW - NAME_PAD, true).length : 0;
}

/** Height a lane's name needs in the label column (its kind is written under it only where the band has room, else the legend's lane colours say it). */
export function nameHeight(lane: GridLane, labelW: number): number {
  return nameLines(lane, labelW) * LANE_NAME_SIZE * LINE + NAME_PAD;
}

/** Whether a band has room for its lane's kind under the name. */
export function kindFits(band: Band, labelW: number): boolean {
  return band.lane.kind !== '' && band.height >= nameHeight(band.lane, labelW) + KIND_H;
}

/**
 * `inset` is room kept free at both ends of the lanes, right of the names and at the right
 * edge: where the connectors of a folded map leave for another strip, with the step they lead to.
 */
export function layoutPanel(panel: Panel, preset: Preset, labelW: number, top = 0, inset = 0): PanelLayout {
  const pitchX = preset.nodeW + preset.gapX, pitchY = preset.nodeH + preset.gapY;
  const rowsOf = panel.lanes.map(() => 0);
  for (const n of panel.nodes) rowsOf[n.lane] = Math.max(rowsOf[n.lane]!, n.row + 1);
  const bands: Band[] = [];
  let y = top;
  panel.lanes.forEach((lane, i) => {
    const rows = rowsOf[i]!;
    const height = Math.max(rows * pitchY + preset.gapY, nameHeight(lane, labelW));
    bands.push({ lane, top: y, height, rows, nameLines: nameLines(lane, labelW) });
    y += height;
  });
  const boxes = new Map<string, Box>();
  const cells = new Map<string, PanelNode>();
  for (const n of panel.nodes) {
    boxes.set(n.node.id, {
      x: labelW + inset + preset.gapX + n.col * pitchX,
      y: bands[n.lane]!.top + preset.gapY + n.row * pitchY,
      w: preset.nodeW, h: preset.nodeH,
    });
    cells.set(n.node.id, n);
  }
  return {
    preset, top, labelW, bands, boxes, cells, inset,
    width: labelW + 2 * inset + preset.gapX + panel.cols * pitchX,
    height: y - top,
    channelX: (k) => labelW + inset + preset.gapX / 2 + k * pitchX,
  };
}
