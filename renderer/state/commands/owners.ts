/**
 * Commands on the ownership answers of question 4: the workflow and governance owners, the
 * measurement cadence, and the escalation path (people, first to last). A person stands on the
 * path at most once; a reorder, however it was dragged, is one command and so one undo step.
 */
import type { Cadence, Ownership } from '../../../shared/model';
import { command, type Command } from './command';
import { optionalText, withOptional } from './update';

export type OwnershipPersonField = 'workflowOwnerId' | 'governanceOwnerId';

const editOwnership = (label: string, update: (o: Ownership) => Ownership): Command =>
  command(label, (w) => {
    const ownership = update(w.ownership);
    return ownership === w.ownership ? w : { ...w, ownership };
  });

/** `''` names nobody. */
export const setOwnershipPerson = (field: OwnershipPersonField, personId: string): Command =>
  editOwnership(field === 'workflowOwnerId' ? 'Change workflow owner' : 'Change governance owner',
    (o) => withOptional(o, field, optionalText(personId)));

export const setMeasurementCadence = (cadence: Cadence | undefined): Command =>
  editOwnership('Change measurement cadence', (o) => withOptional(o, 'measurementCadence', cadence));

/** Adds `personId` at the end of the path; nothing when they are on it already. */
export const addEscalationStep = (personId: string): Command =>
  editOwnership('Add to escalation path', (o) =>
    (personId === '' || o.escalationPath.includes(personId) ? o : { ...o, escalationPath: [...o.escalationPath, personId] }));

/**
 * Takes step `index` off the path. The person expected there is named too, so a stale click
 * (the path changed underneath, say by an undo) removes nothing rather than someone else.
 */
export const removeEscalationStep = (index: number, personId: string): Command =>
  editOwnership('Remove from escalation path', (o) => {
    if (o.escalationPath[index] !== personId) return o;
    return { ...o, escalationPath: o.escalationPath.filter((_, i) => i !== index) };
  });

/** Moves step `from` to position `to` (both in the current path), as one step however far. */
export const moveEscalationStep = (from: number, to: number, personId: string): Command =>
  editOwnership('Reorder escalation path', (o) => {
    const path = o.escalationPath;
    if (path[from] !== personId || to < 0 || to >= path.length || to === from) return o;
    const next = path.filter((_, i) => i !== from);
    next.splice(to, 0, personId);
    return { ...o, escalationPath: next };
  });
