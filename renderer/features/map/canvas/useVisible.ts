/**
 * The nodes and connectors to mount: those near the screen (geometry/cull.ts), plus, during a
 * drag, the moved nodes and their connectors, wherever they are. Recomputed when the view
 * crosses a culling boundary or the workflow changes, never on each frame of a pan. What is
 * mounted stays mounted until it is a screen further away (hysteresis), so panning back and
 * forth does not mount and unmount the same nodes over and over; and the lists keep model
 * order, so mounting never moves an element that is already there.
 */
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { useDoc } from '../../../state/editor/context';
import type { Box } from '../geometry/canvasLayout';
import { cullKey, rectOfKey, visibleEdgeIds, visibleNodeIds } from '../geometry/cull';
import { useMap } from '../state/controller';
import { useLayout, useMapUi } from '../state/hooks';

const NO_IDS: ReadonlySet<string> = new Set();

/** The rectangle in which mounted elements stay mounted: the mount rectangle plus its own size around. */
const keepRect = (r: Box | null): Box | null => (r ? { x: r.x - r.w / 2, y: r.y - r.h / 2, w: r.w * 2, h: r.h * 2 } : null);

/** The same list as `before` when the ids are the same (nothing re-renders). */
const same = (next: string[], before: readonly string[]): readonly string[] =>
  (next.length === before.length && next.every((id, i) => id === before[i]) ? before : next);

function useCull(): string {
  const size = useMapUi((s) => s.size);
  return useStore(useMap().camera.committed, (s) => cullKey(s.view, size));
}

const useMoving = (): ReadonlySet<string> => useMapUi((s) => (s.drag?.kind === 'move' ? s.drag.ids : NO_IDS));

export function useVisibleNodeIds(): readonly string[] {
  const key = useCull();
  const moving = useMoving();
  const nodes = useDoc((d) => d.workbook.workflow.nodes);
  const layout = useLayout();
  const last = useRef<readonly string[]>([]);
  return useMemo(() => {
    if (!nodes) return (last.current = []);
    const rect = rectOfKey(key);
    const near = new Set(visibleNodeIds(nodes, layout, rect));
    const keep = new Set(visibleNodeIds(nodes, layout, keepRect(rect)));
    const kept = new Set(last.current);
    const ids = nodes
      .filter((n) => near.has(n.id) || (moving.has(n.id) && layout.boxes.has(n.id)) || (kept.has(n.id) && keep.has(n.id)))
      .map((n) => n.id);
    return (last.current = same(ids, last.current));
  }, [nodes, layout, key, moving]);
}

export function useVisibleEdgeIds(): readonly string[] {
  const key = useCull();
  const moving = useMoving();
  const edges = useDoc((d) => d.workbook.workflow.edges);
  const layout = useLayout();
  const last = useRef<readonly string[]>([]);
  return useMemo(() => {
    if (!edges) return (last.current = []);
    const rect = rectOfKey(key);
    const near = new Set(visibleEdgeIds(edges, layout, rect));
    const keep = new Set(visibleEdgeIds(edges, layout, keepRect(rect)));
    const kept = new Set(last.current);
    const dragged = (from: string, to: string) => moving.size > 0 && (moving.has(from) || moving.has(to)) && layout.boxes.has(from) && layout.boxes.has(to);
    const ids = edges.filter((e) => near.has(e.id) || dragged(e.from, e.to) || (kept.has(e.id) && keep.has(e.id))).map((e) => e.id);
    return (last.current = same(ids, last.current));
  }, [edges, layout, key, moving]);
}
