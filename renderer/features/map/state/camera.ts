/**
 * The camera as the canvas moves it. The view lives in the ui slice (so it survives a visit to
 * another stage), but every node and connector subscribes to that store: writing it on each
 * wheel tick of a pan would ask thousands of selectors sixty times a second. So a continuous
 * gesture moves a live camera here, applied straight to the DOM by its listeners, and writes
 * the store at most every COMMIT_MS and when it stops — often enough for culling, whose
 * margin of half a screen covers the difference.
 */
import { useAppStore } from '../../../state/store';
import { clampZoom, type View } from '../geometry/viewport';

export const COMMIT_MS = 100;

type Live = View & { readonly workbookId: string };

let live: Live | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<(v: View) => void>();

const workbookId = () => useAppStore.getState().workbook?.id ?? null;

/** The camera of the open workbook's map, or null before it was ever framed. */
export function liveView(): View | null {
  const id = workbookId();
  if (live && live.workbookId === id) return live;
  const stored = useAppStore.getState().mapViewport;
  return stored && stored.workbookId === id ? stored : null;
}

/** Calls `listener` with every camera move (live or from the store); returns the unsubscribe. */
export function onCamera(listener: (v: View) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Writes the live camera to the store now (the end of a gesture). */
export function settleCamera(): void {
  commit();
}

function commit(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  const s = useAppStore.getState();
  if (!live || !s.workbook || live.workbookId !== s.workbook.id) return;
  const prev = s.mapViewport;
  if (prev && prev.workbookId === live.workbookId && prev.x === live.x && prev.y === live.y && prev.zoom === live.zoom) return;
  s.setMapViewport(live);
}

/**
 * Moves the camera. `continuous` (a pan or zoom gesture in progress) writes the store later,
 * throttled; otherwise at once (buttons, fit, reveal).
 */
export function moveCamera(v: View, continuous = false): void {
  const id = workbookId();
  if (!id) return;
  const next = { workbookId: id, x: v.x, y: v.y, zoom: clampZoom(v.zoom) };
  if (live && live.workbookId === id && live.x === next.x && live.y === next.y && live.zoom === next.zoom) return;
  live = next;
  listeners.forEach((l) => l(next));
  if (!continuous) commit();
  else timer ??= setTimeout(commit, COMMIT_MS);
}

// A view written to the store by anyone else (a new workbook, a test) becomes the live one.
useAppStore.subscribe((s, prev) => {
  const v = s.mapViewport;
  if (v === prev.mapViewport || !v) return;
  if (live && live.workbookId === v.workbookId && live.x === v.x && live.y === v.y && live.zoom === v.zoom) return;
  live = v;
  listeners.forEach((l) => l(v));
});
