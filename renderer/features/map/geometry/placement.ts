/**
 * Where moved nodes land in the model. The canvas shows a node at its lane's top plus PAD plus
 * (y − the lane's smallest y), so a drop is stored relative to the nodes that stay in the
 * target lane: the dropped node lands where it was shown, and the nodes already there keep
 * their places (only a gap left above a lane's first node closes, as the lane fits its content).
 */
import type { NodeMove } from '../../../state/commands/mapNodes';
import type { Workflow } from '../../../../shared/model';
import { bandIndexAt, modelX, PAD, type CanvasLayout } from './canvasLayout';

export interface PlaceOptions {
  /** The band the primary node was dropped on (dnd-kit's `over`), when known: it wins over geometry. */
  readonly primary?: { readonly id: string; readonly band: number };
}

/** The moves for nodes `ids` shifted by (dx, dy) canvas units; each lands in the band under its centre. */
export function placeMove(workflow: Workflow, layout: CanvasLayout, ids: readonly string[], dx: number, dy: number, options: PlaceOptions = {}): NodeMove[] {
  const moving = new Set(ids);
  const targets: { id: string; x: number; y: number; band: number }[] = [];
  for (const id of ids) {
    const box = layout.boxes.get(id);
    if (!box) continue;
    const x = box.x + dx, y = box.y + dy;
    const band = options.primary?.id === id ? options.primary.band : bandIndexAt(layout.bands, y + box.h / 2);
    targets.push({ id, x, y, band });
  }
  // The smallest model y of the nodes staying in each band: the lane's reference.
  const base = new Map<number, number>();
  for (const n of workflow.nodes) {
    if (moving.has(n.id)) continue;
    const band = layout.bandOf.get(n.id);
    if (band === undefined) continue;
    base.set(band, Math.min(base.get(band) ?? Infinity, n.y));
  }
  return targets.map((t) => {
    const band = t.band >= 0 ? layout.bands[t.band] : undefined;
    // Below every band is "no lane": a band of its own at the bottom (or the one already there).
    const top = band ? band.top : layout.height;
    const laneId = band?.laneId ?? undefined;
    const ref = band ? base.get(t.band) : undefined;
    const offset = t.y - top - PAD;
    return {
      id: t.id,
      x: Math.round(Math.max(layout.originX, modelX(layout, t.x))),
      y: Math.round((ref ?? 0) + offset),
      laneId,
    };
  });
}

/** The moves that put nodes `ids` into lane `laneId` (or no lane), below what is already there. */
export function moveToLane(workflow: Workflow, layout: CanvasLayout, ids: readonly string[], laneId: string | undefined): NodeMove[] {
  const moving = new Set(ids);
  const stay = workflow.nodes.filter((n) => !moving.has(n.id) && (n.laneId ?? undefined) === laneId);
  const group = workflow.nodes.filter((n) => moving.has(n.id));
  if (group.length === 0) return [];
  const top = Math.min(...group.map((n) => n.y));
  const below = stay.length ? Math.max(...stay.map((n) => n.y)) + 100 : 0;
  return group.map((n) => ({ id: n.id, x: n.x, y: n.y - top + below, laneId }));
}

/** Model coordinates and lane for a new node whose top-left is at canvas (x, y) in band `band` (-1: below all). */
export function placeNew(workflow: Workflow, layout: CanvasLayout, x: number, y: number, band: number): NodeMove & { readonly id: '' } {
  const b = band >= 0 ? layout.bands[band] : undefined;
  let ref: number | undefined;
  for (const n of workflow.nodes) {
    if (b && layout.bandOf.get(n.id) === band) ref = Math.min(ref ?? Infinity, n.y);
  }
  const top = b ? b.top : layout.height;
  return {
    id: '',
    x: Math.round(Math.max(layout.originX, modelX(layout, x))),
    y: Math.round((ref ?? 0) + y - top - PAD),
    laneId: b?.laneId ?? undefined,
  };
}
