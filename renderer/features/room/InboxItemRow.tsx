/**
 * One proposal in the inbox: a parking-lot item or an observation for a metric, with who sent
 * it (or "anonymous") and when. Accept takes it into the workbook as sent; Edit lets the
 * facilitator correct it first; Reject tells the sender and drops it. The text is React text.
 */
import { memo, useState, type ReactElement } from 'react';
import type { InboxItem } from '../../../shared/room';
import { Button } from '../../components/Button';
import { formatTime } from '../../components/format';
import { useWorkbookValue } from '../../state/hooks';

export type Acceptance = { readonly kind: 'parking'; readonly text: string } | { readonly kind: 'observation'; readonly date: string; readonly value: number };

interface RowProps {
  readonly item: InboxItem;
  readonly busy: boolean;
  /** Takes the item into the workbook; answers a problem to show, or null. */
  readonly onAccept: (item: InboxItem, as: Acceptance) => string | null;
  readonly onReject: (item: InboxItem) => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const InboxItemRow = memo(function InboxItemRow({ item, busy, onAccept, onReject }: RowProps): ReactElement {
  const metricName = useWorkbookValue((w) => (item.kind === 'observation' ? w.metrics.find((m) => m.id === item.metricId)?.name ?? null : null));
  const unit = useWorkbookValue((w) => (item.kind === 'observation' ? w.metrics.find((m) => m.id === item.metricId)?.unit ?? '' : ''));
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.kind === 'parking' ? item.text : '');
  const [date, setDate] = useState(item.kind === 'observation' ? item.date : '');
  const [value, setValue] = useState(item.kind === 'observation' ? String(item.value) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const missingMetric = item.kind === 'observation' && metricName === null;
  const who = item.from ? item.from.name : 'anonymous';

  const accept = (edited: boolean) => {
    let as: Acceptance;
    if (item.kind === 'parking') as = { kind: 'parking', text: edited ? text : item.text };
    else if (!edited) as = { kind: 'observation', date: item.date, value: item.value };
    else {
      const n = Number(value.trim().replace(',', '.'));
      if (!DATE.test(date)) return setProblem('The date must be written YYYY-MM-DD.');
      if (value.trim() === '' || !Number.isFinite(n)) return setProblem('The value must be a number.');
      as = { kind: 'observation', date, value: n };
    }
    setProblem(onAccept(item, as));
  };

  return (
    <li className={`room-inbox-item room-inbox-${item.kind}`}>
      <p className="room-inbox-what">
        {item.kind === 'parking' ? <span className="badge badge-neutral">Parking lot</span> : <span className="badge badge-info">Observation</span>}
        <span className="muted">from {who} · {formatTime(Date.parse(item.at))}</span>
      </p>
      {!editing && item.kind === 'parking' && <p className="room-inbox-text">{item.text}</p>}
      {!editing && item.kind === 'observation' && (
        <p className="room-inbox-text">{metricName ?? 'A metric no longer in the workbook'}: <strong>{item.value}{unit ? ` ${unit}` : ''}</strong> on {item.date}</p>
      )}
      {editing && item.kind === 'parking' && (
        <label className="room-inbox-edit">
          <span className="visually-hidden">Edit the item</span>
          <textarea rows={2} value={text} onChange={(e) => { setText(e.target.value); setProblem(null); }} />
        </label>
      )}
      {editing && item.kind === 'observation' && (
        <div className="room-inbox-edit room-inbox-edit-row">
          <label>Date <input type="date" value={date} onChange={(e) => { setDate(e.target.value); setProblem(null); }} /></label>
          <label>Value <input inputMode="decimal" value={value} onChange={(e) => { setValue(e.target.value); setProblem(null); }} /></label>
        </div>
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
      <div className="room-actions">
        {editing ? (
          <>
            <Button size="sm" variant="primary" icon="check" disabled={busy} onClick={() => accept(true)}>Accept edited</Button>
            <Button size="sm" variant="ghost" onClick={() => { setEditing(false); setProblem(null); }}>Cancel</Button>
          </>
        ) : (
          <>
            <Button size="sm" variant="primary" icon="check" disabled={busy || missingMetric} onClick={() => accept(false)}>Accept</Button>
            <Button size="sm" icon="edit" disabled={busy || missingMetric} onClick={() => setEditing(true)}>Edit</Button>
          </>
        )}
        <Button size="sm" variant="ghost" icon="x" disabled={busy} onClick={() => onReject(item)}>Reject</Button>
      </div>
    </li>
  );
});
