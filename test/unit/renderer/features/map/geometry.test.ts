/** The map's geometry: the canvas agrees with the exported figure, drops land where they were shown, snapping, the camera, culling. */
import { describe, expect, it } from 'vitest';
import { bandIndexAt, canvasLayout, CONTENT_LEFT, GRID, PAD } from '../../../../../renderer/features/map/geometry/canvasLayout';
import { cullKey, rectOfKey, visibleEdgeIds, visibleNodeIds } from '../../../../../renderer/features/map/geometry/cull';
import { edgePoints, fanOut, labelSpot, pathOf } from '../../../../../renderer/features/map/geometry/edgePath';
import { nodeAt, nodesInRect } from '../../../../../renderer/features/map/geometry/hit';
import { moveToLane, placeMove, placeNew } from '../../../../../renderer/features/map/geometry/placement';
import { snapDrag } from '../../../../../renderer/features/map/geometry/snap';
import { fitView, revealBox, stepZoom, zoomAround } from '../../../../../renderer/features/map/geometry/viewport';
import type { Workflow } from '../../../../../shared/model';
import { layoutMap } from '../../../../../shared/report/figures/workflow-map';
import { template } from '../../helpers';

const triage = template('support-triage').workflow;
const layout = canvasLayout(triage);

describe('the canvas layout', () => {
  it('puts lanes and nodes where the exported figure puts them, shifted only by the leftmost x', () => {
    const figure = layoutMap({ workflow: triage });
    const minX = Math.min(...triage.nodes.map((n) => n.x));
    expect(layout.bands.map((b) => [b.laneId, b.top, b.height])).toEqual(figure.bands.map((b) => [b.id, b.top, b.height]));
    for (const [id, box] of figure.boxes) expect(layout.boxes.get(id)).toEqual({ ...box, x: box.x + minX });
  });

  it('draws a node at model x plus the lane label column, and y relative to the top node of its lane', () => {
    expect(layout.boxes.get('n-start')).toMatchObject({ x: CONTENT_LEFT + 40, y: PAD });
    expect(layout.boxes.get('n-review')!.y).toBe(layout.bands[2]!.top + PAD);
  });

  it('has a band for nodes without a lane at the bottom, and none when every node has one', () => {
    expect(layout.bands.some((b) => b.laneId === null)).toBe(false);
    const loose: Workflow = { ...triage, nodes: [...triage.nodes, { id: 'n-x', kind: 'step', label: 'Loose', x: 0, y: 0 }] };
    expect(canvasLayout(loose).bands.at(-1)).toMatchObject({ laneId: null, name: 'No lane' });
  });

  it('finds the band under a height: above the map is the first lane, below it no lane', () => {
    expect(bandIndexAt(layout.bands, -50)).toBe(0);
    expect(bandIndexAt(layout.bands, layout.bands[3]!.top + 5)).toBe(3);
    expect(bandIndexAt(layout.bands, layout.height + 5)).toBe(-1);
  });
});

