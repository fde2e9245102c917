/**
 * The stage registry: the screens this version has, in sidebar order. Adding a stage is one
 * line here (STAGE_IDS in state/stages.ts already knows every name and the order). Stages not
 * listed are not in the sidebar, and readiness links send their gaps to the closest place.
 * It is the only file of app/ that imports features (a lint rule): the library and the history
 * dialog, which are not stages of a workbook, are handed on from here too.
 */
import { lazy, type ComponentType } from 'react';
import type { IconName } from '../components/Icon';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { ReadinessScreen } from '../features/readiness/ReadinessScreen';
import { STAGE_IDS, STAGE_NAMES, type StageId } from '../state/stages';

export interface StageDefinition {
  readonly id: StageId;
  readonly name: string;
  readonly icon: IconName;
  readonly Screen: ComponentType;
}

const REGISTERED: readonly Omit<StageDefinition, 'name'>[] = [
  { id: 'overview', icon: 'overview', Screen: OverviewScreen },
  { id: 'map', icon: 'map', Screen: lazy(() => import('../features/map/MapScreen')) },
  { id: 'decisions', icon: 'decisions', Screen: lazy(() => import('../features/decisions/DecisionsScreen')) },
  { id: 'metrics', icon: 'metrics', Screen: lazy(() => import('../features/metrics/MetricsScreen')) },
  { id: 'owners', icon: 'people', Screen: lazy(() => import('../features/owners/OwnersScreen')) },
  { id: 'roadmap', icon: 'roadmap', Screen: lazy(() => import('../features/roadmap/RoadmapScreen')) },
  { id: 'readiness', icon: 'readiness', Screen: ReadinessScreen },
  // Loaded on first visit: the export screen is the way into the (large, lazy) exporters.
  { id: 'export', icon: 'export', Screen: lazy(() => import('../features/export/ExportScreen')) },
];

export { LibraryScreen } from '../features/library/LibraryScreen';
export { HistoryDialog } from '../features/history/HistoryDialog';
export { CaptureDialog } from '../features/parking/CaptureDialog';
export { ParkingLotButton } from '../features/parking/ParkingLotButton';
export { ParkingLotPanel } from '../features/parking/ParkingLotPanel';
export { SearchButton } from '../features/search/SearchButton';
export { SearchDialog } from '../features/search/SearchDialog';
export { MergeDialog } from '../features/merge/MergeDialog';
export { RoomButton } from '../features/room/RoomButton';
export { PresenterRoomCard } from '../features/room/PresenterRoomCard';
export { CompareDialog } from '../features/compare/CompareDialog';
export { PresenterWindow } from '../features/presenter/PresenterWindow';
export { TopBarTimer } from '../features/presenter/TopBarTimer';

export const STAGES: readonly StageDefinition[] = REGISTERED
  .map((s) => ({ ...s, name: STAGE_NAMES[s.id] }))
  .sort((a, b) => STAGE_IDS.indexOf(a.id) - STAGE_IDS.indexOf(b.id));

export const AVAILABLE_STAGES: ReadonlySet<StageId> = new Set(STAGES.map((s) => s.id));

export function isAvailableStage(stage: string): boolean {
  return AVAILABLE_STAGES.has(stage as StageId);
}
