/** One person in the room, edited in place; subscribes to that person only. */
import { memo, type ReactElement } from 'react';
import { IconButton } from '../components/Button';
import { TextField } from '../components/Field';
import { updatePerson, type PersonField } from '../state/commands';
import { useExecute, useSealHistory, useWorkbookValue } from '../state/hooks';
import { emailWarning } from '../fields/validation';

interface PersonRowProps {
  readonly id: string;
  readonly index: number;
  readonly onRemove: (id: string) => void;
}

export const PersonRow = memo(function PersonRow({ id, index, onRemove }: PersonRowProps): ReactElement | null {
  const execute = useExecute();
  const seal = useSealHistory();
  const person = useWorkbookValue((w) => w.people.find((p) => p.id === id));
  if (!person) return null;
  const who = person.name.trim() || `person ${index + 1}`;
  const field = (f: PersonField, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <td>
      <TextField label={`${label} of ${who}`} hideLabel value={person[f] ?? ''} focusKey={`${id}/${f}`}
        onChange={(e) => execute(updatePerson(id, f, e.target.value))} onBlur={seal} {...extra} />
    </td>
  );
  return (
    <tr>
      {field('name', 'Name', { placeholder: 'Full name' })}
      {field('role', 'Role', { placeholder: 'Role' })}
      {field('team', 'Team', { placeholder: 'Team' })}
      {field('email', 'Email', { type: 'email', placeholder: 'name@example.com', error: emailWarning(person.email ?? '') })}
      <td className="cell-action">
        <IconButton icon="trash" label={`Remove ${who}`} onClick={() => onRemove(id)} />
      </td>
    </tr>
  );
});
