/** Commands on the pilot: name, summary, outcome, and where it sits on the stall arc. */
import type { Pilot, PilotStage } from '../../../shared/model';
import { command, type Command } from './command';
import { optionalText, withOptional } from './update';

const editPilot = (label: string, key: string, update: (p: Pilot) => Pilot): Command =>
  command(label, (w) => {
    const pilot = update(w.pilot);
    return pilot === w.pilot ? w : { ...w, pilot };
  }, { coalesce: key });

/** The name is required by the format, but may be empty while the sprint has not named it. */
export const setPilotName = (name: string): Command =>
  editPilot('Rename pilot', 'pilot.name', (p) => (p.name === name ? p : { ...p, name }));

export const setPilotSummary = (summary: string): Command =>
  editPilot('Edit pilot summary', 'pilot.summary', (p) => withOptional(p, 'summary', optionalText(summary)));

export const setPilotOutcome = (outcome: string): Command =>
  editPilot('Edit pilot outcome', 'pilot.outcome', (p) => withOptional(p, 'outcome', optionalText(outcome)));

export const setPilotStage = (stage: PilotStage | undefined): Command =>
  command('Move pilot on the stall arc', (w) => {
    const pilot = withOptional(w.pilot, 'stage', stage);
    return pilot === w.pilot ? w : { ...w, pilot };
  });
