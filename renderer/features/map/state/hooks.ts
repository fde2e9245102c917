/**
 * Narrow subscriptions for the canvas. Each node and connector subscribes to its own record
 * and position by id, with primitive or shallow-compared results, so that a change (or a drag)
 * re-renders the elements it moves and nothing else.
 */
import { useShallow } from 'zustand/react/shallow';
import type { Edge, WorkflowNode } from '../../../../shared/model';
import { useAppStore } from '../../../state/store';
import type { AppState } from '../../../state/types';
import type { CanvasLayout } from '../geometry/canvasLayout';
import type { Offset } from '../geometry/edgePath';
import { deriveLayout, deriveNodeLint, edgeIndex, laneIndex, nodeIndex, parallelIndex, selectionSets } from './derive';
import { useMapUi, type MapUiState } from './mapUiStore';

const NO_LAYOUT = deriveLayout({ lanes: [], nodes: [], edges: [] });

export const layoutOf = (s: AppState): CanvasLayout => (s.workbook ? deriveLayout(s.workbook.workflow) : NO_LAYOUT);

export function useLayout(): CanvasLayout {
  return useAppStore(layoutOf);
}

export function useNode(id: string): WorkflowNode | undefined {
  return useAppStore((s) => (s.workbook ? nodeIndex(s.workbook.workflow.nodes).get(id) : undefined));
}

export function useEdge(id: string): Edge | undefined {
  return useAppStore((s) => (s.workbook ? edgeIndex(s.workbook.workflow.edges).get(id) : undefined));
}

/** A node's top-left on the canvas, as [x, y] (NaN when it has no box). */
export function useNodePosition(id: string): readonly [number, number] {
  return useAppStore(useShallow((s: AppState) => {
    const b = layoutOf(s).boxes.get(id);
    return b ? [b.x, b.y] : [NaN, NaN];
  }));
}

/** Both ends of a connector: [x1, y1, x2, y2] of the two boxes' top-left corners. */
export function useEdgeEnds(from: string, to: string): readonly number[] {
  return useAppStore(useShallow((s: AppState) => {
    const boxes = layoutOf(s).boxes;
    const a = boxes.get(from), b = boxes.get(to);
    return a && b ? [a.x, a.y, b.x, b.y] : [];
  }));
}

/** How far to fan connector `id` out from others between the same nodes (0: not at all). */
export const useParallelIndex = (id: string): number =>
  useAppStore((s) => (s.workbook ? parallelIndex(s.workbook.workflow.edges).get(id) ?? 0 : 0));

export function useLaneName(laneId: string | undefined): string | null {
  return useAppStore((s) => (laneId !== undefined && s.workbook ? laneIndex(s.workbook.workflow.lanes).get(laneId)?.name ?? null : null));
}

export const useNodeSelected = (id: string): boolean => useAppStore((s) => selectionSets(s.mapSelection).nodes.has(id));
export const useEdgeSelected = (id: string): boolean => useAppStore((s) => selectionSets(s.mapSelection).edges.has(id));

/** A node's workflow gaps as one string ("blocker\nmessage\nmessage"), so unchanged gaps never re-render it. */
export function useNodeLint(id: string): string {
  return useAppStore((s) => {
    const lint = s.workbook ? deriveNodeLint(s.workbook).get(id) : undefined;
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
