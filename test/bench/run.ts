/**
 * `npm run bench`: every benchmark of the project, printed as medians, 95th percentiles and
 * peak memory. `npm run bench -- core` runs one group.
 */
import { runAppBench } from './app.bench';
import { runCoreBench } from './core.bench';
import { runExportBench } from './export.bench';
import { runStagesBench } from './stages.bench';

const GROUPS: Record<string, () => Promise<void>> = {
  core: runCoreBench,
  app: runAppBench,
  export: runExportBench,
  stages: runStagesBench,
  map: async () => (await import('./map.bench')).runMapBench(),
  decisions: async () => (await import('./decisions.bench')).runDecisionsBench(),
  owners: async () => (await import('./owners.bench')).runOwnersBench(),
  kill: async () => (await import('./kill.bench')).runKillBench(),
  merge: async () => (await import('./merge.bench')).runMergeBench(),
  portfolio: async () => (await import('./portfolio.bench')).runPortfolioBench(),
  room: async () => (await import('./room.bench')).runRoomBench(),
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(GROUPS)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
