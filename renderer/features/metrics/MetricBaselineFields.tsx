/**
 * The baseline, target and kill criterion of a metric. A baseline, target or kill criterion
 * exists once its number is entered; its details wait for that number, and clearing the number
 * removes the whole part (one undoable step).
 */
import { memo, type ReactElement } from 'react';
import type { Metric } from '../../../shared/model';
import { Button } from '../../components/Button';
import { TextArea, TextField } from '../../components/Field';
import {
  setBaselineField, setBaselineValue, setKillField, setKillThreshold, setTargetBy, setTargetValue,
} from '../../state/commands';
import { useExecute, useSealHistory } from '../../state/hooks';
import { DateField } from '../../fields/DateField';
import { formatDate } from './common/format';
import { NumberField } from '../../fields/NumberField';
import { sameDefinition } from './MetricIdentityFields';

export const MetricBaselineFields = memo(function MetricBaselineFields({ metric }: { metric: Metric }): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const { id, baseline: b, target: t, kill: k, unit } = metric;
  const at = (path: string) => `${metric.id}/${path}`;
  const needs = (what: string) => `Enter the ${what} first.`;
  // Emptying the number would drop the details typed with it: removing them is a button.
  const keep = (part: object | undefined, name: string) => (part && Object.keys(part).length > 1 ? `Enter a number, or use “Remove ${name}”.` : false);
  // Dates are YYYY-MM-DD, so they compare as strings. A reversed period is refused as typed;
  // one opened from a file is a load problem, said here until a date moves.
  const periodWarning = b?.from && b.to && b.to < b.from ? 'The period ends before it starts: a blocker until one of its dates moves.' : null;
  const startsAfterEnd = (from: string) => (b?.to && from > b.to ? `The period would start after it ends (${formatDate(b.to)}): move “Measured to” first.` : null);
  const endsBeforeStart = (to: string) => (b?.from && to < b.from ? `The period would end before it starts (${formatDate(b.from)}).` : null);
  const earlyTarget = t?.by && b?.to && t.by <= b.to
    ? `On or before the end of the baseline period (${formatDate(b.to)}): a target is reached after today’s workflow was measured. Readiness warns about it.`
    : null;
  const better = metric.direction === 'decrease' ? 'lower' : 'higher';
  const wrongSide = b && k && (metric.direction === 'decrease' ? k.threshold <= b.value : k.threshold >= b.value)
    ? `A kill threshold is usually worse than the baseline (${better} is better here).` : undefined;
  return (
    <div className="baseline-grid">
      <fieldset className="metric-part">
        <legend>Baseline <span className="muted small">today’s workflow, before the AI</span></legend>
        {b && <RemovePart label="Remove baseline" onRemove={() => execute(setBaselineValue(id, undefined))} />}
        <NumberField label="Baseline value" value={b?.value} suffix={unit} focusKey={at('baseline')} required={keep(b, 'baseline')}
          onCommit={(v) => execute(setBaselineValue(id, v))} />
        <div className="pair">
          <DateField label="Measured from" value={b?.from} disabled={!b} focusKey={at('baseline/from')} hint={b ? undefined : needs('value')}
            check={startsAfterEnd} onCommit={(v) => execute(setBaselineField(id, 'from', v))} />
          <DateField label="Measured to" value={b?.to} disabled={!b} focusKey={at('baseline/to')} warning={periodWarning}
            check={endsBeforeStart} onCommit={(v) => execute(setBaselineField(id, 'to', v))} />
        </div>
        <NumberField label="Sample size" value={b?.sampleSize} disabled={!b} focusKey={at('baseline/sampleSize')} min={0}
          hint="How many units of work the baseline was measured on."
          onCommit={(v) => execute(setBaselineField(id, 'sampleSize', v))} />
        <TextField label="Source" value={b?.source ?? ''} disabled={!b} focusKey={at('baseline/source')} placeholder="e.g. Helpdesk ticket timestamps"
          onChange={(e) => execute(setBaselineField(id, 'source', e.target.value || undefined))} onBlur={seal} />
        <TextArea label="Method" value={b?.method ?? ''} disabled={!b} rows={2} focusKey={at('baseline/method')}
          placeholder="How it was computed, so the same method can be used after go-live."
          onChange={(e) => execute(setBaselineField(id, 'method', e.target.value || undefined))} onBlur={seal} />
      </fieldset>

      <div className="stack">
        <fieldset className="metric-part">
          <legend>Target</legend>
          {t && <RemovePart label="Remove target" onRemove={() => execute(setTargetValue(id, undefined))} />}
          <NumberField label="Target value" value={t?.value} suffix={unit} focusKey={at('target')} required={keep(t, 'target')}
            onCommit={(v) => execute(setTargetValue(id, v))} />
          <DateField label="Reach it by" value={t?.by} disabled={!t} focusKey={at('target/by')} hint={t ? undefined : needs('target value')}
            warning={earlyTarget} onCommit={(v) => execute(setTargetBy(id, v))} />
        </fieldset>

        <fieldset className="metric-part metric-kill">
          <legend>Kill criterion <span className="muted small">where we stop if it is not working</span></legend>
          {k && <RemovePart label="Remove kill criterion" onRemove={() => execute(setKillThreshold(id, undefined))} />}
          <NumberField label="Kill threshold" value={k?.threshold} suffix={unit} focusKey={at('kill')} required={keep(k, 'kill criterion')}
            hint={wrongSide ?? `Stop when the latest value is ${metric.direction === 'decrease' ? 'above' : 'below'} this.`}
            onCommit={(v) => execute(setKillThreshold(id, v))} />
          <DateField label="Evaluate on" value={k?.evaluateOn} disabled={!k} focusKey={at('kill/evaluateOn')}
            hint={k ? 'A breach measured before this date is red, but does not stop the rollout yet.' : needs('threshold')}
            onCommit={(v) => execute(setKillField(id, 'evaluateOn', v))} />
          <TextArea label="What happens then" value={k?.action ?? ''} disabled={!k} rows={2} focusKey={at('kill/action')}
            placeholder="e.g. Stop the rollout, return to manual triage, redesign the review step."
            onChange={(e) => execute(setKillField(id, 'action', e.target.value || undefined))} onBlur={seal} />
        </fieldset>
      </div>
    </div>
  );
}, (a, b) => sameDefinition(a.metric, b.metric));

function RemovePart({ label, onRemove }: { label: string; onRemove: () => void }): ReactElement {
  return <Button size="sm" variant="ghost" icon="x" className="remove-part" onClick={onRemove}>{label}</Button>;
}
