/**
 * The whole map in miniature with the visible part framed; click or drag on it to move the
 * view there. The picture re-renders when the workflow changes; the frame is a layer of its
 * own that follows the camera by transform, so a pan repaints nothing here.
 */
import { memo, useEffect, useRef, type PointerEvent, type ReactElement } from 'react';
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
  const moveTo = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - r.left) / scale, y = (e.clientY - r.top) / scale;
    const v = viewOrDefault(map);
    const size = map.ui.getState().size;
    setView(map, { ...v, x: x - size.w / 2 / v.zoom, y: y - size.h / 2 / v.zoom }, true);
  };
  return (
    <div className="map-minimap" data-map-item="">
      <div className="map-minimap-inner" style={{ width: W, height: H }}>
        <svg width={W} height={H} role="img" aria-label="Minimap of the whole map; click or drag on it to move the view"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture?.(e.pointerId);
            moveTo(e);
          }}
          onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
          onPointerUp={() => map.camera.settle()}>
          <g transform={`scale(${scale})`}>
            <MinimapPicture layout={layout} />
          </g>
        </svg>
        <div ref={frame} className="map-minimap-frame" />
      </div>
    </div>
  );
}

const MinimapPicture = memo(function MinimapPicture({ layout }: { layout: CanvasLayout }): ReactElement {
  return (
    <>
      {layout.bands.map((b, i) => <rect key={i} className={`map-minimap-band band-${b.lane?.kind ?? 'none'}`} x={0} y={b.top} width={layout.width} height={b.height} />)}
      {[...layout.boxes.values()].map((b, i) => <rect key={i} className="map-minimap-node" x={b.x} y={b.y} width={b.w} height={b.h} />)}
    </>
  );
});
