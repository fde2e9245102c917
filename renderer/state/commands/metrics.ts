/**
 * Commands on metrics: add one (from the KPI library or custom), edit its fields, its baseline,
 * target and kill criterion, the decisions it measures, and remove it. Removing a metric also
 * removes every reference to it (roadmap links and gates, RACI rows) in the same undoable
 * step, so it never leaves a dangling reference that readiness would count as a blocker.
 *
 * Callers validate numbers and dates first: a command never stores a value the file format
 * would refuse on the next load.
 */
import {
  freshId, recordIds,
  type Baseline, type Cadence, type Direction, type KillCriterion, type Metric, type MetricKind, type Target, type Workbook,
} from '../../../shared/model';
import { command, type Command } from './command';
import { cascadeCount, removeReferencesTo } from './references';
import { optionalText, removeById, updateById, withOptional } from './update';

/** An id for a new metric, unique across every record of the workbook. */
export function newMetricId(w: Workbook, kind: MetricKind = 'custom'): string {
  return freshId(`m-${kind}`, recordIds(w));
}

/** Applies `update` to metric `id`; the workbook itself when nothing changed. */
export function editMetric(w: Workbook, id: string, update: (m: Metric) => Metric): Workbook {
  const metrics = updateById(w.metrics, id, update);
  return metrics === w.metrics ? w : { ...w, metrics };
}

const metricCommand = (label: string, id: string, update: (m: Metric) => Metric, coalesce?: string): Command =>
  command(label, (w) => editMetric(w, id, update), coalesce === undefined ? {} : { coalesce: `metric.${id}.${coalesce}` });

export const addMetric = (metric: Metric): Command =>
  command(`Add metric ${metric.name}`.trim(), (w) => (w.metrics.some((m) => m.id === metric.id) ? w : { ...w, metrics: [...w.metrics, metric] }));

export const setMetricName = (id: string, name: string): Command =>
  metricCommand('Rename metric', id, (m) => (m.name === name ? m : { ...m, name }), 'name');

export const setMetricUnit = (id: string, unit: string): Command =>
  metricCommand('Change unit', id, (m) => (m.unit === unit ? m : { ...m, unit }), 'unit');

export const setMetricKind = (id: string, kind: MetricKind): Command =>
  metricCommand('Change kind of metric', id, (m) => (m.kind === kind ? m : { ...m, kind }));

export const setMetricDirection = (id: string, direction: Direction): Command =>
  metricCommand('Change which way is better', id, (m) => (m.direction === direction ? m : { ...m, direction }));

export const setMetricCadence = (id: string, cadence: Cadence | undefined): Command =>
  metricCommand('Change measurement cadence', id, (m) => withOptional(m, 'cadence', cadence));

/** `''` clears the owner. */
export const setMetricOwner = (id: string, personId: string): Command =>
  metricCommand('Change owner of metric', id, (m) => withOptional(m, 'ownerId', optionalText(personId)));

export const setMetricDecision = (id: string, decisionId: string, measured: boolean): Command =>
  metricCommand(measured ? 'Link decision to metric' : 'Unlink decision from metric', id, (m) => {
    const has = m.decisionIds.includes(decisionId);
    if (has === measured) return m;
    return { ...m, decisionIds: measured ? [...m.decisionIds, decisionId] : m.decisionIds.filter((d) => d !== decisionId) };
  });

// ---- baseline, target, kill criterion -------------------------------------------------------

export type BaselineField = Exclude<keyof Baseline, 'value'>;

/**
 * Sets the baseline's value, creating the baseline if there is none. `undefined` removes the
 * whole baseline: the value is what makes it one, and the rest cannot stand alone.
 */
export const setBaselineValue = (id: string, value: number | undefined): Command =>
  metricCommand(value === undefined ? 'Remove baseline' : 'Change baseline value', id, (m) =>
    withOptional(m, 'baseline', value === undefined ? undefined : m.baseline?.value === value ? m.baseline : { ...m.baseline, value }), 'baseline.value');

/** A baseline detail; does nothing until the baseline has a value. `undefined` clears it. */
export const setBaselineField = <K extends BaselineField>(id: string, field: K, value: Baseline[K] | undefined): Command =>
  metricCommand(`Change baseline ${BASELINE_WORDS[field]}`, id, (m) => {
    if (!m.baseline) return m;
    const baseline = withOptional(m.baseline, field, value);
    return baseline === m.baseline ? m : { ...m, baseline };
  }, `baseline.${field}`);

const BASELINE_WORDS: Readonly<Record<BaselineField, string>> = {
  from: 'start', to: 'end', sampleSize: 'sample size', source: 'source', method: 'method',
};

/** `undefined` removes the target. */
export const setTargetValue = (id: string, value: number | undefined): Command =>
  metricCommand(value === undefined ? 'Remove target' : 'Change target', id, (m) =>
    withOptional(m, 'target', value === undefined ? undefined : m.target?.value === value ? m.target : { ...m.target, value }), 'target.value');

export const setTargetBy = (id: string, by: string | undefined): Command =>
  metricCommand('Change target date', id, (m) => {
    if (!m.target) return m;
    const target: Target = withOptional(m.target, 'by', by);
    return target === m.target ? m : { ...m, target };
  }, 'target.by');

/** `undefined` removes the kill criterion. */
export const setKillThreshold = (id: string, threshold: number | undefined): Command =>
  metricCommand(threshold === undefined ? 'Remove kill criterion' : 'Change kill threshold', id, (m) =>
    withOptional(m, 'kill', threshold === undefined ? undefined : m.kill?.threshold === threshold ? m.kill : { ...m.kill, threshold }), 'kill.threshold');

export const setKillField = <K extends 'evaluateOn' | 'action'>(id: string, field: K, value: KillCriterion[K] | undefined): Command =>
  metricCommand(field === 'action' ? 'Change what happens on a kill' : 'Change kill evaluation date', id, (m) => {
    if (!m.kill) return m;
    const kill = withOptional(m.kill, field, value);
    return kill === m.kill ? m : { ...m, kill };
  }, `kill.${field}`);

// ---- removal --------------------------------------------------------------------------------

/** Removes metric `id` and every reference to it: roadmap links and gates, RACI rows. */
export const removeMetric = (id: string): Command =>
  command('Remove metric', (w) => {
    const metrics = removeById(w.metrics, id);
    return metrics === w.metrics ? w : removeReferencesTo({ ...w, metrics }, 'metric', new Set([id]));
  });

/** How many places still name metric `id` outside the metric itself (for the removal message). */
export const metricReferenceCount = (w: Workbook, id: string): number => cascadeCount(w, 'metric', id);