describe('where a moved node lands', () => {
  it('keeps the lane and moves x by the drag when dropped sideways', () => {
    expect(placeMove(triage, layout, ['n-review'], 60, 0)).toEqual([{ id: 'n-review', x: 820, y: 280, laneId: 'l-tier1' }]);
  });

  it('takes the lane under its centre, at the height it was shown, relative to the nodes already there', () => {
    const review = layout.boxes.get('n-review')!;
    const tier2 = layout.bands[3]!;
    const [move] = placeMove(triage, layout, ['n-review'], 0, tier2.top + PAD - review.y);
    expect(move).toEqual({ id: 'n-review', x: 760, y: 400, laneId: 'l-tier2' });
    const after = canvasLayout({ ...triage, nodes: triage.nodes.map((n) => (n.id === 'n-review' ? { ...n, ...move } : n)) });
    expect(after.boxes.get('n-review')!.y).toBe(after.bands[3]!.top + PAD);
    expect(after.boxes.get('n-investigate')!.y).toBe(after.bands[3]!.top + PAD);
  });

  it('lets the dnd-kit drop target decide the lane of the dragged node', () => {
    const [move] = placeMove(triage, layout, ['n-review'], 0, 0, { primary: { id: 'n-review', band: 4 } });
    expect(move!.laneId).toBe('l-systems');
  });

  it('goes to no lane below every lane, and never under the lane labels', () => {
    const review = layout.boxes.get('n-review')!;
    const [move] = placeMove(triage, layout, ['n-review'], -5000, layout.height + 100 - review.y);
    expect(move!.laneId).toBeUndefined();
    expect(move!.x).toBe(0);
  });

  it('moves a group together, each into the lane under it', () => {
    const moves = placeMove(triage, layout, ['n-classify', 'n-prioritize'], 40, 0);
    expect(moves).toEqual([
      { id: 'n-classify', x: 260, y: 160, laneId: 'l-ai' },
      { id: 'n-prioritize', x: 440, y: 160, laneId: 'l-ai' },
    ]);
  });

  it('places a new node in a lane relative to the lane’s top node, and in an empty lane alone', () => {
    const tier2 = layout.bands[3]!;
    expect(placeNew(triage, layout, CONTENT_LEFT + 200, tier2.top + PAD + 40, 3)).toMatchObject({ x: 200, y: 440, laneId: 'l-tier2' });
    const empty: Workflow = { ...triage, lanes: [...triage.lanes, { id: 'l-new', name: 'New', kind: 'role' }] };
    const l = canvasLayout(empty);
    expect(placeNew(empty, l, CONTENT_LEFT, l.bands[5]!.top + PAD, 5)).toMatchObject({ x: 0, y: 0, laneId: 'l-new' });
  });

  it('puts nodes moved to another lane below what is there', () => {
    const moves = moveToLane(triage, layout, ['n-start'], 'l-tier1');
    expect(moves).toEqual([{ id: 'n-start', x: 40, y: 380, laneId: 'l-tier1' }]);
  });
});

describe('snapping while dragging', () => {
  const moving = new Set(['n-review']);

  it('snaps to the grid: x on multiples of the grid in model units, y on the lane’s grid', () => {
    const s = snapDrag(layout, moving, 'n-review', 27, 4, { zoom: 1, guides: false });
    expect([s.dx, s.dy]).toEqual([20, 0]);
    expect((760 + s.dx) % GRID).toBe(0);
  });

  it('aligns with a nearby node’s centre and shows the guide, within eight pixels at any zoom', () => {
    const crm = layout.boxes.get('n-crm')!;
    const review = layout.boxes.get('n-review')!;
    const s = snapDrag(layout, moving, 'n-review', crm.x - review.x + 3, 0, { zoom: 1, guides: true });
    expect(s.dx).toBe(crm.x - review.x);
    expect(s.guides).toContainEqual(expect.objectContaining({ axis: 'x', at: crm.x + crm.w / 2 }));
    expect(snapDrag(layout, moving, 'n-review', crm.x - review.x + 3, 0, { zoom: 0.25, guides: true }).dx).toBe(crm.x - review.x);
  });

  it('never takes a group under the lane labels', () => {
    const s = snapDrag(layout, moving, 'n-review', -5000, 0, { zoom: 1, guides: false });
    expect(layout.boxes.get('n-review')!.x + s.dx).toBeGreaterThanOrEqual(CONTENT_LEFT);
  });
});

