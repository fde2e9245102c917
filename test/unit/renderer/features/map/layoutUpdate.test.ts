import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workflow, WorkflowNode } from '../../../../../shared/model';
import { canvasLayout } from '../../../../../renderer/features/map/geometry/canvasLayout';
import { updateLayout } from '../../../../../renderer/features/map/geometry/layoutUpdate';

const LANES = [{ id: 'a', name: 'A', kind: 'role' as const }, { id: 'b', name: 'B', kind: 'system' as const }];
const laneId = fc.constantFrom<string | undefined>('a', 'b', undefined, 'gone');
const spot = fc.record({ x: fc.integer({ min: -10, max: 40 }).map((v) => v * 20), y: fc.integer({ min: 0, max: 20 }).map((v) => v * 20), laneId });

const node = (i: number, s: { x: number; y: number; laneId: string | undefined }): WorkflowNode =>
  ({ id: `n-${i}`, kind: 'step', label: `Node ${i}`, x: s.x, y: s.y, ...(s.laneId !== undefined ? { laneId: s.laneId } : {}) });

const workflowOf = (spots: readonly { x: number; y: number; laneId: string | undefined }[]): Workflow =>
  ({ lanes: LANES, nodes: spots.map((s, i) => node(i, s)), edges: [] });

describe('the canvas layout after a small change', () => {
  it('is the layout made from scratch, whenever it is made from the one before', () => {
    let reused = 0;
    fc.assert(fc.property(
      fc.array(spot, { minLength: 10, maxLength: 60 }),
      // A drop: a node goes a few grid steps away, now and then into another lane.
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.option(laneId)), { minLength: 1, maxLength: 3 }),
      fc.array(spot, { maxLength: 2 }),
      (spots, moves, added) => {
        const before = workflowOf(spots);
        const prev = canvasLayout(before);
        const nodes = [...before.nodes];
        for (const [at, dx, dy, lane] of moves) {
          const n = nodes[at % nodes.length]!;
          nodes[at % nodes.length] = node(at % nodes.length, { x: n.x + dx * 20, y: n.y + dy * 20, laneId: lane === null ? n.laneId : lane });
        }
        added.forEach((s, k) => nodes.push(node(spots.length + k, s)));
        const next: Workflow = { ...before, nodes };
        const made = updateLayout(before, prev, next);
        if (made === null) return;
        reused++;
        const fresh = canvasLayout(next);
        expect(made.boxes).toEqual(fresh.boxes);
        expect(made.bandOf).toEqual(fresh.bandOf);
        expect(made.bands).toEqual(fresh.bands);
        expect([made.width, made.height, made.originX]).toEqual([fresh.width, fresh.height, fresh.originX]);
      },
    ), { numRuns: 600 });
    expect(reused).toBeGreaterThan(50); // the property is not vacuous: many changes are made incrementally
  });

  it('moves one node of ten thousand without laying out the others again', () => {
    const before = workflowOf(Array.from({ length: 10_000 }, (_, i) => ({ x: (i % 100) * 180, y: Math.floor(i / 100) % 20 * 100, laneId: i % 2 ? 'a' : 'b' })));
    const prev = canvasLayout(before);
    const nodes = [...before.nodes];
    nodes[5050] = { ...nodes[5050]!, x: nodes[5050]!.x + 60 };
    const made = updateLayout(before, prev, { ...before, nodes })!;
    expect(made).not.toBeNull();
    expect(made.boxes.get('n-5050')!.x).toBe(prev.boxes.get('n-5050')!.x + 60);
    expect(made.boxes.get('n-5051')).toBe(prev.boxes.get('n-5051')); // the very same box object: not placed again
  });

  it('lays out from scratch when a lane is added, a node removed, or a node moves past the edge of the map', () => {
    const before = workflowOf([{ x: 0, y: 0, laneId: 'a' }, { x: 100, y: 40, laneId: 'a' }, { x: 200, y: 80, laneId: 'a' }]);
    const prev = canvasLayout(before);
    expect(updateLayout(before, prev, { ...before, lanes: [...LANES, { id: 'c', name: 'C', kind: 'ai' }] })).toBeNull();
    expect(updateLayout(before, prev, { ...before, nodes: before.nodes.slice(1) })).toBeNull();
    expect(updateLayout(before, prev, { ...before, nodes: [before.nodes[0]!, { ...before.nodes[1]!, x: 400 }, before.nodes[2]!] })).toBeNull();
  });
});
