// @vitest-environment jsdom
/**
 * A drop re-renders the nodes it changed and no other, on a map of hundreds: moving a node
 * within its lane or into another lane (as the pointer's drop does: one moveNodes command), and
 * a palette item dropped into a lane (a new node). React's <Profiler> around each node and
 * connector tells which rendered (see render-count.test.tsx).
 */
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveNodes } from '../../../../../renderer/state/commands';
import { placeMove } from '../../../../../renderer/features/map/geometry/placement';
import { addNodeAt } from '../../../../../renderer/features/map/state/edits';
import { layoutOf } from '../../../../../renderer/features/map/state/hooks';
import type { MapController } from '../../../../../renderer/features/map/state/controller';
import { spreadWorkbook } from '../../../../bench/map-layout';
import { watchRenders } from '../../profiled';
import { renderMap, tick } from './mapFixture';

const log = vi.hoisted(() => ({ entries: null as string[] | null }));

vi.mock('../../../../../renderer/features/map/canvas/MapNode', async (original) => {
  const real = await original<typeof import('../../../../../renderer/features/map/canvas/MapNode')>();
  const { profiled } = await import('../../profiled');
  return { ...real, MapNode: profiled(real.MapNode, ({ id }) => `node:${id}`, log) };
});

afterEach(() => {
  log.entries = null;
  cleanup();
});

const mountedNodes = () => [...document.querySelectorAll<HTMLElement>('.map-node')].map((el) => el.dataset.nodeId!);

/** The nodes that rendered while `drop` ran, sorted. */
async function renderedBy(drop: () => void): Promise<string[]> {
  const entries = watchRenders(log);
  act(drop);
  await act(tick);
  return [...new Set(entries())].map((name) => name.slice('node:'.length)).sort();
}

/** The pointer's drop: the nodes' boxes moved by (dx, dy) canvas units, into the band under the primary one. */
function drop(map: MapController, id: string, dx: number, dy: number): void {
  const w = map.editor.workbook;
  const layout = layoutOf(w);
  const box = layout.boxes.get(id)!;
  const band = layout.bands.findIndex((b) => box.y + dy + box.h / 2 < b.top + b.height);
  map.editor.execute(moveNodes(placeMove(w.workflow, layout, [id], dx, dy, { primary: { id, band } })));
}

describe('rendering on a drop', () => {
  it('re-renders only the node moved within its lane, of the hundreds on screen', async () => {
    const { map } = renderMap(spreadWorkbook(400));
    await act(tick);
    expect(mountedNodes().length).toBeGreaterThan(100);
    // n-41 sits inside its lane (neither leftmost nor rightmost, nor on its lane's top or bottom row).
    expect(await renderedBy(() => drop(map, 'n-41', 60, 20))).toEqual(['n-41']);
    expect(map.editor.workbook.workflow.nodes.find((n) => n.id === 'n-41')).toMatchObject({ laneId: 'l-1' });
  });

  it('re-renders only the node moved into another lane', async () => {
    const { map } = renderMap(spreadWorkbook(400));
    await act(tick);
    const before = layoutOf(map.editor.workbook);
    const from = before.boxes.get('n-41')!, into = before.bands[2]!;
    expect(await renderedBy(() => drop(map, 'n-41', 0, into.top + into.height / 2 - (from.y + from.h / 2)))).toEqual(['n-41']);
    expect(map.editor.workbook.workflow.nodes.find((n) => n.id === 'n-41')!.laneId).toBe('l-2');
  });

  it('renders only the new node when a palette item is dropped into a lane', async () => {
    const { map } = renderMap(spreadWorkbook(400));
    await act(tick);
    const mounted = mountedNodes().length;
    const layout = layoutOf(map.editor.workbook);
    const a = layout.boxes.get('n-41')!, b = layout.boxes.get('n-49')!; // two steps of lane 1, one column apart
    let id: string | null = null;
    const rendered = await renderedBy(() => void (id = addNodeAt(map, 'step', (a.x + b.x) / 2 + a.w / 2, a.y + a.h + 22, layout.bandOf.get('n-41'))));
    expect(id).not.toBeNull();
    expect(rendered).toEqual([id]);
    expect(mountedNodes().length).toBe(mounted + 1);
  });
});
