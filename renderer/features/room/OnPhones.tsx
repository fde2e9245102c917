/**
 * What the phones show: a welcome, one agenda block (with its length, and its timer when the
 * top bar runs it), one decision or one
 * metric, read-only. The facilitator picks it here and sends it with "Show on phones"; what is
 * up now is said above the chooser. Only the chosen record's few fields leave the app.
 */
import { useId, useState, type ReactElement } from 'react';
import type { Focus } from '../../../shared/room';
import { Button } from '../../components/Button';
import { useWorkbook } from '../../state/hooks';
import { agendaBlocks, decisionFocus, metricFocus, welcomeFocus } from '../../state/roomFocus';
import { blockWithTimer } from './useBlockTimerRelay';
import { useRoom, useRoomSession } from './useRoom';

/** The focus in a few words, for "On phones now". */
export function describeFocus(focus: Focus): string {
  switch (focus.kind) {
    case 'welcome': return `Welcome: ${focus.title}`;
    case 'block': return `Day ${focus.day} block: ${focus.title} (${focus.minutes} min)`;
    case 'decision': return `Decision: ${focus.decision.title}`;
    case 'metric': return `Metric: ${focus.metric.name}`;
  }
}

function focusKey(focus: Focus, blocks: readonly { day: number; index: number; title: string }[]): string {
  switch (focus.kind) {
    case 'welcome': return 'welcome';
    case 'block': {
      const b = blocks.find((x) => x.day === focus.day && x.title === focus.title);
      return b ? `block:${b.day}:${b.index}` : 'welcome';
    }
    case 'decision': return `decision:${focus.decision.id}`;
    case 'metric': return `metric:${focus.metric.id}`;
  }
}

export function OnPhones({ focus, roomTitle }: { focus: Focus; roomTitle: string }): ReactElement {
  const session = useRoomSession();
  const busy = useRoom((s) => s.busy !== null);
  const w = useWorkbook();
  const id = useId();
  const blocks = agendaBlocks(w);
  const [choice, setChoice] = useState(() => focusKey(focus, blocks));

  const build = (key: string): Focus | null => {
    const [kind, a, b] = key.split(':');
    if (kind === 'welcome') return welcomeFocus(roomTitle);
    if (kind === 'decision') return decisionFocus(w, a ?? '');
    if (kind === 'metric') return metricFocus(w, a ?? '');
    const block = blocks.find((x) => x.day === Number(a) && x.index === Number(b));
    return block ? blockWithTimer(w.id, block.day, block.title, block.minutes) : null;
  };
  const show = () => {
    const next = build(choice);
    if (next) void session.run('Show on phones', (c) => c.show(next));
  };

  return (
    <section className="room-section" aria-labelledby={`${id}-title`}>
      <header className="room-section-head">
        <h3 id={`${id}-title`}>On phones now</h3>
      </header>
      <p className="room-now">{describeFocus(focus)}</p>
      <div className="room-show">
        <label className="visually-hidden" htmlFor={`${id}-choice`}>Show on phones</label>
        <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="welcome">Welcome ({roomTitle})</option>
          {w.decisions.length > 0 && (
            <optgroup label="Decisions">
              {w.decisions.map((d) => <option key={d.id} value={`decision:${d.id}`}>{d.title || 'Untitled decision'}</option>)}
            </optgroup>
          )}
          {w.metrics.length > 0 && (
            <optgroup label="Metrics">
              {w.metrics.map((m) => <option key={m.id} value={`metric:${m.id}`}>{m.name || 'Untitled metric'}</option>)}
            </optgroup>
          )}
          <optgroup label="Agenda blocks">
            {blocks.map((b) => <option key={`${b.day}:${b.index}`} value={`block:${b.day}:${b.index}`}>Day {b.day}: {b.title} ({b.minutes} min)</option>)}
          </optgroup>
        </select>
        <Button size="sm" variant="primary" disabled={busy} onClick={show}>Show on phones</Button>
      </div>
    </section>
  );
}
