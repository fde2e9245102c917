import { describe, expect, it } from 'vitest';
import { fixTarget } from '../../../../renderer/state/fixTarget';
import type { StageId } from '../../../../renderer/state/stages';

const BUILT = new Set<StageId>(['overview', 'metrics', 'roadmap', 'readiness', 'export']);

describe('where a gap about metrics or the roadmap is fixed', () => {
  it('is the field itself on the Metrics stage, named by its part', () => {
    expect(fixTarget('/metrics/2/baseline/source', BUILT)).toEqual({ stage: 'metrics', focus: '/metrics/2/baseline/source', place: 'Metrics › Baseline' });
    expect(fixTarget('/metrics/0/kill', BUILT)).toMatchObject({ stage: 'metrics', place: 'Metrics › Kill criterion' });
    expect(fixTarget('/metrics/0/ownerId', BUILT)).toMatchObject({ stage: 'metrics', focus: '/metrics/0/ownerId', place: 'Metrics › Owner' });
  });

  it('is the kinds a scorecard must cover for a gap about the metrics as a whole', () => {
    expect(fixTarget('/metrics', BUILT)).toEqual({ stage: 'metrics', focus: '/metrics', place: 'Metrics' });
  });

  it('is the item’s field on the Roadmap stage', () => {
    expect(fixTarget('/roadmap/4/ownerId', BUILT)).toEqual({ stage: 'roadmap', focus: '/roadmap/4/ownerId', place: 'Roadmap › Owner' });
    expect(fixTarget('/roadmap/1/dependsOn/0', BUILT)).toMatchObject({ stage: 'roadmap', place: 'Roadmap › Dependencies' });
  });
});

describe('where a gap about a decision or the owners is fixed', () => {
  const ALL = new Set<StageId>([...BUILT, 'decisions', 'owners']);

  it('is the decision’s field on the Decisions stage, named by its part', () => {
    expect(fixTarget('/decisions/3/controls', ALL)).toEqual({ stage: 'decisions', focus: '/decisions/3/controls', place: 'Decisions › Controls' });
    expect(fixTarget('/decisions/0/tierReason', ALL)).toMatchObject({ place: 'Decisions › Tier' });
    expect(fixTarget('/decisions/0/escalateToId', ALL)).toMatchObject({ place: 'Decisions › Escalation' });
  });

  it('is the answer or the RACI on the Owners stage', () => {
    expect(fixTarget('/ownership/governanceOwnerId', ALL)).toEqual({ stage: 'owners', focus: '/ownership/governanceOwnerId', place: 'Owners › Governance owner' });
    expect(fixTarget('/raci/4/personId', ALL)).toMatchObject({ stage: 'owners', place: 'Owners › RACI' });
    expect(fixTarget('/raci', ALL)).toMatchObject({ stage: 'owners', place: 'Owners › RACI' });
  });
});
