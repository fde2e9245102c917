import { beforeEach, describe, expect, it } from 'vitest';
import { goToRecord } from '../../../../renderer/state/recordJump';
import { quickToolsOf } from '../../../../renderer/state/quickTools';
import { addParkingItem } from '../../../../renderer/state/commands';
import { openInFreshStore, state, template, testApp } from '../helpers';

describe('going to a found record', () => {
  beforeEach(() => {
    const w = template('support-triage');
    openInFreshStore(w);
    state().navigate({ screen: 'workbook', workbookId: w.id, stage: 'readiness' });
  });
  const app = () => testApp();
  const w = () => state().workbook!;

  it('opens a metric, a roadmap item, a person and a lane on their stages with their name asked for', () => {
    const cases = [
      ['metric', w().metrics[0]!.id, 'metrics', 'name'],
      ['roadmapItem', w().roadmap[0]!.id, 'roadmap', 'title'],
      ['person', w().people[0]!.id, 'overview', 'name'],
      ['lane', w().workflow.lanes[0]!.id, 'map', 'name'],
    ] as const;
    for (const [kind, id, stage, field] of cases) {
      goToRecord(app(), kind, id);
      expect(state().route).toMatchObject({ stage });
      expect(state().focusRequest?.target).toEqual({ recordId: id, field });
    }
  });

  it('lands on the field that matched when one is given', () => {
    const id = w().metrics[0]!.id;
    goToRecord(app(), 'metric', id, 'baseline/source');
    expect(state().focusRequest?.target).toEqual({ recordId: id, field: 'baseline/source' });
  });

  it('selects a decision in the register and a step on the map', () => {
    const decision = w().decisions[0]!.id;
    goToRecord(app(), 'decision', decision);
    expect(state().route).toMatchObject({ stage: 'decisions' });
    expect(state().selection).toEqual({ kind: 'decision', id: decision });
    goToRecord(app(), 'node', 'n-draft');
    expect(state().route).toMatchObject({ stage: 'map' });
    expect(state().focusRequest?.target).toEqual({ recordId: 'n-draft' });
  });

  it('opens the parking lot on a parked question, staying on the stage', () => {
    state().execute(addParkingItem({ text: 'Night shift?', id: 'q-1' }));
    goToRecord(app(), 'parkingItem', 'q-1');
    expect(state().route).toMatchObject({ stage: 'readiness' });
    expect(quickToolsOf(state().editor!).store.getState().open).toEqual({ kind: 'parking-lot', itemId: 'q-1' });
  });
});
