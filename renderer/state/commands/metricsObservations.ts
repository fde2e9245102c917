/**
 * Commands on a metric's observations: add, edit and delete one dated value, and import many
 * at once (a CSV file or a pasted column). An import is one command, so one Undo takes the
 * whole import back; the caller has already checked every row (parseObservations), since a
 * half-imported series must never reach the scorecard.
 */
import type { Observation } from '../../../shared/model';
import { command, type Command } from './command';
import { optionalText, withOptional } from './update';
import { editMetric } from './metrics';

export type ObservationPatch = Partial<Pick<Observation, 'date' | 'value'>> & { readonly note?: string };

export const addObservation = (metricId: string, observation: Observation): Command =>
  command('Add observation', (w) => editMetric(w, metricId, (m) => ({ ...m, observations: [...m.observations, observation] })));

/** Edits observation `index` of the metric; `note: ''` clears the note. Typing in one field is one undo entry. */
export const updateObservation = (metricId: string, index: number, patch: ObservationPatch): Command => {
  const field = Object.keys(patch).join(',');
  return command('Edit observation', (w) => editMetric(w, metricId, (m) => {
    const before = m.observations[index];
    if (!before) return m;
    let after: Observation = before;
    if (patch.date !== undefined && patch.date !== after.date) after = { ...after, date: patch.date };
    if (patch.value !== undefined && patch.value !== after.value) after = { ...after, value: patch.value };
    if (patch.note !== undefined) after = withOptional(after, 'note', optionalText(patch.note));
    if (after === before) return m;
    const observations = m.observations.slice();
    observations[index] = after;
    return { ...m, observations };
  }), { coalesce: `metric.${metricId}.observation.${index}.${field}` });
};

export const removeObservation = (metricId: string, index: number): Command =>
  command('Delete observation', (w) => editMetric(w, metricId, (m) =>
    index < 0 || index >= m.observations.length ? m : { ...m, observations: m.observations.filter((_, i) => i !== index) }));

/** Appends `observations` (already validated as a whole) after the existing ones. */
export const importObservations = (metricId: string, observations: readonly Observation[], source: string): Command =>
  command(`Import ${observations.length} observation${observations.length === 1 ? '' : 's'} from ${source}`, (w) =>
    observations.length === 0 ? w : editMetric(w, metricId, (m) => ({ ...m, observations: [...m.observations, ...observations] })));
