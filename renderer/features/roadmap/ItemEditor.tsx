/**
 * The selected roadmap item in full: title, description, phase, weeks and owner, its schedule
 * in words, what it depends on, the decisions and metrics it works on, and its gate: the
 * metrics whose kill criteria must not be triggered before it starts.
 */
import type { ReactElement } from 'react';
import { PHASES, type Phase } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { SelectField, TextArea, TextField } from '../../components/Field';
import {
  MAX_WEEKS, MIN_WEEKS, removeRoadmapItem, setGateMetric, setGateNote, setItemDecision, setItemDescription, setItemMetric,
  setItemOwner, setItemPhase, setItemTitle, setItemWeeks,
} from '../../state/commands';
import { usePersonChoice, useSealHistory, useWorkbookList, useWorkbookValue } from '../../state/hooks';
import { useEditor } from '../../state/editor/context';
import { LinkChecklist } from '../../fields/LinkChecklist';
import { NumberField } from '../../fields/NumberField';
import { PersonSelect } from '../../components/PersonSelect';
import { DependencyPicker } from './DependencyPicker';
import { blockerNames, rowTiming } from './common/derive';
import { itemTitle, PHASE_LABEL, timingText } from './common/labels';

export function ItemEditor({ id }: { id: string }): ReactElement | null {
  const editor = useEditor();
  const { execute } = editor;
  const seal = useSealHistory();
  const index = useWorkbookValue((w) => w.roadmap.findIndex((r) => r.id === id));
  const item = useWorkbookValue((w) => w.roadmap[index]);
  const decisions = useWorkbookList((w) => w.decisions);
  const metrics = useWorkbookList((w) => w.metrics);
  const ownerChoice = usePersonChoice((p) => setItemOwner(id, p));
  const t = useWorkbookValue((w) => rowTiming(w, id));
  if (!item || !t) return null;
  const blockers = blockerNames(t);
  const title = itemTitle(item);
  const at = (field: string) => `${id}/${field}`;
  const metricOptions = metrics.map((m) => ({ id: m.id, label: m.name || m.id, ...(m.kill ? {} : { note: 'no kill criterion yet' }) }));

  const remove = () => {
    if (!execute(removeRoadmapItem(id))) return;
    editor.notifyUndoable(`Removed ${title}.`);
  };

  return (
    <section className="card section item-editor" id="item-editor" tabIndex={-1} aria-labelledby="item-editor-title">
      <header className="section-header">
        <div>
          <p className="eyebrow">{PHASE_LABEL[item.phase]}</p>
          <h2 id="item-editor-title" className="section-title">{title}</h2>
          <p className="item-timing" aria-live="polite">
            <span>{timingText(t)}</span>
            {t.critical && <Badge tone="warn" icon={null}>On the critical path</Badge>}
            {!t.critical && t.slack !== null && t.slack > 0 && <span className="muted"> · {t.slack} week{t.slack === 1 ? '' : 's'} of slack</span>}
            {blockers.length > 0 && <Badge tone="bad">Blocked by {blockers.join(', ')}</Badge>}
          </p>
        </div>
        <Button variant="ghost" icon="trash" onClick={remove}>Remove item</Button>
      </header>
      <div className="form-grid">
        <TextField label="Title" className="span-2" value={item.title} focusKey={at('title')} placeholder="What gets done"
          onChange={(e) => execute(setItemTitle(id, e.target.value))} onBlur={seal} />
        <TextArea label="Description" className="span-2" rows={2} value={item.description ?? ''} focusKey={at('description')}
          onChange={(e) => execute(setItemDescription(id, e.target.value))} onBlur={seal} />
        <SelectField label="Phase" value={item.phase} focusKey={at('phase')} options={PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] }))}
          onChange={(e) => execute(setItemPhase(id, e.target.value as Phase))} />
        <NumberField label="Weeks" value={item.weeks} required integer min={MIN_WEEKS} max={MAX_WEEKS} focusKey={at('weeks')}
          hint="Whole weeks, 1 to 104." onCommit={(v) => v !== undefined && execute(setItemWeeks(id, v))} />
        <PersonSelect label="Owner" className="span-2" value={item.ownerId} focusKey={at('ownerId')} {...ownerChoice} />
      </div>
      <DependencyPicker item={item} />
      <div className="form-grid links-grid">
        <LinkChecklist legend="Decisions it works on" options={decisions.map((d) => ({ id: d.id, label: d.title || d.id }))} focusKey={at('decisionIds')}
          checked={item.decisionIds} empty="No decisions in the workbook yet." onToggle={(d, on) => execute(setItemDecision(id, d, on))} />
        <LinkChecklist legend="Metrics it moves" options={metricOptions} checked={item.metricIds} focusKey={at('metricIds')}
          empty="No metrics in the workbook yet." onToggle={(m, on) => execute(setItemMetric(id, m, on))} />
      </div>
      <fieldset className="gate" data-focus={at('gate')} tabIndex={-1}>
        <legend>Gate <span className="muted small">go/no-go before it starts</span></legend>
        <LinkChecklist legend="Start only while these kill criteria are not triggered" options={metricOptions}
          checked={item.gate?.metricIds ?? []} empty="No metrics to gate on yet." onToggle={(m, on) => execute(setGateMetric(id, m, on))} />
        <TextField label="Gate note" value={item.gate?.note ?? ''} placeholder="e.g. Misrouting below the kill threshold for four weeks"
          onChange={(e) => execute(setGateNote(id, e.target.value))} onBlur={seal} />
      </fieldset>
    </section>
  );
}