describe('the camera', () => {
  it('zooms around the pointer: the point under it stays put', () => {
    const v = zoomAround({ x: 100, y: 50, zoom: 1 }, 2, 200, 100);
    expect([v.x + 200 / v.zoom, v.y + 100 / v.zoom]).toEqual([300, 150]);
  });

  it('steps through the zoom levels and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(3, 1)).toBe(3);
  });

  it('fits a rectangle in the view, centred, never zooming past the limit', () => {
    const v = fitView({ x: 0, y: 0, w: 2000, h: 500 }, { w: 1040, h: 600 }, 20, 1.25);
    expect(v.zoom).toBe(0.5);
    expect(v.x + 520 / v.zoom).toBe(1000);
    expect(fitView({ x: 0, y: 0, w: 10, h: 10 }, { w: 1000, h: 600 }).zoom).toBe(1.25);
  });

  it('moves the least to reveal a box, and not at all when it is in view', () => {
    const v = { x: 0, y: 0, zoom: 1 };
    expect(revealBox(v, { x: 100, y: 100, w: 150, h: 56 }, { w: 800, h: 600 })).toBe(v);
    expect(revealBox(v, { x: 1000, y: 100, w: 150, h: 56 }, { w: 800, h: 600 }).x).toBe(1000 + 150 + 48 - 800);
  });
});

describe('culling', () => {
  it('mounts only nodes near the screen, and everything before the canvas has a size', () => {
    const key = cullKey({ x: 0, y: 0, zoom: 1 }, { w: 600, h: 400 });
    const near = visibleNodeIds(triage.nodes, layout, rectOfKey(key));
    expect(near).toContain('n-start');
    expect(near).not.toContain('n-end');
    expect(visibleNodeIds(triage.nodes, layout, rectOfKey(cullKey(null, { w: 0, h: 0 })))).toHaveLength(triage.nodes.length);
  });

  it('keeps the same key while a pan stays within the same stretch, so panning does not re-render', () => {
    expect(cullKey({ x: 10, y: 0, zoom: 1 }, { w: 600, h: 400 })).toBe(cullKey({ x: 30, y: 5, zoom: 1 }, { w: 600, h: 400 }));
  });

  it('mounts a connector when the span between its nodes touches the screen', () => {
    const ids = visibleEdgeIds(triage.edges, layout, { x: 0, y: 0, w: 400, h: 200 });
    expect(ids).toContain('e-1');
    expect(ids).not.toContain('e-14');
  });
});

describe('hit testing and connectors', () => {
  it('finds the node under a point and the nodes in a rubber band', () => {
    const box = layout.boxes.get('n-crm')!;
    expect(nodeAt(triage.nodes, layout, box.x + 5, box.y + 5)).toBe('n-crm');
    expect(nodeAt(triage.nodes, layout, box.x + 5, box.y + 5, 'n-crm')).toBeNull();
    const ai = layout.bands[1]!;
    expect(nodesInRect(triage.nodes, layout, 0, ai.top + 1, 5000, ai.top + ai.height - 1)).toEqual(['n-classify', 'n-prioritize', 'n-draft']);
  });

  it('routes a connector like the figure, follows drag offsets, and labels its longest segment', () => {
    const a = { x: 0, y: 0, w: 150, h: 56 }, b = { x: 400, y: 200, w: 150, h: 56 };
    expect(edgePoints(a, b)).toEqual([[150, 28], [275, 28], [275, 228], [400, 228]]);
    expect(edgePoints(a, b, { dx: 100, dy: 0 })[0]).toEqual([250, 28]);
    expect(pathOf(edgePoints(a, b))).toBe('M150 28L275 28L275 228L400 228');
    expect(labelSpot(edgePoints(a, b))).toEqual({ x: 281, y: 132, anchor: 'start' });
  });
});

describe('fanning out connectors between the same two nodes', () => {
  it('leaves the first one alone and moves the next ones’ middle segments aside, alternately', () => {
    const sideways: [number, number][] = [[150, 28], [275, 28], [275, 228], [400, 228]];
    expect(fanOut(sideways, 0)).toBe(sideways);
    expect(fanOut(sideways, 1)).toEqual([[150, 28], [287, 28], [287, 228], [400, 228]]);
    expect(fanOut(sideways, 2)).toEqual([[150, 28], [263, 28], [263, 228], [400, 228]]);
  });

  it('moves a straight line sideways as a whole', () => {
    expect(fanOut([[75, 56], [75, 100], [75, 100], [75, 144]], 1)).toEqual([[87, 56], [87, 100], [87, 100], [87, 144]]);
  });
});
