/**
 * The people in the room, on Overview and again on Owners (one editor, two places). Removing
 * someone the workbook still names (facilitator, an owner, an escalation step, the RACI) is
 * refused, with the places to change first, each a link to the field that names them.
 */
import { useCallback, useState, type ReactElement, type ReactNode } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Section } from '../components/Section';
import { addPerson, newPersonId, removePerson } from '../state/commands';
import { useWorkbookList } from '../state/hooks';
import { personReferences, type PersonReference } from '../state/commands/references';
import { useEditor } from '../state/editor/context';
import { FixLink } from '../fields/FixLink';
import { PersonRow } from './PersonRow';

const DESCRIPTION = 'Who is in the room, and who will own, override and escalate. Everyone named elsewhere in the workbook is listed here.';

export function PeopleSection({ description = DESCRIPTION }: { description?: ReactNode }): ReactElement {
  const editor = useEditor();
  const { execute } = editor;
  const ids = useWorkbookList((w) => w.people.map((p) => p.id));
  const [blocked, setBlocked] = useState<{ name: string; refs: PersonReference[] } | null>(null);

  const add = () => {
    const w = editor.workbook;
    const id = newPersonId(w);
    if (execute(addPerson({ id, name: '' }))) editor.requestFocus({ recordId: id, field: 'name' });
  };

  const remove = useCallback((id: string) => {
    const w = editor.workbook;
    const person = w.people.find((p) => p.id === id);
    if (!person) return;
    const refs = personReferences(w, id);
    const name = person.name.trim() || 'This person';
    if (refs.length > 0) {
      setBlocked({ name, refs });
      return;
    }
    if (execute(removePerson(id))) editor.notifyUndoable(`Removed ${name}.`);
  }, [editor, execute]);

  return (
    <Section title="People" id="people" focusKey="/people"
      description={description}
      actions={<Button icon="plus" onClick={add}>Add person</Button>}>
      {ids.length === 0
        ? <p className="empty-note">Nobody yet. Add the facilitator and the people in the room on day 1.</p>
        : (
          <div className="table-wrap">
            <table className="people-table">
              <thead>
                <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Team</th><th scope="col">Email</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
              </thead>
              <tbody>
                {ids.map((id, i) => <PersonRow key={id} id={id} index={i} onRemove={remove} />)}
              </tbody>
            </table>
          </div>
        )}
      {blocked && (
        <Dialog title={`${blocked.name} is still named in the workbook`} role="alertdialog" onClose={() => setBlocked(null)}
          actions={<Button variant="primary" onClick={() => setBlocked(null)}>OK</Button>}>
          <p>Removing them would leave these places pointing at nobody. Change them first:</p>
          <ul className="reference-list">
            {blocked.refs.map((r) => (
              <li key={r.path}>
                <FixLink path={r.path} onFollow={() => setBlocked(null)}>{r.where}</FixLink> <code className="pointer">{r.path}</code>
              </li>
            ))}
          </ul>
        </Dialog>
      )}
    </Section>
  );
}
