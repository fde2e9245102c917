/**
 * Connectors of a panel (panel.ts) routed in the gaps between cells: out of a node's side, along
 * the vertical gap next to it, along the horizontal gap by the target's row, down the gap next
 * to the target and into its side. Nothing runs across a node. Connectors that share a gap get
 * tracks a little apart, and the ends on one side of a node are spread along it, so two
 * connectors rarely draw one line. A connector to a node outside the panel is a stub to the
 * panel's edge, named there by the other end's step (draw.ts).
 */
import type { Edge } from '../../../model';
import type { Box, PanelLayout } from './panel';

export type Point = [number, number];
type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Route {
  readonly edge: Edge;
  readonly points: Point[];
  /** Set for a stub: which end is outside the panel, and the edge it leaves by. */
  readonly stub?: { readonly outside: 'from' | 'to'; readonly edge: 'left' | 'right' };
}
export interface Stub { readonly edge: Edge; readonly outside: 'from' | 'to'; readonly toward: 'left' | 'right' }

const TRACK = 2.5;

interface Plan { edge: Edge; a: Box; b: Box | null; exit: Side; entry: Side | null; kind: 'down' | 'loop' | 'forward' | 'back' | 'stub-out' | 'stub-in'; stub?: Stub }

export function routeEdges(layout: PanelLayout, edges: readonly Edge[], stubs: readonly Stub[] = []): Route[] {
  const { boxes, cells, preset } = layout;
  const column = new Map<number, Box[]>();
  for (const [id, b] of boxes) {
    const c = cells.get(id)!.col;
    const list = column.get(c);
    if (list) list.push(b); else column.set(c, [b]);
  }
  const between = (col: number, y0: number, y1: number): boolean =>
    (column.get(col) ?? []).some((b) => b.y > Math.min(y0, y1) && b.y < Math.max(y0, y1));

  const plans: Plan[] = [];
  for (const e of edges) {
    const a = boxes.get(e.from), b = boxes.get(e.to);
    if (!a || !b || e.from === e.to) continue;
    const ca = cells.get(e.from)!.col, cb = cells.get(e.to)!.col;
    if (ca === cb) {
      if (!between(ca, a.y, b.y)) plans.push({ edge: e, a, b, exit: b.y > a.y ? 'bottom' : 'top', entry: b.y > a.y ? 'top' : 'bottom', kind: 'down' });
      else plans.push({ edge: e, a, b, exit: 'right', entry: 'right', kind: 'loop' });
    } else if (cb > ca) plans.push({ edge: e, a, b, exit: 'right', entry: 'left', kind: 'forward' });
    else plans.push({ edge: e, a, b, exit: 'left', entry: 'right', kind: 'back' });
  }
  for (const s of stubs) {
    const inside = boxes.get(s.outside === 'to' ? s.edge.from : s.edge.to);
    if (!inside) continue;
    plans.push({ edge: s.edge, a: inside, b: null, exit: s.toward, entry: null, kind: s.outside === 'to' ? 'stub-out' : 'stub-in', stub: s });
  }

  // Ends on one side of a node, spread along it in the order of where they lead.
  const ends = new Map<string, { plan: Plan; end: 'a' | 'b'; toward: number }[]>();
  const addEnd = (box: Box, side: Side, plan: Plan, end: 'a' | 'b', other: Box | null): void => {
    const key = `${box.x},${box.y},${side}`;
    const toward = other ? (side === 'left' || side === 'right' ? other.y : other.x) : plan.stub?.toward === 'left' ? -1e9 : 1e9;
    const list = ends.get(key);
    const item = { plan, end, toward };
    if (list) list.push(item); else ends.set(key, [item]);
  };
  for (const p of plans) {
    addEnd(p.a, p.exit, p, 'a', p.b);
    if (p.b && p.entry) addEnd(p.b, p.entry, p, 'b', p.a);
  }
  const port = new Map<Plan, { a: number; b: number }>();
  for (const [key, list] of ends) {
    const side = key.slice(key.lastIndexOf(',') + 1) as Side;
    const span = (side === 'left' || side === 'right' ? preset.nodeH : preset.nodeW) - 8;
    list.sort((p, q) => p.toward - q.toward);
    list.forEach((item, i) => {
      const offset = list.length === 1 ? 0 : ((i + 1) / (list.length + 1) - 0.5) * span;
      const entry = port.get(item.plan) ?? { a: 0, b: 0 };
      entry[item.end] = offset;
      port.set(item.plan, entry);
    });
  }

  const tracks = new Map<string, number>();
  const maxV = Math.max(1, Math.floor((preset.gapX - 4) / TRACK) + 1), maxH = Math.max(1, Math.floor((preset.gapY - 4) / TRACK) + 1);
  const track = (key: string, max: number): number => {
    const t = tracks.get(key) ?? 0;
    tracks.set(key, t + 1);
    // 0, +1, −1, +2, −2 … tracks from the middle of the gap.
    const k = t % max;
    return (k % 2 === 0 ? k / 2 : -(k + 1) / 2) * TRACK;
  };
  const vx = (k: number): number => layout.channelX(k) + track(`v${k}`, maxV);
  const hy = (y: number): number => y + track(`h${Math.round(y * 10)}`, maxH);
  const gapAbove = (b: Box): number => b.y - preset.gapY / 2;
  const gapBelow = (b: Box): number => b.y + b.h + preset.gapY / 2;
  const colOf = (b: Box): number => Math.round((b.x - layout.labelW - layout.inset - preset.gapX) / (preset.nodeW + preset.gapX));

  const out: Route[] = [];
  for (const p of plans) {
    const { a } = p;
    const off = port.get(p) ?? { a: 0, b: 0 };
    const ay = a.y + a.h / 2 + off.a;
    const ca = colOf(a);
    if (p.kind === 'down') {
      const b = p.b!;
      const ax = a.x + a.w / 2 + off.a, bx = b.x + b.w / 2 + off.b;
      const [y0, y1] = b.y > a.y ? [a.y + a.h, b.y] : [a.y, b.y + b.h];
      out.push({ edge: p.edge, points: ax === bx ? [[ax, y0], [bx, y1]] : [[ax, y0], [ax, (y0 + y1) / 2], [bx, (y0 + y1) / 2], [bx, y1]] });
      continue;
    }
    if (p.kind === 'stub-out' || p.kind === 'stub-in') {
      const right = p.stub!.toward === 'right';
      const x = right ? vx(ca + 1) : vx(ca);
      const y = hy(gapAbove(a));
      const side = right ? a.x + a.w : a.x;
      const border = right ? layout.width : layout.labelW;
      const inner: Point[] = [[side, ay], [x, ay], [x, y], [border, y]];
      out.push({ edge: p.edge, points: p.kind === 'stub-out' ? inner : inner.reverse(), stub: { outside: p.stub!.outside, edge: p.stub!.toward } });
      continue;
    }
    const b = p.b!;
    const by = b.y + b.h / 2 + off.b;
    const cb = colOf(b);
    if (p.kind === 'loop') {
      const x = vx(ca + 1);
      out.push({ edge: p.edge, points: [[a.x + a.w, ay], [x, ay], [x, by], [b.x + b.w, by]] });
      continue;
    }
    const forward = p.kind === 'forward';
    const x1 = forward ? vx(ca + 1) : vx(ca);
    const start: Point = [forward ? a.x + a.w : a.x, ay];
    const end: Point = [forward ? b.x : b.x + b.w, by];
    if (Math.abs(cb - ca) === 1) {
      out.push({ edge: p.edge, points: ay === by ? [start, end] : [start, [x1, ay], [x1, by], end] });
      continue;
    }
    const x2 = forward ? vx(cb) : vx(cb + 1);
    const y = hy(b.y >= a.y + a.h ? gapAbove(b) : b.y + b.h <= a.y ? gapBelow(b) : gapAbove(b));
    out.push({ edge: p.edge, points: [start, [x1, ay], [x1, y], [x2, y], [x2, by], end] });
  }
  return out;
}
