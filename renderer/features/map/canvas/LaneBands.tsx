/**
 * The swimlanes as bands across the canvas, each a dnd-kit drop target (the lanes are the drop
 * targets, not the nodes). A band is as tall as its content, as in the exported figure. The
 * lane under a drag is lit by one overlay of its own (DropHighlight) rather than by restyling
 * the band, which would repaint every node in the lane each time a drag crosses into it.
 */
import { useDndMonitor, useDroppable } from '@dnd-kit/core';
import { memo, useMemo, useState, type ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDoc } from '../../../state/editor/context';
import type { DocState } from '../../../state/editor/types';
import { bandOfDrop, type DropData } from '../dnd/types';
import type { CanvasBand } from '../geometry/canvasLayout';
import { layoutOf, useLayoutValue } from '../state/hooks';

/** How far bands reach right of the last node: room to drop new nodes. */
export const BAND_RUN_OUT = 3000;

export function LaneBands(): ReactElement {
  const count = useLayoutValue((l) => l.bands.length);
  const width = useLayoutValue((l) => l.width + BAND_RUN_OUT);
  return <div className="map-bands">{Array.from({ length: count }, (_, i) => <LaneBand key={i} index={i} width={width} />)}</div>;
}

/** The lane under a drag, lit from above the map (see Layers.tsx on why above). */
export function DropHighlight(): ReactElement {
  const width = useLayoutValue((l) => l.width + BAND_RUN_OUT);
  const [band, setBand] = useState<number | null>(null);
  useDndMonitor({
    onDragOver: ({ over }) => setBand(over ? bandOfDrop(over.data.current) : null),
    onDragEnd: () => setBand(null),
    onDragCancel: () => setBand(null),
  });
  const b = useBand(band ?? -1);
  return <div className="map-drop-highlight" style={b ? { transform: `translateY(${b.top}px)`, height: b.height, width } : { display: 'none' }} />;
}

const LaneBand = memo(function LaneBand({ index, width }: { index: number; width: number }): ReactElement | null {
  const band = useBand(index);
  const data: DropData = { band: index };
  const { setNodeRef } = useDroppable({ id: `band:${band?.laneId ?? '-'}:${index}`, data });
  if (!band) return null;
  const kind = band.lane?.kind ?? 'none';
  return (
    <div ref={setNodeRef} className={`map-band band-${kind}${index % 2 ? ' is-odd' : ''}`}
      style={{ top: band.top, height: band.height, width }} data-lane-id={band.laneId ?? ''} />
  );
});

/** Band `index`, the same object while its lane, name, top and height stay the same. */
export function useBand(index: number): CanvasBand | undefined {
  const [lane, laneId, name, top, height] = useDoc(useShallow((d: DocState) => {
    const b = layoutOf(d.workbook).bands[index];
    return b ? [b.lane, b.laneId, b.name, b.top, b.height] as const : [undefined, null, '', 0, 0] as const;
  }));
  return useMemo(() => (lane === undefined ? undefined : { lane, laneId, name, top, height }), [lane, laneId, name, top, height]);
}
