// @vitest-environment jsdom
/**
 * The speed proof in numbers: while a node is dragged, and when it is dropped, only the moved
 * node and its connectors render again — not when the drag starts, not on each step, not on
 * the drop; and nothing on the map renders when the save status or a toast changes (they are
 * the app's and the editor's own small stores, which no node subscribes to). React's
 * <Profiler> around each node and connector tells which rendered.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMapUi, type MoveDrag } from '../../../../../renderer/features/map/state/mapUiStore';
import { state } from '../../helpers';
import { watchRenders } from '../../profiled';
import { nodeEl, renderMap, renderMapInWindow, tick } from './mapFixture';

const log = vi.hoisted(() => ({ entries: null as string[] | null }));

vi.mock('../../../../../renderer/features/map/canvas/MapNode', async (original) => {
  const real = await original<typeof import('../../../../../renderer/features/map/canvas/MapNode')>();
  const { profiled } = await import('../../profiled');
  return { ...real, MapNode: profiled(real.MapNode, ({ id }) => `node:${id}`, log) };
});
vi.mock('../../../../../renderer/features/map/canvas/MapEdge', async (original) => {
  const real = await original<typeof import('../../../../../renderer/features/map/canvas/MapEdge')>();
  const { profiled } = await import('../../profiled');
  return { ...real, MapEdge: profiled(real.MapEdge, ({ id }) => `edge:${id}`, log) };
});

afterEach(() => {
  log.entries = null;
  cleanup();
});

/** From now on, how often each node and connector rendered, by `kind:id`. */
function startCountingRenders(): () => ReadonlyMap<string, number> {
  const entries = watchRenders(log);
  return () => {
    const counts = new Map<string, number>();
    for (const name of entries()) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  };
}

/** The ids that rendered, by kind, sorted. */
function rendered(counts: ReadonlyMap<string, number>, kind: 'node' | 'edge'): string[] {
  return [...counts.keys()].filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1)).sort();
}

const key = (code: string, target: Element | Document = document) => act(async () => {
  fireEvent.keyDown(target, { code, key: code === 'Space' ? ' ' : code });
  await tick();
});

describe('rendering while a node is dragged', () => {
  it('re-renders only the dragged node and its two connectors on each keyboard step, and on the drop', async () => {
    renderMap();
    const review = nodeEl('n-review');
    act(() => review.focus());
    const counts = startCountingRenders();
    await key('Space', review);
    expect(rendered(counts(), 'node')).toEqual(['n-review']);
    await key('ArrowRight');
    await key('ArrowRight');
    await key('ArrowRight');
    expect(rendered(counts(), 'node')).toEqual(['n-review']);
    expect(rendered(counts(), 'edge')).toEqual(['e-12', 'e-13']);
    expect(counts().get('node:n-review')).toBe(1 + 3); // picked up, then one render per step

    await key('Space');
    expect(state().workbook!.workflow.nodes.find((n) => n.id === 'n-review')).toMatchObject({ x: 760 + 60, y: 280, laneId: 'l-tier1' });
    expect(rendered(counts(), 'node')).toEqual(['n-review']);
    expect(rendered(counts(), 'edge')).toEqual(['e-12', 'e-13']);
  });

  it('re-renders only the moved nodes and their connectors through sixty drag updates (what pointer moves produce) of a two-node selection', async () => {
    const { map } = renderMap();
    state().selectOnMap({ nodeIds: ['n-classify', 'n-prioritize'], edgeIds: [] });
    await act(tick);
    const counts = startCountingRenders();
    const ids = new Set(['n-classify', 'n-prioritize']);
    act(() => setMapUi(map, { drag: { kind: 'move', ids, primary: 'n-classify', offset: { dx: 0, dy: 0 }, guides: [], keyboard: false } }));
    for (let i = 1; i <= 60; i++) act(() => setMapUi(map, { drag: { ...(map.ui.getState().drag as MoveDrag), offset: { dx: i * 2, dy: 0 } } }));
    act(() => setMapUi(map, { drag: null }));
    expect(rendered(counts(), 'node')).toEqual(['n-classify', 'n-prioritize']);
    // Their connectors: triggers into classify, its reads and writes, classify → prioritize, and prioritize's own.
    expect(rendered(counts(), 'edge')).toEqual(['e-2', 'e-3', 'e-4', 'e-5', 'e-6', 'e-7', 'e-8', 'e-9']);
    expect(counts().get('node:n-classify')).toBe(62);
    expect(counts().get('edge:e-13')).toBeUndefined();
  });

  it('re-renders no node or connector when the save status changes or a toast comes and goes, while the top bar and the toasts show them', async () => {
    const { editor, app } = renderMapInWindow();
    expect(await screen.findByRole('group', { name: 'Workflow map' })).toBeTruthy();
    expect(nodeEl('n-review')).toBeTruthy();
    await act(tick);
    const counts = startCountingRenders();
    act(() => editor.setSaveStatus({ state: 'saving' }));
    expect(screen.getByText('Saving…')).toBeTruthy();
    act(() => editor.setSaveStatus({ state: 'saved', at: Date.now() }));
    expect(screen.queryByText('Saving…')).toBeNull();
    let toast = 0;
    act(() => void (toast = app.getState().pushToast({ tone: 'info', message: 'Autosaved elsewhere.' })));
    expect(screen.getByText('Autosaved elsewhere.')).toBeTruthy();
    act(() => app.getState().dismissToast(toast));
    expect(screen.queryByText('Autosaved elsewhere.')).toBeNull();
    expect(rendered(counts(), 'node')).toEqual([]);
    expect(rendered(counts(), 'edge')).toEqual([]);
  });

  it('re-renders nothing on the map when the camera pans', async () => {
    const { map } = renderMap();
    const counts = startCountingRenders();
    for (let i = 1; i <= 30; i++) act(() => map.camera.move({ x: i * 3, y: 0, zoom: 1 }));
    expect(rendered(counts(), 'node')).toEqual([]);
    expect(rendered(counts(), 'edge')).toEqual([]);
  });
});
