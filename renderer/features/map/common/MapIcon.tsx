/** Line icons the map needs beyond the app's set (24×24, stroked, decorative: controls carry the names). */
import type { ReactElement } from 'react';

const PATHS = {
  zoomIn: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4M8 11h6M11 8v6',
  zoomOut: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4M8 11h6',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M8 8h8v8H8z',
  fitSelection: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M9 10h6v4H9z',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15 9.5h.01',
  lane: 'M3 5h18v5H3zM3 14h18v5H3zM7 5v5M7 14v5',
  link: 'M5 12h9M11 7l5 5-5 5M19 5v14',
  duplicate: 'M8 8h12v12H8zM4 16V4h12',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
} as const;

export type MapIconName = keyof typeof PATHS;

export function MapIcon({ name, size = 20 }: { name: MapIconName; size?: number }): ReactElement {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
