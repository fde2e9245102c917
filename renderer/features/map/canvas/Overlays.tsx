/**
 * What is drawn over the map while working: alignment guides during a drag, the rubber band,
 * the connector being drawn (routed like a real one once it is over a node), and the two ends
 * of a selected connector, which can be dragged to another node to reconnect it. The layer is
 * always mounted, so a drag never adds or removes elements around the dragged node.
 */
import type { ReactElement } from 'react';
import { useDoc } from '../../../state/editor/context';
import { useMapSelection } from '../state/controller';
import { NODE_H, NODE_W } from '../geometry/canvasLayout';
import { arrowHead, edgePoints, pathOf } from '../geometry/edgePath';
import { normalizedRect } from '../geometry/hit';
import { useEdge, useLayout, useMapUi } from '../state/hooks';
import { useCanvasApi } from './CanvasContext';

export function Overlays(): ReactElement {
  return (
    <svg className="map-overlays" width="1" height="1" aria-hidden="true">
      <Guides />
      <Marquee />
      <LinkPreview />
      <SelectedEdgeEnds />
    </svg>
  );
}

function Guides(): ReactElement {
  const guides = useMapUi((s) => (s.drag?.kind === 'move' ? s.drag.guides : null));
  return (
    <g className="map-guides">
      {guides?.map((g, i) => (g.axis === 'x'
        ? <line key={i} x1={g.at} x2={g.at} y1={g.from} y2={g.to} />
        : <line key={i} y1={g.at} y2={g.at} x1={g.from} x2={g.to} />))}
    </g>
  );
}

function Marquee(): ReactElement {
  const m = useMapUi((s) => s.marquee);
  if (!m) return <g />;
  const r = normalizedRect(m.x0, m.y0, m.x1, m.y1);
  return <g><rect className="map-marquee" x={r.x} y={r.y} width={r.w} height={r.h} /></g>;
}

function LinkPreview(): ReactElement {
  const linking = useMapUi((s) => s.linking);
  const layout = useLayout();
  const kind = useMapUi((s) => s.connectorKind);
  const edgeKind = useDoc((d) => (linking?.reconnect ? d.workbook.workflow.edges.find((e) => e.id === linking.reconnect!.edgeId)?.kind : undefined));
  if (!linking) return <g />;
  const a = layout.boxes.get(linking.from);
  if (!a) return <g />;
  const over = linking.over ? layout.boxes.get(linking.over) : undefined;
  const target = over ?? { x: linking.x - 1, y: linking.y - 1, w: 2, h: 2 };
  // Reconnecting the start of a connector draws from the pointer to the fixed end.
  const backwards = linking.reconnect?.end === 'from';
  const points = backwards ? edgePoints(target, a) : edgePoints(a, target);
  const head = arrowHead(points);
  return (
    <g className={`map-edge map-link-preview edge-${edgeKind ?? kind}`}>
      <path className="map-edge-line" d={pathOf(head.shaft)} />
      <path className="map-edge-head" d={head.d} />
    </g>
  );
}

function SelectedEdgeEnds(): ReactElement {
  const edgeId = useMapSelection((s) => (s.edgeIds.length === 1 && s.nodeIds.length === 0 ? s.edgeIds[0]! : ''));
  const edge = useEdge(edgeId);
  const layout = useLayout();
  const hidden = useMapUi((s) => s.linking !== null || s.drag !== null);
  const { beginLink } = useCanvasApi();
  if (!edge || hidden) return <g />;
  const a = layout.boxes.get(edge.from), b = layout.boxes.get(edge.to);
  if (!a || !b) return <g />;
  const points = edgePoints({ ...a, w: NODE_W, h: NODE_H }, { ...b, w: NODE_W, h: NODE_H });
  const first = points[0]!, last = points[points.length - 1]!;
  return (
    <g className="map-edge-ends">
      {([['from', first, edge.to], ['to', last, edge.from]] as const).map(([end, [x, y], fixed]) => (
        <circle key={end} className="map-edge-end" cx={x} cy={y} r={7}
          onPointerDown={(e) => {
            e.stopPropagation();
            e.preventDefault();
            beginLink(fixed, e, { edgeId: edge.id, end });
          }} />
      ))}
    </g>
  );
}
