/**
 * The whole map in miniature with the visible part framed; click or drag on it to move the
 * view there. The picture is a canvas drawn again when the layout changes: one bitmap however
 * many nodes the map has (an SVG rectangle per node cost a drop ten thousand elements to
 * reconcile, and the compositor their raster whenever the layers over the map were redrawn).
 * The frame is a layer of its own that follows the camera by transform, so a pan repaints
 * nothing here.
 */
import { useEffect, useRef, type PointerEvent, type ReactElement } from 'react';
import { boundsOf, LABEL_W, type Box, type CanvasLayout } from '../geometry/canvasLayout';
import { visibleRect } from '../geometry/viewport';
import { useLayout } from '../state/hooks';
import { currentView, DEFAULT_VIEW, setView, viewOrDefault } from '../state/view';
import { useMap } from '../state/controller';

const W = 200;
const H = 112;

function extent(layout: CanvasLayout): Box {
  const b = boundsOf([{ x: 0, y: 0, w: LABEL_W + 200, h: Math.max(layout.height, 100) }, { x: 0, y: 0, w: layout.width, h: layout.height }])!;
  return { x: b.x, y: b.y, w: b.w, h: b.h };
}

export function Minimap(): ReactElement | null {
  const map = useMap();
  const layout = useLayout();
  const frame = useRef<HTMLDivElement>(null);
  const box = extent(layout);
  const scale = Math.min(W / box.w, H / box.h);

  // The frame follows the camera directly, not through renders.
  useEffect(() => {
    const place = () => {
      const el = frame.current;
      if (!el) return;
      const r = visibleRect(currentView(map) ?? DEFAULT_VIEW, map.ui.getState().size);
      const w = `${Math.max(4, r.w * scale)}px`, h = `${Math.max(4, r.h * scale)}px`;
      if (el.style.width !== w) el.style.width = w;
      if (el.style.height !== h) el.style.height = h;
      el.style.transform = `translate(${r.x * scale}px, ${r.y * scale}px)`;
    };
    place();
    const a = map.camera.onMove(place);
    const b = map.ui.subscribe((s, prev) => s.size !== prev.size && place());
    return () => {
      a();
      b();
    };
  }, [map, layout, scale]);

  if (layout.bands.length === 0) return null;
  const moveTo = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - r.left) / scale, y = (e.clientY - r.top) / scale;
    const v = viewOrDefault(map);
    const size = map.ui.getState().size;
    setView(map, { ...v, x: x - size.w / 2 / v.zoom, y: y - size.h / 2 / v.zoom }, true);
  };
  return (
    <div className="map-minimap" data-map-item="">
      <div className="map-minimap-inner" style={{ width: W, height: H }}>
        <MinimapPicture layout={layout} scale={scale}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture?.(e.pointerId);
            moveTo(e);
          }}
          onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
          onPointerUp={() => map.camera.settle()} />
        <div ref={frame} className="map-minimap-frame" />
      </div>
    </div>
  );
}

const BAND_COLOUR: Readonly<Record<string, string>> = {
  role: '--lane-head-role', system: '--lane-head-system', ai: '--lane-head-ai', external: '--lane-head-external', none: '--lane-none',
};

interface PictureProps {
  readonly layout: CanvasLayout;
  readonly scale: number;
  readonly onPointerDown: (e: PointerEvent<HTMLCanvasElement>) => void;
  readonly onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => void;
  readonly onPointerUp: () => void;
}

/** The lanes and nodes drawn on a canvas at the device's pixel ratio, in the theme's colours (again when the theme changes). */
function MinimapPicture({ layout, scale, ...handlers }: PictureProps): ReactElement {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    const ratio = window.devicePixelRatio || 1;
    const draw = () => {
      const g = el?.getContext('2d');
      if (!el || !g) return; // no 2D canvas (jsdom): the frame and the handlers still work
      el.width = Math.round(W * ratio);
      el.height = Math.round(H * ratio);
      const css = getComputedStyle(el);
      const colour = (name: string) => css.getPropertyValue(name).trim() || '#888';
      g.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
      g.lineWidth = 1 / scale;
      g.strokeStyle = colour('--map-line');
      for (const b of layout.bands) {
        g.fillStyle = colour(BAND_COLOUR[b.lane?.kind ?? 'none'] ?? '--lane-none');
        g.fillRect(0, b.top, layout.width, b.height);
        g.strokeRect(0, b.top, layout.width, b.height);
      }
      g.fillStyle = colour('--map-muted');
      for (const b of layout.boxes.values()) g.fillRect(b.x, b.y, b.w, b.h);
    };
    draw();
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
    dark?.addEventListener?.('change', draw);
    return () => dark?.removeEventListener?.('change', draw);
  }, [layout, scale]);
  return (
    <canvas ref={canvas} style={{ width: W, height: H }} role="img" aria-label="Minimap of the whole map; click or drag on it to move the view" {...handlers} />
  );
}
