/**
 * Commands on the people in the room: add, edit one field, remove (only when nobody refers to
 * them), and add someone as part of naming them somewhere.
 */
import { freshId, recordIds, type Person, type Workbook } from '../../../shared/model';
import { command, type Command } from './command';
import { blockingReferences } from './references';
import { optionalText, removeById, updateById, withOptional } from './update';

export type PersonField = 'name' | 'role' | 'team' | 'email';

/** An id for a new person, unique across every record of the workbook. */
export function newPersonId(w: Workbook): string {
  return freshId('p', recordIds(w));
}

export const addPerson = (person: Person): Command =>
  command('Add person', (w) => (w.people.some((p) => p.id === person.id) ? w : { ...w, people: [...w.people, person] }));

export const updatePerson = (id: string, field: PersonField, value: string): Command =>
  command(`Edit ${field === 'name' ? 'name' : field} of person`, (w) => {
    const people = updateById(w.people, id, (p) =>
      field === 'name' ? (p.name === value ? p : { ...p, name: value }) : withOptional(p, field, optionalText(value)));
    return people === w.people ? w : { ...w, people };
  }, { coalesce: `person.${id}.${field}` });

/** Does nothing while the person is referenced (the table's `refuse`); the screen says where (personReferences). */
export const removePerson = (id: string): Command =>
  command('Remove person', (w) => {
    if (blockingReferences(w, 'person', id).length > 0) return w;
    const people = removeById(w.people, id);
    return people === w.people ? w : { ...w, people };
  });

/**
 * Adds a person by name and then runs `assign(theirId)`, as one undo step: one Undo takes back
 * both, never leaving a person added by accident.
 */
export const withNewPerson = (name: string, assign: (personId: string) => Command): Command =>
  command(`Add ${name} and ${assign('').label.toLowerCase()}`, (w, ctx) => {
    const id = newPersonId(w);
    const then = assign(id);
    return then.apply(addPerson({ id, name }).apply(w, ctx), ctx);
  });
