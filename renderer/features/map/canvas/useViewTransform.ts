/**
 * Applies the camera to the DOM without React: the world layer's transform, the lane names'
 * vertical offset, the dot grid, and a low-detail class when zoomed far out (labels are
 * unreadable there, and skipping them keeps panning a thousand nodes smooth). Panning and
 * zooming therefore re-render nothing; only culling re-renders, and only when the view
 * crosses a culling boundary.
 *
 * At rest and while panning, the world is its own compositor layer (will-change: transform),
 * so a pan only moves rastered tiles and rasters the strip coming into view. Such a layer keeps
 * the raster scale it had, and dropping it to raster again at each new scale costs a whole
 * re-layering and two rasters of the screen (traced: once a zoom's steps came slower than the
 * settle time, as they do on a busy machine, every step paid that). So a zoom drops the layer
 * once, when it starts (`is-zooming`): each of its frames rasters only what is on screen, at
 * the scale it is shown, as React Flow's viewport does; the layer comes back once the zoom has
 * settled, crisp at the new zoom.
 */
import { useEffect, type RefObject } from 'react';
import { GRID } from '../geometry/canvasLayout';
import type { View } from '../geometry/viewport';
import { currentView, DEFAULT_VIEW } from '../state/view';
import { useMap } from '../state/controller';

export const LOW_DETAIL_ZOOM = 0.45;

/** How long after its last step a zoom counts as settled. */
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
      world.current?.classList.add('is-zooming');
      clearTimeout(timer);
      timer = setTimeout(() => world.current?.classList.remove('is-zooming'), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [map, grid, world, headers]);
}
