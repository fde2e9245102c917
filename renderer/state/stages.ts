/**
 * The sprint's stages, in the order of the sidebar. Which of them the app can show is decided
 * by the registry in renderer/app/stages.tsx; this list is data the state layer can reason
 * about (routes, where a readiness gap is fixed) without importing any screen.
 */

export const STAGE_IDS = ['overview', 'map', 'decisions', 'metrics', 'owners', 'roadmap', 'readiness', 'export'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const STAGE_NAMES: Readonly<Record<StageId, string>> = {
  overview: 'Overview',
  map: 'Map',
  decisions: 'Decisions',
  metrics: 'Metrics',
  owners: 'Owners',
  roadmap: 'Roadmap',
  readiness: 'Readiness',
  export: 'Export',
};

export function isStageId(value: string): value is StageId {
  return (STAGE_IDS as readonly string[]).includes(value);
}
