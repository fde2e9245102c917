/**
 * One connector: the figure's orthogonal route between its two nodes (moved by their drag
 * offsets while they are dragged), styled by kind, with its label and an arrowhead (a path of
 * its own, not an SVG marker: markers are shared resources, and adding or removing one of a
 * thousand connectors that use one costs the browser far more). A wide invisible stroke makes
 * it easy to pick. Subscribes to its own record and its two ends only.
 */
import { memo, type ReactElement } from 'react';
import { createPortal } from 'react-dom';
import { EDGE_KIND_LABEL } from '../../../../shared/report/labels';
import { NODE_H, NODE_W } from '../geometry/canvasLayout';
import { arrowHead, edgePoints, fanOut, labelLines, labelSpot, pathOf } from '../geometry/edgePath';
import { useEdge, useEdgeEnds, useEdgeOffsets, useEdgeSelected, useParallelIndex } from '../state/hooks';
import { selectOnly, toggleEdge } from '../state/selection';
import { useCanvasApi } from './CanvasContext';
import { useDragEdgeLayer } from './DragEdgeLayer';
import { useMap } from '../state/controller';

export const MapEdge = memo(function MapEdge({ id }: { id: string }): ReactElement | null {
  const map = useMap();
  const edge = useEdge(id);
  const ends = useEdgeEnds(edge?.from ?? '', edge?.to ?? '');
  const [offsetA, offsetB] = useEdgeOffsets(edge?.from ?? '', edge?.to ?? '');
  const selected = useEdgeSelected(id);
  const fan = useParallelIndex(id);
  const { focusCanvas } = useCanvasApi();
  const dragLayer = useDragEdgeLayer();
  if (!edge || ends.length < 4 || edge.from === edge.to) return null;
  const [ax, ay, bx, by] = ends as [number, number, number, number];
  const points = fanOut(edgePoints({ x: ax, y: ay, w: NODE_W, h: NODE_H }, { x: bx, y: by, w: NODE_W, h: NODE_H }, offsetA ?? null, offsetB ?? null), fan);
  const d = pathOf(points);
  const spot = edge.label ? labelSpot(points, fan) : null;
  const moving = offsetA !== null || offsetB !== null;
  const head = arrowHead(points);
  const line = (
    <g className={`map-edge edge-${edge.kind}${selected ? ' is-selected' : ''}`} data-edge-id={id} data-map-item="">
      <path
        className="map-edge-hit"
        d={d}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.stopPropagation();
          focusCanvas();
          if (e.shiftKey || e.metaKey || e.ctrlKey) toggleEdge(map, id);
          else selectOnly(map, [], [id]);
        }}
      >
        <title>{`${EDGE_KIND_LABEL[edge.kind]}${edge.label ? `: ${edge.label}` : ''}`}</title>
      </path>
      <path className="map-edge-line" d={pathOf(head.shaft)} />
      <path className="map-edge-head" d={head.d} />
      {spot && edge.label && <EdgeLabel text={edge.label} x={spot.x} y={spot.y} anchor={spot.anchor} />}
    </g>
  );
  return moving && dragLayer ? createPortal(line, dragLayer) : line;
});

/** The label in up to three short lines, centred on its spot vertically. */
function EdgeLabel({ text, x, y, anchor }: { text: string; x: number; y: number; anchor: 'start' | 'middle' }): ReactElement {
  const lines = labelLines(text, anchor === 'start' ? 84 : 112);
  const top = anchor === 'start' ? y - ((lines.length - 1) * 14) / 2 : y - (lines.length - 1) * 14;
  return (
    <text className="map-edge-label" x={x} y={top} textAnchor={anchor}>
      {lines.map((line, i) => <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>{line}</tspan>)}
    </text>
  );
}
