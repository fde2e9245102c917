/**
 * Commands on the parking lot (DOMAIN.md 1.1): questions raised in the room and kept until they
 * are resolved with a note or become a record. Converting an item creates the decision, metric,
 * roadmap item or person with the item's text, marks the item converted with a link to it and
 * writes the audit entry, all in one command, so one Undo takes back the whole conversion.
 *
 * Text is required: `addParkingItem` throws (with the message `parkingTextProblem` gives) when
 * it is blank, so a caller checks first and shows the message where the text was typed.
 */
import { isDateTime } from '../../../shared/format';
import { freshId, recordIds, type Metric, type ParkingItem, type Person, type Workbook } from '../../../shared/model';
import { command, type Command } from './command';
import { blankDecision, newDecisionId } from './decisions';
import { newMetricId } from './metrics';
import { newPersonId } from './people';
import { blankRoadmapItem, newRoadmapItemId } from './roadmap';
import { optionalText, removeById, updateById, withOptional } from './update';

/** What a parking-lot item can become. */
export type ParkingConversion = 'decision' | 'metric' | 'roadmap' | 'person';

export const PARKING_CONVERSION_WORDS: Readonly<Record<ParkingConversion, string>> = {
  decision: 'decision', metric: 'metric', roadmap: 'roadmap item', person: 'person',
};

/** The audit action of a conversion (History lists it). */
export const PARKING_CONVERTED_ACTION = 'parking-item-converted';

export interface NewParkingItem {
  readonly text: string;
  /** A name: participants in the room need no Person record. */
  readonly raisedBy?: string;
  /** RFC 3339; the time of the command when absent. */
  readonly raisedAt?: string;
  /** An id chosen by the caller (one that is taken is replaced by a fresh one). */
  readonly id?: string;
}

/** Why `text` cannot be a parking-lot item, or null when it can. */
export function parkingTextProblem(text: string): string | null {
  return text.trim() === '' ? 'A parked question needs some text: type the question before saving it.' : null;
}

/** An id for a new parking-lot item, unique across every record of the workbook. */
export function newParkingItemId(w: Workbook): string {
  return freshId('park', recordIds(w));
}

function editItem(w: Workbook, id: string, update: (item: ParkingItem) => ParkingItem): Workbook {
  const parkingLot = updateById(w.parkingLot, id, update);
  return parkingLot === w.parkingLot ? w : { ...w, parkingLot };
}

/** Parks a question (open). Throws when the text is blank or `raisedAt` is not an RFC 3339 time. */
export function addParkingItem(input: NewParkingItem): Command {
  const problem = parkingTextProblem(input.text);
  if (problem) throw new Error(problem);
  if (input.raisedAt !== undefined && !isDateTime(input.raisedAt)) {
    throw new Error(`The time a question was raised must be an RFC 3339 date-time with a time zone, not "${input.raisedAt}".`);
  }
  const text = input.text.trim();
  const raisedBy = optionalText(input.raisedBy?.trim() ?? '');
  return command('Park a question', (w, ctx) => {
    const taken = recordIds(w);
    const id = input.id !== undefined && !taken.has(input.id) ? input.id : freshId('park', taken);
    const item: ParkingItem = { id, text, raisedAt: input.raisedAt ?? ctx.now, ...(raisedBy ? { raisedBy } : {}), status: 'open' };
    return { ...w, parkingLot: [...w.parkingLot, item] };
  });
}

/** Edits the text or who raised it; a blank text is ignored (the screen says why), a blank name clears it. */
export const editParkingItem = (id: string, changes: { readonly text?: string; readonly raisedBy?: string }): Command =>
  command('Edit parked question', (w) => editItem(w, id, (item) => {
    let next = item;
    const text = changes.text?.trim();
    if (text && text !== item.text) next = { ...next, text };
    if (changes.raisedBy !== undefined) next = withOptional(next, 'raisedBy', optionalText(changes.raisedBy.trim()));
    return next;
  }), { coalesce: `parking.${id}.${Object.keys(changes).sort().join(',')}` });

/** Resolves an open item with a note (a blank note resolves it without one). */
export const resolveParkingItem = (id: string, resolution: string): Command =>
  command('Resolve parked question', (w) => editItem(w, id, (item) => {
    if (item.status === 'converted') return item;
    const note = optionalText(resolution.trim());
    const resolved = withOptional({ ...item, status: 'resolved' as const }, 'resolution', note);
    return item.status === 'resolved' && resolved.resolution === item.resolution ? item : resolved;
  }));

/**
 * Opens a resolved or converted item again. The resolution note stays (it is the room's words,
 * and resolving again starts from it); a conversion's link goes, the record it made stays.
 */
export const reopenParkingItem = (id: string): Command =>
  command('Reopen parked question', (w) => editItem(w, id, (item) =>
    item.status === 'open' ? item : withOptional({ ...item, status: 'open' as const }, 'convertedTo', undefined)));

export const removeParkingItem = (id: string): Command =>
  command('Remove parked question', (w) => {
    const parkingLot = removeById(w.parkingLot, id);
    return parkingLot === w.parkingLot ? w : { ...w, parkingLot };
  });

/** The record a conversion makes, with the item's text as its title or name. */
function addRecord(w: Workbook, kind: ParkingConversion, text: string): { readonly w: Workbook; readonly id: string } {
  switch (kind) {
    case 'decision': {
      const id = newDecisionId(w);
      return { id, w: { ...w, decisions: [...w.decisions, blankDecision(id, text)] } };
    }
    case 'metric': {
      const id = newMetricId(w);
      const metric: Metric = { id, name: text, kind: 'custom', unit: '', direction: 'decrease', decisionIds: [], observations: [] };
      return { id, w: { ...w, metrics: [...w.metrics, metric] } };
    }
    case 'roadmap': {
      const id = newRoadmapItemId(w);
      return { id, w: { ...w, roadmap: [...w.roadmap, blankRoadmapItem(id, 'foundation', text)] } };
    }
    case 'person': {
      const id = newPersonId(w);
      const person: Person = { id, name: text };
      return { id, w: { ...w, people: [...w.people, person] } };
    }
  }
}

/**
 * Turns an open or resolved item into a new record of `kind`: the record, the item marked
 * converted with `convertedTo`, and an audit entry, as one undo step. A converted item is left
 * alone. The new record's id is the item's `convertedTo` afterwards.
 */
export const convertParkingItem = (id: string, kind: ParkingConversion): Command =>
  command(`Convert parked question into a ${PARKING_CONVERSION_WORDS[kind]}`, (w, ctx) => {
    const item = w.parkingLot.find((p) => p.id === id);
    if (!item || item.status === 'converted') return w;
    const made = addRecord(w, kind, item.text);
    ctx.audit({
      action: PARKING_CONVERTED_ACTION, subjectId: made.id,
      detail: `Parked question ${item.id} (“${item.text}”) became ${PARKING_CONVERSION_WORDS[kind]} ${made.id}`,
    });
    return editItem(made.w, id, (p) => ({ ...p, status: 'converted', convertedTo: made.id }));
  });
