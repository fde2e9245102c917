/**
 * The layer the connectors of nodes being dragged move to, above the nodes, so each frame of a
 * drag repaints those few lines and not the map under them. Every layer that changes during a
 * drag sits above the static map: a changing layer below static content would force the
 * browser to re-layer (and re-raster) what overlaps it.
 */
import { createContext, useContext, useState, type ReactElement, type ReactNode } from 'react';

const DragEdgeLayer = createContext<SVGSVGElement | null>(null);

/** Where a connector whose node is being dragged draws itself (null: in place). */
export const useDragEdgeLayer = (): SVGSVGElement | null => useContext(DragEdgeLayer);

/** Renders `children` (the static map), then the layer the dragged nodes' connectors move to. */
export function DragEdgeHost({ children }: { children: ReactNode }): ReactElement {
  const [dragLayer, setDragLayer] = useState<SVGSVGElement | null>(null);
  return (
    <DragEdgeLayer.Provider value={dragLayer}>
      {children}
      <svg ref={setDragLayer} className="map-edges map-edges-moving" width="1" height="1" aria-hidden="true" />
    </DragEdgeLayer.Provider>
  );
}
