import { describe, expect, it } from 'vitest';
import { fixTarget } from '../../../../renderer/state/fixTarget';
import { formatRoute, parseHash } from '../../../../renderer/state/routes';
import type { StageId } from '../../../../renderer/state/stages';
import { safeFileName, workbookFileName } from '../../../../renderer/state/fileNames';

const BUILT = new Set<StageId>(['overview', 'readiness', 'export']);

describe('routes', () => {
  it('read and write the library and a workbook stage as hashes', () => {
    expect(parseHash('#/')).toEqual({ screen: 'library' });
    expect(parseHash('')).toEqual({ screen: 'library' });
    const route = { screen: 'workbook', workbookId: 'wb-1', stage: 'readiness' } as const;
    expect(parseHash(formatRoute(route))).toEqual(route);
  });

  it('fall back to Overview for an unknown stage and to the library for a bad id', () => {
    expect(parseHash('#/w/wb-1/nonsense')).toEqual({ screen: 'workbook', workbookId: 'wb-1', stage: 'overview' });
    expect(parseHash('#/w/bad id!/overview')).toEqual({ screen: 'library' });
  });
});

describe('where a readiness gap is fixed', () => {
  it('points at the field itself on a stage that exists', () => {
    expect(fixTarget('/pilot/name', BUILT)).toEqual({ stage: 'overview', focus: '/pilot/name', place: 'Overview › Pilot' });
    expect(fixTarget('/sprint/facilitatorId', BUILT)).toMatchObject({ stage: 'overview', focus: '/sprint/facilitatorId' });
  });

  it('sends a missing person to the People list until the Owners and Decisions stages exist', () => {
    expect(fixTarget('/ownership/workflowOwnerId', BUILT)).toEqual({ stage: 'overview', focus: '/people', place: 'Overview › People', pendingStage: 'owners' });
    expect(fixTarget('/decisions/2/overrideById', BUILT)).toMatchObject({ focus: '/people', pendingStage: 'decisions' });
  });

  it('sends other gaps to the agenda day on which that part is worked on', () => {
    expect(fixTarget('/workflow/nodes/3', BUILT)).toEqual({ stage: 'overview', focus: 'agenda/day/2', place: 'Overview › Day 2', pendingStage: 'map' });
    expect(fixTarget('/metrics/0/kill', BUILT)).toMatchObject({ focus: 'agenda/day/6', pendingStage: 'metrics' });
    expect(fixTarget('/roadmap/1/dependsOn', BUILT)).toMatchObject({ focus: 'agenda/day/9', pendingStage: 'roadmap' });
  });

  it('points straight at the stage once it is built', () => {
    expect(fixTarget('/workflow/nodes/3', new Set<StageId>([...BUILT, 'map']))).toEqual({ stage: 'map', focus: '/workflow/nodes/3', place: 'Map' });
  });
});

describe('suggested file names', () => {
  it('keep the title, replacing what file systems refuse', () => {
    expect(workbookFileName('Claims: triage / Q3?')).toBe('Claims triage Q3.sprintbook');
    expect(safeFileName('   ', 'pdf')).toBe('Sprintbook.pdf');
    expect(safeFileName('Ünïcödé — fine', 'pdf')).toBe('Ünïcödé — fine.pdf');
  });
});
