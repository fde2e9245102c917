/**
 * Commands on roadmap items: add, edit a field, link decisions and metrics, gate on metrics,
 * add and remove dependencies, and remove an item. A dependency that would close a cycle is
 * refused here too (checkDependency), so no caller can store one by mistake; the screen asks
 * the same question first to name the cycle. Removing an item also removes every reference
 * to it (other items' dependencies, RACI rows) in the same undoable step.
 */
import { checkDependency } from '../../../shared/logic';
import { freshId, recordIds, type Phase, type RoadmapItem, type Workbook } from '../../../shared/model';
import { command, type Command } from './command';
import { removeReferencesTo } from './references';
import { optionalText, removeById, updateById, withOptional } from './update';

export const MIN_WEEKS = 1;
export const MAX_WEEKS = 104;

export function newRoadmapItemId(w: Workbook): string {
  return freshId('r', recordIds(w));
}

/** A new item with nothing linked yet. */
export function blankRoadmapItem(id: string, phase: Phase, title = ''): RoadmapItem {
  return { id, title, phase, weeks: 2, dependsOn: [], decisionIds: [], metricIds: [] };
}

export function editItem(w: Workbook, id: string, update: (item: RoadmapItem) => RoadmapItem): Workbook {
  const roadmap = updateById(w.roadmap, id, update);
  return roadmap === w.roadmap ? w : { ...w, roadmap };
}

const itemCommand = (label: string, id: string, update: (item: RoadmapItem) => RoadmapItem, coalesce?: string, windowMs?: number): Command =>
  command(label, (w) => editItem(w, id, update), {
    ...(coalesce === undefined ? {} : { coalesce: `roadmap.${id}.${coalesce}` }),
    ...(windowMs === undefined ? {} : { coalesceWindowMs: windowMs }),
  });

/** `index` places it among all items (file order); the end by default. */
export const addRoadmapItem = (item: RoadmapItem, index?: number): Command =>
  command('Add roadmap item', (w) => {
    if (w.roadmap.some((r) => r.id === item.id)) return w;
    const roadmap = w.roadmap.slice();
    roadmap.splice(index ?? roadmap.length, 0, item);
    return { ...w, roadmap };
  });

export const setItemTitle = (id: string, title: string): Command =>
  itemCommand('Rename roadmap item', id, (r) => (r.title === title ? r : { ...r, title }), 'title');

export const setItemDescription = (id: string, description: string): Command =>
  itemCommand('Edit description of roadmap item', id, (r) => withOptional(r, 'description', optionalText(description)), 'description');

export const setItemPhase = (id: string, phase: Phase): Command =>
  itemCommand('Move roadmap item to another phase', id, (r) => (r.phase === phase ? r : { ...r, phase }));

/**
 * Weeks, clamped to what the format allows. `drag` names one drag of a bar's end: every step of
 * it coalesces into one undo entry however long the drag pauses.
 */
export const setItemWeeks = (id: string, weeks: number, drag?: number): Command => {
  const clamped = Math.min(MAX_WEEKS, Math.max(MIN_WEEKS, Math.round(weeks)));
  return itemCommand('Change weeks of roadmap item', id, (r) => (r.weeks === clamped ? r : { ...r, weeks: clamped }),
    drag === undefined ? 'weeks' : `weeks.drag.${drag}`, drag === undefined ? undefined : Infinity);
};

export const setItemOwner = (id: string, personId: string): Command =>
  itemCommand('Change owner of roadmap item', id, (r) => withOptional(r, 'ownerId', optionalText(personId)));

const toggled = (list: readonly string[], value: string, on: boolean): readonly string[] | null => {
  if (list.includes(value) === on) return null;
  return on ? [...list, value] : list.filter((v) => v !== value);
};

export const setItemDecision = (id: string, decisionId: string, linked: boolean): Command =>
  itemCommand(linked ? 'Link decision to roadmap item' : 'Unlink decision from roadmap item', id, (r) => {
    const decisionIds = toggled(r.decisionIds, decisionId, linked);
    return decisionIds ? { ...r, decisionIds } : r;
  });

export const setItemMetric = (id: string, metricId: string, linked: boolean): Command =>
  itemCommand(linked ? 'Link metric to roadmap item' : 'Unlink metric from roadmap item', id, (r) => {
    const metricIds = toggled(r.metricIds, metricId, linked);
    return metricIds ? { ...r, metricIds } : r;
  });

/** Adds or removes a gate metric; the gate disappears with its last metric unless it has a note. */
export const setGateMetric = (id: string, metricId: string, gated: boolean): Command =>
  itemCommand(gated ? 'Gate roadmap item on metric' : 'Remove metric from gate', id, (r) => {
    const metricIds = toggled(r.gate?.metricIds ?? [], metricId, gated);
    if (!metricIds) return r;
    const gate = { ...r.gate, metricIds };
    return withOptional(r, 'gate', metricIds.length === 0 && gate.note === undefined ? undefined : gate);
  });

export const setGateNote = (id: string, note: string): Command =>
  itemCommand('Edit gate note', id, (r) => {
    const gate = withOptional({ metricIds: [], ...r.gate }, 'note', optionalText(note));
    if (r.gate && gate.note === r.gate.note) return r;
    return withOptional(r, 'gate', gate.metricIds.length === 0 && gate.note === undefined ? undefined : gate);
  }, 'gate.note');

/** Does nothing when checkDependency refuses (a cycle, itself, a duplicate). */
export const addDependency = (id: string, dependsOnId: string): Command =>
  command('Add dependency', (w) => {
    if (!checkDependency(w.roadmap, id, dependsOnId).ok) return w;
    return editItem(w, id, (r) => ({ ...r, dependsOn: [...r.dependsOn, dependsOnId] }));
  });

export const removeDependency = (id: string, dependsOnId: string): Command =>
  itemCommand('Remove dependency', id, (r) => {
    const dependsOn = toggled(r.dependsOn, dependsOnId, false);
    return dependsOn ? { ...r, dependsOn } : r;
  });

/** Removes item `id` and every reference to it: other items' dependencies and RACI rows. */
export const removeRoadmapItem = (id: string): Command =>
  command('Remove roadmap item', (w) => {
    const roadmap = removeById(w.roadmap, id);
    return roadmap === w.roadmap ? w : removeReferencesTo({ ...w, roadmap }, 'roadmapItem', new Set([id]));
  });
