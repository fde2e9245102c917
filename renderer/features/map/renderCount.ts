/**
 * A render counter for the speed proof (test/unit/renderer/features/map/render-count.test.tsx):
 * nodes and connectors call `countRender` as they render. Off unless a test turns it on, and
 * then only a map increment, so production pays one boolean check per render.
 */
let counts: Map<string, number> | null = null;

export function countRender(kind: 'node' | 'edge', id: string): void {
  if (counts) counts.set(`${kind}:${id}`, (counts.get(`${kind}:${id}`) ?? 0) + 1);
}

/** Starts counting from zero; returns a function that reads the counts so far. */
export function startCountingRenders(): () => ReadonlyMap<string, number> {
  counts = new Map();
  const mine = counts;
  return () => new Map(mine);
}

export function stopCountingRenders(): void {
  counts = null;
}
