/**
 * The Map stage: where the facilitator draws the actual workflow, live, with the room
 * watching — swimlanes, nodes dropped from the palette, connectors for flow, triggers, reads,
 * writes and hand-offs, readiness gaps shown on the nodes they concern. Every edit is one
 * command (one undo step, autosaved); selection, camera and drag live in the map's controller,
 * one per open workbook (state/controller.ts).
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { MapCanvas } from './canvas/MapCanvas';
import { MapDnd } from './dnd/MapDnd';
import { Inspector } from './inspector/Inspector';
import { useMapFocusRequest } from './state/focusRequest';
import { useMap } from './state/controller';
import { useMapUi } from './state/hooks';
import { MapToolbar } from './toolbar/MapToolbar';
import { useLayoutShown } from '../../state/layout';

export default function MapScreen(): ReactElement {
  const root = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const map = useMap();
  const inspector = useLayoutShown('inspector');
  // Leaving the map leaves no drag, rubber band or inline editor half-done for the next visit.
  useEffect(() => () => map.resetUi(), [map]);
  useMapFocusRequest(root);
  return (
    <div className="map-stage" ref={root}>
      <MapDnd viewport={() => viewport.current}>
        <MapToolbar searchRef={search} />
        <div className={`map-body${inspector ? '' : ' no-inspector'}`}>
          <MapCanvas viewportRef={viewport} onSearch={() => search.current?.focus()} />
          {inspector && <Inspector />}
        </div>
      </MapDnd>
      <LiveRegion />
    </div>
  );
}

/** The map's own announcements (nudges, connections, deletions); dnd-kit has its own for drags. */
function LiveRegion(): ReactElement {
  const { text, n } = useMapUi((s) => s.announcement);
  // The same sentence twice in a row must be said twice: alternate an invisible character.
  return <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{text}{n % 2 ? '\u200b' : ''}</div>;
}
