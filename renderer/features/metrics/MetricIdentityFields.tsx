/** What a metric measures: name, kind, unit, which way is better, cadence, owner, and the decisions it measures. */
import { memo, useMemo, type ReactElement } from 'react';
import { CADENCES, METRIC_KINDS, type Cadence, type Direction, type Metric, type MetricKind } from '../../../shared/model';
import { SelectField, TextField } from '../../components/Field';
import {
  setMetricCadence, setMetricDecision, setMetricDirection, setMetricKind, setMetricName, setMetricOwner, setMetricUnit,
} from '../../state/commands';
import { useExecute, usePersonChoice, useSealHistory, useWorkbookList } from '../../state/hooks';
import { LinkChecklist } from '../../fields/LinkChecklist';
import { PersonSelect } from '../../components/PersonSelect';
import { DIRECTION_LABEL, METRIC_KIND_LABEL } from './common/format';

const CADENCE_LABEL: Readonly<Record<Cadence, string>> = {
  daily: 'Daily', weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly',
};

/** Everything but the observations: typing an observation does not re-render these fields. */
export function sameDefinition(a: Metric, b: Metric): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('observations');
  return [...keys].every((k) => a[k as keyof Metric] === b[k as keyof Metric]);
}

interface FieldsProps { readonly metric: Metric }

export const MetricIdentityFields = memo(function MetricIdentityFields({ metric }: FieldsProps): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const decisions = useWorkbookList((w) => w.decisions);
  const decisionOptions = useMemo(() => decisions.map((d) => ({ id: d.id, label: d.title || d.id, ...(d.tier ? { note: `${d.tier} tier` } : {}) })), [decisions]);
  const id = metric.id;
  const ownerChoice = usePersonChoice((personId) => setMetricOwner(id, personId));
  const at = (field: string) => `${metric.id}/${field}`;
  return (
    <div className="form-grid metric-identity">
      <TextField label="Name" value={metric.name} focusKey={at('name')} className="span-2"
        onChange={(e) => execute(setMetricName(id, e.target.value))} onBlur={seal} />
      <SelectField label="Kind" value={metric.kind} focusKey={at('kind')}
        options={METRIC_KINDS.map((k) => ({ value: k, label: METRIC_KIND_LABEL[k] }))}
        onChange={(e) => execute(setMetricKind(id, e.target.value as MetricKind))} />
      <TextField label="Unit" value={metric.unit} focusKey={at('unit')} placeholder="hours, %, EUR…"
        onChange={(e) => execute(setMetricUnit(id, e.target.value))} onBlur={seal} />
      <SelectField label="Which way is better" value={metric.direction} focusKey={at('direction')}
        options={(['decrease', 'increase'] as const).map((d) => ({ value: d, label: DIRECTION_LABEL[d] }))}
        onChange={(e) => execute(setMetricDirection(id, e.target.value as Direction))} />
      <SelectField label="Measured" value={metric.cadence ?? ''} focusKey={at('cadence')}
        options={[{ value: '', label: 'Not decided yet' }, ...CADENCES.map((c) => ({ value: c, label: CADENCE_LABEL[c] }))]}
        onChange={(e) => execute(setMetricCadence(id, (e.target.value || undefined) as Cadence | undefined))} />
      <PersonSelect label="Owner" value={metric.ownerId} focusKey={at('ownerId')} className="span-2"
        hint="Who measures it and raises the alarm when it crosses the kill threshold."
        {...ownerChoice} />
      <LinkChecklist legend="Decisions it measures" className="span-2" focusKey={at('decisionIds')}
        options={decisionOptions}
        checked={metric.decisionIds} empty="No decisions in the workbook yet."
        onToggle={(decisionId, on) => execute(setMetricDecision(id, decisionId, on))} />
    </div>
  );
}, (a, b) => sameDefinition(a.metric, b.metric));
