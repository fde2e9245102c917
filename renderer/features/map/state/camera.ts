/**
 * The map's camera, one per open workbook (the map controller holds it). The committed view is
 * in a small store of its own, which culling reads; a continuous gesture moves a live camera,
 * applied straight to the DOM by its listeners, and commits at most every COMMIT_MS and when
 * it stops — often enough for culling, whose margin of half a screen covers the difference.
 * A zoom commits once it has settled (or once it has zoomed out so far that the margin no
 * longer covers the screen): each commit of a zoom changes the culled rectangle's size, so
 * committing every COMMIT_MS mounted and unmounted hundreds of nodes on every step.
 * No node or connector subscribes to either, so a pan re-renders none of them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { clampZoom, type View } from '../geometry/viewport';

export const COMMIT_MS = 100;
/** How long a zoom pauses before it commits. */
export const ZOOM_COMMIT_MS = 150;
/** Zoomed out by more than this since the last commit, the culling margin (half a screen each side) no longer covers the screen. */
const ZOOM_OUT_COVERED = 1.6;

const same = (a: View | null, b: View | null) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.zoom === b.zoom);

export class Camera {
  /** The committed view; null before the map was ever framed. */
  readonly committed: StoreApi<{ readonly view: View | null }> = createStore(() => ({ view: null as View | null }));
  private live: View | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(v: View) => void>();

  constructor() {
    // A view committed by anyone else (a test, a restore) becomes the live one.
    this.committed.subscribe(({ view }) => {
      if (!view || same(view, this.live)) return;
      this.live = view;
      this.listeners.forEach((l) => l(view));
    });
  }

  /** The camera as it is now (live during a gesture), or null before it was ever framed. */
  view(): View | null {
    return this.live ?? this.committed.getState().view;
  }

  /** Calls `listener` with every camera move; returns the unsubscribe. */
  onMove(listener: (v: View) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Moves the camera. `continuous` (a pan or zoom gesture in progress) commits later,
   * throttled; otherwise at once (buttons, fit, reveal).
   */
  move(v: View, continuous = false): void {
    const next = { x: v.x, y: v.y, zoom: clampZoom(v.zoom) };
    if (same(next, this.live)) return;
    this.live = next;
    this.listeners.forEach((l) => l(next));
    const committed = this.committed.getState().view;
    if (!continuous || (committed && next.zoom * ZOOM_OUT_COVERED < committed.zoom)) this.settle();
    else if (committed && next.zoom !== committed.zoom) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.settle(), ZOOM_COMMIT_MS);
    } else this.timer ??= setTimeout(() => this.settle(), COMMIT_MS);
  }

  /** Commits the live camera now (the end of a gesture). */
  settle(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.live && !same(this.live, this.committed.getState().view)) this.committed.setState({ view: this.live });
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}
