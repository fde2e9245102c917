/**
 * The lane names down the left edge of the canvas. They scroll with the lanes vertically but
 * stay on screen when the map is panned sideways (the canvas moves them, see useViewTransform),
 * so a wide map never loses its lanes. Double-click a name to rename the lane; add one below.
 */
import { forwardRef, memo, useState, type ReactElement } from 'react';
import { renameLane } from '../../../state/commands';
import { LABEL_W } from '../geometry/canvasLayout';
import { useLayoutValue } from '../state/hooks';
import { addLaneAtEnd } from '../state/lanes';
import { useMap } from '../state/controller';
import { useBand } from './LaneBands';
import { laneNameSize } from './laneNameSize';

/** The name's width inside the header (its 8-pixel padding on each side). */
const NAME_W = LABEL_W - 16;

const KIND_NAME: Readonly<Record<string, string>> = { role: 'Role', system: 'System', ai: 'AI', external: 'External' };

export const LaneHeaders = forwardRef<HTMLDivElement>(function LaneHeaders(_props, ref): ReactElement {
  const map = useMap();
  const count = useLayoutValue((l) => l.bands.length);
  const bottom = useLayoutValue((l) => l.height);
  return (
    <div ref={ref} className="map-lane-headers" style={{ width: LABEL_W }}>
      {Array.from({ length: count }, (_, i) => <LaneHeader key={i} index={i} />)}
      {count > 0 && (
        <button type="button" className="map-add-lane" style={{ top: bottom + 8 }} data-map-item="" onClick={() => addLaneAtEnd(map)}>
          <span aria-hidden="true">+</span> Add lane
        </button>
      )}
    </div>
  );
});

const LaneHeader = memo(function LaneHeader({ index }: { index: number }): ReactElement | null {
  const map = useMap();
  const band = useBand(index);
  const [editing, setEditing] = useState(false);
  if (!band) return null;
  const lane = band.lane;
  const kind = lane?.kind ?? 'none';
  const finish = (value: string | null) => {
    setEditing(false);
    if (lane && value !== null && value.trim() !== lane.name) {
      map.editor.execute(renameLane(lane.id, value.trim()));
      map.editor.sealHistory();
    }
  };
  return (
    <div className={`map-lane-header band-${kind}`} style={{ top: band.top, height: band.height }} data-map-item=""
      onDoubleClick={() => lane && setEditing(true)} title={lane ? 'Double-click to rename' : undefined}>
      {editing && lane ? (
        <input
          className="map-lane-rename"
          aria-label={`Name of lane ${lane.name}`}
          defaultValue={lane.name}
          autoFocus
          onFocus={(e) => e.target.select()}
          onBlur={(e) => finish(e.target.value)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') finish(e.currentTarget.value);
            if (e.key === 'Escape') finish(null);
          }}
          onPointerDown={(e) => e.stopPropagation()}
        />
      ) : (
        <>
          <span className="map-lane-name" style={{ fontSize: laneNameSize(band.name || 'Nodes', NAME_W) }}>{band.name || 'Nodes'}</span>
          {lane && <span className="map-lane-kind">{KIND_NAME[kind]}</span>}
        </>
      )}
    </div>
  );
});
