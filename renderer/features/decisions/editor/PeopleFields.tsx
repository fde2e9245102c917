/** Who answers for the decision: the owner of its output, who can override it, and who takes escalations; a new person can be added on the spot. */
import { memo, type ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { PersonSelect } from '../../../components/PersonSelect';
import { setDecisionPerson, type DecisionPersonField } from '../../../state/commands';
import { usePersonChoice } from '../../../state/hooks';

interface FieldsProps { readonly decision: Decision }

export const PeopleFields = memo(function PeopleFields({ decision }: FieldsProps): ReactElement {
  const { id } = decision;
  const choice = (field: DecisionPersonField) => (personId: string) => setDecisionPerson(id, field, personId);
  const owner = usePersonChoice(choice('outputOwnerId'));
  const override = usePersonChoice(choice('overrideById'));
  const escalate = usePersonChoice(choice('escalateToId'));
  const at = (field: string) => `${decision.id}/${field}`;
  return (
    <fieldset className="part" data-focus={at('people')} tabIndex={-1}>
      <legend className="part-title">Who</legend>
      <div className="people-grid">
        <PersonSelect label="Owner of the output" value={decision.outputOwnerId} focusKey={at('outputOwnerId')}
          hint={decision.tier === 'high' ? 'Required for a high-tier decision.' : 'Answers for what the AI produces here.'} {...owner} />
        <PersonSelect label="Can override" value={decision.overrideById} focusKey={at('overrideById')}
          hint="Stops or reverses the AI’s output." {...override} />
        <PersonSelect label="Escalate to" value={decision.escalateToId} focusKey={at('escalateToId')}
          hint="Takes the cases nobody else should decide." {...escalate} />
      </div>
    </fieldset>
  );
});
