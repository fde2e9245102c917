/**
 * Narrow subscriptions for the canvas. Each node and connector subscribes to its own record
 * and position by id, with primitive or shallow-compared results, so that a change (or a drag)
 * re-renders the elements it moves and nothing else. Everything here reads the open
 * workbook's document or its map controller: never the app store, never the save status.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Edge, Workbook, WorkflowNode } from '../../../../shared/model';
import { useDoc } from '../../../state/editor/context';
import type { DocState } from '../../../state/editor/types';
import type { CanvasLayout } from '../geometry/canvasLayout';
import type { Offset } from '../geometry/edgePath';
import { useMap, useMapSelection } from './controller';
import { deriveLayout, deriveNodeLint, edgeIndex, laneIndex, nodeIndex, parallelIndex, selectionSets } from './derive';
import type { MapUiState } from './mapUiStore';

export const layoutOf = (w: Workbook): CanvasLayout => deriveLayout(w.workflow);

const docLayout = (d: DocState): CanvasLayout => layoutOf(d.workbook);

/** A value picked from the open map's ui state. */
export function useMapUi<T>(pick: (s: MapUiState) => T): T {
  return useStore(useMap().ui, pick);
}

export function useLayout(): CanvasLayout {
  return useDoc(docLayout);
}

/** A value picked from the map's layout (compared with Object.is). */
export function useLayoutValue<T>(pick: (layout: CanvasLayout) => T): T {
  return useDoc((d) => pick(docLayout(d)));
}

export function useNode(id: string): WorkflowNode | undefined {
  return useDoc((d) => nodeIndex(d.workbook.workflow.nodes).get(id));
}

export function useEdge(id: string): Edge | undefined {
  return useDoc((d) => edgeIndex(d.workbook.workflow.edges).get(id));
}

/** A node's top-left on the canvas, as [x, y] (NaN when it has no box). */
export function useNodePosition(id: string): readonly [number, number] {
  return useDoc(useShallow((d: DocState) => {
    const b = docLayout(d).boxes.get(id);
    return b ? [b.x, b.y] : [NaN, NaN];
  }));
}

/** Both ends of a connector: [x1, y1, x2, y2] of the two boxes' top-left corners. */
export function useEdgeEnds(from: string, to: string): readonly number[] {
  return useDoc(useShallow((d: DocState) => {
    const boxes = docLayout(d).boxes;
    const a = boxes.get(from), b = boxes.get(to);
    return a && b ? [a.x, a.y, b.x, b.y] : [];
  }));
}

/** How far to fan connector `id` out from others between the same nodes (0: not at all). */
export const useParallelIndex = (id: string): number => useDoc((d) => parallelIndex(d.workbook.workflow.edges).get(id) ?? 0);

export function useLaneName(laneId: string | undefined): string | null {
  return useDoc((d) => (laneId !== undefined ? laneIndex(d.workbook.workflow.lanes).get(laneId)?.name ?? null : null));
}

export const useNodeSelected = (id: string): boolean => useMapSelection((s) => selectionSets(s).nodes.has(id));
export const useEdgeSelected = (id: string): boolean => useMapSelection((s) => selectionSets(s).edges.has(id));

/** A node's workflow gaps as one string ("blocker\nmessage\nmessage"), so unchanged gaps never re-render it. */
export function useNodeLint(id: string): string {
  return useDoc((d) => {
    const lint = deriveNodeLint(d.workbook).get(id);
    return lint ? [lint.severity, ...lint.messages].join('\n') : '';
  });
}

/** The drag offset of node `id` while it is being moved, else null (the same null for every other node). */
export const offsetOf = (s: MapUiState, id: string): Offset | null =>
  (s.drag?.kind === 'move' && s.drag.ids.has(id) ? s.drag.offset : null);

export function useDragOffset(id: string): Offset | null {
  return useMapUi((s) => offsetOf(s, id));
}

export function useEdgeOffsets(from: string, to: string): readonly (Offset | null)[] {
  return useMapUi(useShallow((s: MapUiState) => [offsetOf(s, from), offsetOf(s, to)]));
}
