import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { findReferenceProblems } from '../../../../shared/format/references';
import { suggestRoadmap } from '../../../../shared/logic';
import {
  acceptSuggestedItems, addDependency, addRoadmapItem, blankRoadmapItem, moveRoadmapItem, removeDependency, removeRoadmapItem,
  setGateMetric, setGateNote, setItemWeeks, shiftRoadmapItem,
} from '../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../helpers';

const ids = () => state().workbook!.roadmap.map((r) => r.id);
const item = (id: string) => state().workbook!.roadmap.find((r) => r.id === id)!;

describe('roadmap item commands', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('add an item with nothing linked yet', () => {
    state().execute(addRoadmapItem(blankRoadmapItem('r-new', 'scale', 'Go global')));
    expect(item('r-new')).toEqual({ id: 'r-new', title: 'Go global', phase: 'scale', weeks: 2, dependsOn: [], decisionIds: [], metricIds: [] });
  });

  it('keep weeks within what the format allows', () => {
    state().execute(setItemWeeks('r-logging', 0));
    expect(item('r-logging').weeks).toBe(1);
    state().execute(setItemWeeks('r-logging', 500));
    expect(item('r-logging').weeks).toBe(104);
  });

  it('make a whole drag of a bar’s end one undo step, however long it pauses', () => {
    const { clock } = openInFreshStore(template('support-triage'));
    const before = state().past.length;
    state().execute(setItemWeeks('r-logging', 4, 7));
    clock.advance(60_000);
    state().execute(setItemWeeks('r-logging', 5, 7));
    state().execute(setItemWeeks('r-logging', 6, 7));
    expect(state().past.length).toBe(before + 1);
    state().undo();
    expect(item('r-logging').weeks).toBe(3);
  });

  it('refuse a dependency that would close a cycle, changing nothing', () => {
    const w = state().workbook;
    expect(state().execute(addDependency('r-threshold', 'r-triage-live'))).toBe(false);
    expect(state().workbook).toBe(w);
  });

  it('add and remove a dependency', () => {
    state().execute(addDependency('r-sampling', 'r-dashboard'));
    expect(item('r-sampling').dependsOn).toEqual(['r-dashboard']);
    state().execute(removeDependency('r-sampling', 'r-dashboard'));
    expect(item('r-sampling').dependsOn).toEqual([]);
  });

  it('drop a gate with its last metric, unless it has a note', () => {
    state().execute(setGateMetric('r-triage-live', 'm-misroute', false));
    expect(item('r-triage-live').gate).toEqual({ metricIds: [], note: 'Misrouting below the kill threshold for four consecutive weeks.' });
    state().execute(setGateNote('r-triage-live', ''));
    expect('gate' in item('r-triage-live')).toBe(false);
    state().execute(setGateMetric('r-triage-live', 'm-ttfr', true));
    expect(item('r-triage-live').gate).toEqual({ metricIds: ['m-ttfr'] });
  });

  it('remove an item and every dependency on it', () => {
    state().execute(removeRoadmapItem('r-threshold'));
    expect(ids()).not.toContain('r-threshold');
    expect(item('r-triage-live').dependsOn).toEqual([]);
    expect(findReferenceProblems(state().workbook!)).toEqual([]);
  });
});

describe('arranging the roadmap', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('move an item into another phase before a given item', () => {
    state().execute(moveRoadmapItem('r-sampling', 'foundation', 'r-dashboard'));
    expect(item('r-sampling').phase).toBe('foundation');
    expect(ids().slice(0, 4)).toEqual(['r-logging', 'r-sampling', 'r-dashboard', 'r-privacy']);
  });

  it('move an item to the end of a phase, keeping every other item where it was', () => {
    state().execute(moveRoadmapItem('r-logging', 'foundation', null));
    expect(ids()).toEqual(['r-dashboard', 'r-privacy', 'r-logging', 'r-threshold', 'r-sampling', 'r-triage-live', 'r-drafts-live', 'r-languages', 'r-review']);
  });

  it('move an item into an empty phase after the phases before it', () => {
    openInFreshStore({ ...template('support-triage'), roadmap: template('support-triage').roadmap.filter((r) => r.phase !== 'pilot-hardening') });
    state().execute(moveRoadmapItem('r-review', 'pilot-hardening', null));
    expect(ids().indexOf('r-review')).toBe(3);
    expect(item('r-review').phase).toBe('pilot-hardening');
  });

  it('shift an item up or down within its phase, and not past its ends', () => {
    state().execute(shiftRoadmapItem('r-privacy', -1));
    expect(ids().slice(0, 3)).toEqual(['r-logging', 'r-privacy', 'r-dashboard']);
    state().execute(shiftRoadmapItem('r-privacy', 1));
    expect(ids().slice(0, 3)).toEqual(['r-logging', 'r-dashboard', 'r-privacy']);
    expect(state().execute(shiftRoadmapItem('r-privacy', 1))).toBe(false);
  });
});

describe('accepting a suggested roadmap', () => {
  it('adds the chosen items next to the existing ones, never replacing them', () => {
    openInFreshStore(template('support-triage'));
    const before = ids();
    const suggestion = suggestRoadmap(state().workbook!);
    state().execute(acceptSuggestedItems(suggestion, suggestion.map((s) => s.id)));
    expect(ids()).toEqual([...before, ...suggestion.map((s) => s.id)]);
    expect(loadWorkbook(serializeWorkbook(state().workbook!)).ok).toBe(true);
  });

  it('keeps only dependencies on items that are on the roadmap, and links them when they arrive', () => {
    const w = template('support-triage');
    openInFreshStore({ ...w, roadmap: [], raci: w.raci.filter((r) => !r.subjectId.startsWith('r-')) });
    const suggestion = suggestRoadmap(state().workbook!);
    const medium = suggestion.find((s) => s.id.startsWith('sug-rollout-medium'))!;
    const low = suggestion.find((s) => s.id.startsWith('sug-rollout-low'))!;
    expect(medium.dependsOn).toContain(low.id);
    state().execute(acceptSuggestedItems(suggestion, [medium.id]));
    expect(item(medium.id).dependsOn).toEqual([]);
    expect(findReferenceProblems(state().workbook!)).toEqual([]);
    state().execute(acceptSuggestedItems(suggestion, [low.id]));
    expect(item(medium.id).dependsOn).toEqual([low.id]);
  });

  it('accepts an item only once', () => {
    openInFreshStore(template('support-triage'));
    const suggestion = suggestRoadmap(state().workbook!);
    state().execute(acceptSuggestedItems(suggestion, [suggestion[0]!.id]));
    expect(state().execute(acceptSuggestedItems(suggestion, [suggestion[0]!.id]))).toBe(false);
  });
});
