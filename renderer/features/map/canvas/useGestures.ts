/**
 * Pointer and wheel gestures on the canvas background: rubber-band selection (drag), pan
 * (Space + drag, middle button, one finger, or the wheel), zoom (Ctrl/Cmd + wheel, trackpad
 * pinch, two fingers), and drawing a connector from a node's handle to another node. Node
 * moves are dnd-kit's (MapDnd.tsx). Gestures run on pointer capture, so they keep working when
 * the pointer leaves the canvas.
 */
import { useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { reconnectEdge } from '../../../state/commands';
import { nodeAt, nodesInRect } from '../geometry/hit';
import { screenToCanvas, zoomAround } from '../geometry/viewport';
import { connect } from '../state/edits';
import { layoutOf } from '../state/hooks';
import { announce, setMapUi,  } from '../state/mapUiStore';
import { clearSelection, selectBand, selectOnly } from '../state/selection';
import { setView, viewOrDefault } from '../state/view';
import type { CanvasApi } from './CanvasContext';
import { useMap } from '../state/controller';

type Gesture =
  | { kind: 'pan'; pointerId: number; x: number; y: number }
  | { kind: 'marquee'; pointerId: number; x0: number; y0: number; additive: boolean; moved: boolean }
  | { kind: 'link'; pointerId: number; from: string; reconnect?: { edgeId: string; end: 'from' | 'to' } };

export function useGestures(viewport: RefObject<HTMLElement | null>, space: RefObject<boolean>) {
  const map = useMap();
  const gesture = useRef<Gesture | null>(null);
  const touches = useRef(new Map<number, { x: number; y: number }>());

  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = viewport.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const canvasPoint = (e: { clientX: number; clientY: number }) => {
    const [sx, sy] = local(e);
    return screenToCanvas(viewOrDefault(map), sx, sy);
  };

  const api: CanvasApi = useMemo(() => ({
    beginLink(from, e, reconnect) {
      const el = viewport.current;
      if (!el) return;
      el.setPointerCapture?.(e.pointerId);
      el.focus({ preventScroll: true });
      gesture.current = { kind: 'link', pointerId: e.pointerId, from, ...(reconnect ? { reconnect } : {}) };
      const [x, y] = canvasPoint(e);
      setMapUi(map, { linking: { from, x, y, over: null, ...(reconnect ? { reconnect } : {}) }, hovered: null });
    },
    focusCanvas() {
      viewport.current?.focus({ preventScroll: true });
    },
  }), [viewport]);

  // The wheel must be a non-passive native listener to keep the page from zooming or scrolling.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      if (map.ui.getState().drag) return; // drop targets were measured at the start of the drag
      const v = viewOrDefault(map);
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? el.clientHeight : 1;
      if (e.ctrlKey || e.metaKey) {
        const [sx, sy] = local(e);
        setView(map, zoomAround(v, v.zoom * Math.exp(-e.deltaY * unit * 0.0022), sx, sy), true);
        return;
      }
      const dx = (e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) * unit;
      const dy = (e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY) * unit;
      setView(map, { ...v, x: v.x + dx / v.zoom, y: v.y + dy / v.zoom }, true);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [viewport]);

  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    const el = viewport.current;
    if (!el || map.ui.getState().drag) return;
    if ((e.target as Element).closest('[data-map-item]')) return;
    if (e.pointerType === 'touch') {
      touches.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      el.setPointerCapture?.(e.pointerId);
      if (touches.current.size === 1) gesture.current = { kind: 'pan', pointerId: e.pointerId, x: e.clientX, y: e.clientY };
      else gesture.current = null; // two fingers: pinch, handled in move
      return;
    }
    el.focus({ preventScroll: true });
    if (e.button === 1 || (e.button === 0 && space.current)) {
      e.preventDefault();
      el.setPointerCapture?.(e.pointerId);
      gesture.current = { kind: 'pan', pointerId: e.pointerId, x: e.clientX, y: e.clientY };
      setMapUi(map, { panning: true });
      return;
    }
    if (e.button !== 0) return;
    el.setPointerCapture?.(e.pointerId);
    const [x0, y0] = canvasPoint(e);
    gesture.current = { kind: 'marquee', pointerId: e.pointerId, x0, y0, additive: e.shiftKey || e.metaKey || e.ctrlKey, moved: false };
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLElement>) => {
    if (e.pointerType === 'touch' && touches.current.has(e.pointerId)) {
      const before = [...touches.current.values()];
      touches.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (touches.current.size === 2) return pinch(before, [...touches.current.values()]);
    }
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) {
      if (!g && e.pointerType !== 'touch') hover(e);
      return;
    }
    if (g.kind === 'pan') {
      const v = viewOrDefault(map);
      setView(map, { ...v, x: v.x - (e.clientX - g.x) / v.zoom, y: v.y - (e.clientY - g.y) / v.zoom }, true);
      g.x = e.clientX;
      g.y = e.clientY;
    } else if (g.kind === 'marquee') {
      const [x1, y1] = canvasPoint(e);
      if (!g.moved && Math.hypot(x1 - g.x0, y1 - g.y0) * viewOrDefault(map).zoom < 4) return;
      g.moved = true;
      setMapUi(map, { marquee: { x0: g.x0, y0: g.y0, x1, y1 } });
    } else {
      const [x, y] = canvasPoint(e);
      const w = map.editor.workbook;
      const over = nodeAt(w.workflow.nodes, layoutOf(w), x, y, g.from);
      setMapUi(map, { linking: { ...map.ui.getState().linking!, x, y, over } });
    }
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLElement>) => {
    touches.current.delete(e.pointerId);
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    gesture.current = null;
    viewport.current?.releasePointerCapture?.(e.pointerId);
    if (g.kind === 'pan') {
      map.camera.settle();
      setMapUi(map, { panning: false });
    } else if (g.kind === 'marquee') {
      const m = map.ui.getState().marquee;
      setMapUi(map, { marquee: null });
      const w = map.editor.workbook;
      if (!g.moved || !m) {
        if (!g.additive) clearSelection(map);
        return;
      }
      const ids = nodesInRect(w.workflow.nodes, layoutOf(w), m.x0, m.y0, m.x1, m.y1);
      selectBand(map, ids, g.additive);
      announce(map, ids.length === 1 ? 'Selected one node.' : `Selected ${ids.length} nodes.`);
    } else {
      const linking = map.ui.getState().linking;
      setMapUi(map, { linking: null });
      if (!linking?.over || e.type === 'pointercancel') return;
      if (g.reconnect) {
        if (map.editor.execute(reconnectEdge(g.reconnect.edgeId, g.reconnect.end, linking.over))) {
          selectOnly(map, [], [g.reconnect.edgeId]);
          announce(map, 'Reconnected the connector.');
        }
      } else {
        connect(map, g.from, linking.over, map.ui.getState().connectorKind);
      }
    }
  };

  /** Two fingers: zoom by the change in their distance, pan by the movement of their midpoint. */
  const pinch = (before: { x: number; y: number }[], after: { x: number; y: number }[]) => {
    if (before.length !== 2 || after.length !== 2) return;
    const dist = (p: { x: number; y: number }[]) => Math.hypot(p[0]!.x - p[1]!.x, p[0]!.y - p[1]!.y) || 1;
    const mid = (p: { x: number; y: number }[]) => ({ clientX: (p[0]!.x + p[1]!.x) / 2, clientY: (p[0]!.y + p[1]!.y) / 2 });
    const v = viewOrDefault(map);
    const [sx, sy] = local(mid(after));
    const [bx, by] = local(mid(before));
    const zoomed = zoomAround(v, v.zoom * (dist(after) / dist(before)), sx, sy);
    setView(map, { ...zoomed, x: zoomed.x - (sx - bx) / zoomed.zoom, y: zoomed.y - (sy - by) / zoomed.zoom }, true);
  };

  const hover = (e: ReactPointerEvent<HTMLElement>) => {
    const nodeEl = (e.target as Element).closest('[data-node-id]');
    const id = nodeEl ? nodeEl.getAttribute('data-node-id') : null;
    const ui = map.ui.getState();
    if (ui.hovered !== id && !ui.drag) setMapUi(map, { hovered: id });
  };

  const onPointerLeave = () => {
    if (!gesture.current && map.ui.getState().hovered) setMapUi(map, { hovered: null });
  };

  return { api, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onPointerLeave } };
}
