/**
 * The mounted nodes and connectors (culled). The connectors of nodes being dragged draw
 * themselves in a layer of their own (DragEdgeLayer.tsx).
 */
import type { ReactElement } from 'react';
import { MapEdge } from './MapEdge';
import { MapNode } from './MapNode';
import { useVisibleEdgeIds, useVisibleNodeIds } from './useVisible';

export function NodeLayer(): ReactElement {
  const ids = useVisibleNodeIds();
  return <div className="map-nodes">{ids.map((id) => <MapNode key={id} id={id} />)}</div>;
}

export function EdgeLayer(): ReactElement {
  const ids = useVisibleEdgeIds();
  return (
    <svg className="map-edges" width="1" height="1" aria-hidden="true">
      {ids.map((id) => <MapEdge key={id} id={id} />)}
    </svg>
  );
}

