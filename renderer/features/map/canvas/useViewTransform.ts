/**
 * Applies the camera to the DOM without React: the world layer's transform, the lane names'
 * vertical offset, the dot grid, and a low-detail class when zoomed far out (labels are
 * unreadable there, and skipping them keeps panning a thousand nodes smooth). Panning and
 * zooming therefore re-render nothing; only culling re-renders, and only when the view
 * crosses a culling boundary.
 *
 * The world is its own compositor layer (will-change: transform), so a pan only moves
 * rastered tiles and rasters the strip coming into view. Such a layer keeps the raster scale
 * it had, so once a zoom settles the layer is dropped for a frame (`is-rescaling`) and rastered
 * again, crisp at the new zoom. (Dropping the layer for the whole of a zoom instead, as React
 * Flow's viewport has none, measured worse: at 1,000 nodes a zoom's p95 83 ms against 50 ms,
 * rastering four times as much. What made zooming slow was culling on every step: see camera.ts.)
 */
import { useEffect, type RefObject } from 'react';
import { GRID } from '../geometry/canvasLayout';
import type { View } from '../geometry/viewport';
import { currentView, DEFAULT_VIEW } from '../state/view';
import { useMap } from '../state/controller';

export const LOW_DETAIL_ZOOM = 0.45;

/** How long after its last step a zoom counts as settled; steps slower than this on a busy machine each pay a re-raster. */
const SETTLE_MS = 250;

/** The dot grid is a layer of its own, one grid step larger than the canvas, shifted by less than a step. */
export function applyView(v: View, grid: HTMLElement | null, world: HTMLElement | null, headers: HTMLElement | null): void {
  const z = v.zoom;
  if (world) {
    world.style.transform = `translate(${-v.x * z}px, ${-v.y * z}px) scale(${z})`;
    world.classList.toggle('is-low-detail', z < LOW_DETAIL_ZOOM);
  }
  if (headers) headers.style.transform = `translate(${Math.max(0, -v.x * z)}px, ${-v.y * z}px) scale(${z})`;
  if (grid) {
    const step = GRID * z;
    const size = `${step}px ${step}px`;
    if (grid.style.backgroundSize !== size) grid.style.backgroundSize = size;
    grid.style.visibility = step >= 8 ? '' : 'hidden';
    const mod = (n: number) => ((n % step) + step) % step;
    grid.style.transform = `translate(${-mod(v.x * z) - step}px, ${-mod(v.y * z) - step}px)`;
  }
}

export function useViewTransform(grid: RefObject<HTMLElement | null>, world: RefObject<HTMLElement | null>, headers: RefObject<HTMLElement | null>): void {
  const map = useMap();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let zoom = (currentView(map) ?? DEFAULT_VIEW).zoom;
    applyView(currentView(map) ?? DEFAULT_VIEW, grid.current, world.current, headers.current);
    const unsubscribe = map.camera.onMove((v) => {
      applyView(v, grid.current, world.current, headers.current);
      if (v.zoom === zoom) return;
      zoom = v.zoom;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const el = world.current;
        if (!el) return;
        el.classList.add('is-rescaling');
        requestAnimationFrame(() => requestAnimationFrame(() => el.classList.remove('is-rescaling')));
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [map, grid, world, headers]);
}
