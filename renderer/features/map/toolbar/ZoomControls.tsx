/** Zoom out, the zoom level (press for 100%), zoom in, fit the map, fit the selection. */
import type { ReactElement } from 'react';
import { useStore } from 'zustand';
import { MapIcon } from '../common/MapIcon';
import { liveSelection } from '../state/selection';
import { fitAll, fitBoxes, zoomStep, zoomTo } from '../state/view';
import { useMap, useMapSelection } from '../state/controller';

export function ZoomControls(): ReactElement {
  const map = useMap();
  const zoom = useStore(map.camera.committed, (s) => s.view?.zoom ?? 1);
  const hasSelection = useMapSelection((s) => s.nodeIds.length > 0);
  const percent = `${Math.round(zoom * 100)}%`;
  return (
    <div className="map-tool-group" role="group" aria-label="Zoom">
      <button type="button" className="btn btn-ghost btn-icon" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoomStep(map, -1)}><MapIcon name="zoomOut" /></button>
      <button type="button" className="btn btn-ghost map-zoom-level" aria-label={`Zoom ${percent}, reset to 100%`} title="Reset to 100% (0)" onClick={() => zoomTo(map, 1)}>{percent}</button>
      <button type="button" className="btn btn-ghost btn-icon" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoomStep(map, 1)}><MapIcon name="zoomIn" /></button>
      <button type="button" className="btn btn-ghost btn-icon" aria-label="Zoom to fit the map" title="Fit the map (Shift+1)" onClick={() => fitAll(map)}><MapIcon name="fit" /></button>
      <button type="button" className="btn btn-ghost btn-icon" aria-label="Zoom to the selection" title="Zoom to the selection (Shift+2)" disabled={!hasSelection}
        onClick={() => fitBoxes(map, liveSelection(map).nodeIds)}><MapIcon name="fitSelection" /></button>
    </div>
  );
}
