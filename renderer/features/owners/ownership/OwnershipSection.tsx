/**
 * The four ownership answers of question 4: who owns the workflow, who owns its governance,
 * how often the metrics are measured, and who a problem goes to (the escalation path). A
 * person can be added on the spot from any picker.
 */
import type { ReactElement } from 'react';
import { CADENCES, type Cadence } from '../../../../shared/model';
import { SelectField } from '../../../components/Field';
import { PersonSelect } from '../../../components/PersonSelect';
import { Section } from '../../../components/Section';
import { setMeasurementCadence, setOwnershipPerson, type OwnershipPersonField } from '../../../state/commands';
import { useExecute, usePersonChoice, useWorkbookValue } from '../../../state/hooks';
import { CADENCE_LABEL } from '../common/labels';
import { EscalationPath } from './EscalationPath';

const CADENCE_OPTIONS = [{ value: '', label: 'Not decided yet' }, ...CADENCES.map((c) => ({ value: c, label: CADENCE_LABEL[c] }))];

export function OwnershipSection(): ReactElement {
  const execute = useExecute();
  const ownership = useWorkbookValue((w) => w.ownership);
  const choice = (field: OwnershipPersonField) => (personId: string) => setOwnershipPerson(field, personId);
  const workflow = usePersonChoice(choice('workflowOwnerId'));
  const governance = usePersonChoice(choice('governanceOwnerId'));
  return (
    <Section title="Ownership" id="ownership" focusKey="/ownership"
      description="One name for each: the person who answers for the workflow with the AI in it, the person who answers for its governance, and how often the numbers are looked at.">
      <div className="ownership-grid">
        <PersonSelect label="Workflow owner" value={ownership.workflowOwnerId} focusKey="/ownership/workflowOwnerId"
          hint="Owns the workflow end to end, AI steps included." {...workflow} />
        <PersonSelect label="Governance owner" value={ownership.governanceOwnerId} focusKey="/ownership/governanceOwnerId"
          hint="Owns the tiers, controls and kill criteria." {...governance} />
        <SelectField label="Measurement cadence" value={ownership.measurementCadence ?? ''} focusKey="/ownership/measurementCadence"
          hint="How often the scorecard is reviewed." options={CADENCE_OPTIONS}
          onChange={(e) => execute(setMeasurementCadence((e.target.value || undefined) as Cadence | undefined))} />
      </div>
      <EscalationPath />
    </Section>
  );
}
