/** The pilot: what it is, what the sandbox showed, and where it sits on the stall arc. */
import type { ReactElement } from 'react';
import { TextArea, TextField } from '../../components/Field';
import { Section } from '../../components/Section';
import { StallArc } from '../../components/StallArc';
import { setPilotName, setPilotOutcome, setPilotStage, setPilotSummary } from '../../state/commands';
import { useExecute, useSealHistory, useWorkbookValue } from '../../state/hooks';

export function PilotSection(): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const name = useWorkbookValue((w) => w.pilot.name);
  const summary = useWorkbookValue((w) => w.pilot.summary ?? '');
  const outcome = useWorkbookValue((w) => w.pilot.outcome ?? '');
  const stage = useWorkbookValue((w) => w.pilot.stage);
  return (
    <Section title="Pilot" id="pilot" description="The AI pilot this sprint takes from the sandbox into production.">
      <div className="form-grid">
        <TextField label="Pilot name" className="span-2" value={name} placeholder="e.g. Ticket triage assistant"
          onChange={(e) => execute(setPilotName(e.target.value))} onBlur={seal} focusKey="/pilot/name" />
        <TextArea label="Summary" value={summary} rows={4} placeholder="What it does, for whom, in which system."
          onChange={(e) => execute(setPilotSummary(e.target.value))} onBlur={seal} focusKey="/pilot/summary" />
        <TextArea label="Outcome so far" value={outcome} rows={4} placeholder="What the pilot showed, and what it did not measure."
          onChange={(e) => execute(setPilotOutcome(e.target.value))} onBlur={seal} focusKey="/pilot/outcome" />
      </div>
      <StallArc value={stage} onChange={(s) => execute(setPilotStage(s))} focusKey="/pilot/stage" />
    </Section>
  );
}
