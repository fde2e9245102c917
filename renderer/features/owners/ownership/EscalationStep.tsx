/** One person on the escalation path: a handle to drag (or pick up with Space), Up, Down and Remove. */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type ReactElement } from 'react';
import type { Person } from '../../../../shared/model';
import { Badge } from '../../../components/Badge';
import { IconButton } from '../../../components/Button';
import { Icon } from '../../../components/Icon';

/** How a step is named in labels and announcements: an id nobody has reads as unknown. */
export function stepName(personId: string, person: Person | undefined): string {
  if (!person) return `unknown person “${personId}”`;
  return person.name.trim() || 'a person without a name';
}

interface EscalationStepProps {
  readonly id: string;
  readonly index: number;
  readonly count: number;
  readonly personId: string;
  readonly person: Person | undefined;
  /** A second listing of someone already on the path. */
  readonly repeated: boolean;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}

export const EscalationStep = memo(function EscalationStep({ id, index, count, personId, person, repeated, onMove, onRemove }: EscalationStepProps): ReactElement {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const name = stepName(personId, person);
  const details = [person?.role, person?.team].filter(Boolean).join(' · ');
  return (
    <li ref={setNodeRef} className={`escalation-step${isDragging ? ' is-dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" ref={setActivatorNodeRef} className="escalation-grip" {...attributes} {...listeners}
        aria-label={`Move ${name}, step ${index + 1} of ${count}`} title="Drag to reorder; or press Space, then the arrow keys"
        data-focus={`/ownership/escalationPath/${index}`}>
        <Icon name="grip" size={18} />
      </button>
      <span className="escalation-number" aria-hidden="true">{index + 1}</span>
      <span className="escalation-person">
        <span className={person ? 'escalation-name' : 'escalation-name is-unknown'}>{person ? name : `Unknown person “${personId}”`}</span>
        {details && <span className="escalation-details">{details}</span>}
      </span>
      {repeated && <Badge tone="warn">Already on the path: remove this one</Badge>}
      {!person && <Badge tone="bad">Not in People</Badge>}
      <span className="escalation-actions">
        <IconButton icon="arrowUp" label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)} />
        <IconButton icon="arrowDown" label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)} />
        <IconButton icon="trash" label={`Remove ${name} from the escalation path`} onClick={() => onRemove(index)} />
      </span>
    </li>
  );
});
