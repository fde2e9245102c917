/**
 * The ten-day agenda with progress read from the workbook: a day is done when the workbook
 * shows it (its readiness question has no blocker, and so on), or when ticked by hand.
 */
import type { ReactElement } from 'react';
import { TextArea } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { sprintDayOn, type DayProgress } from '../../state/agenda';
import { setDayDone, setDayNotes } from '../../state/commands';
import { useDerived, useExecute, useWorkbookValue } from '../../state/hooks';
import { deriveAgenda } from '../../state/selectors';
import { useAppStore } from '../../state/store';

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function AgendaSection(): ReactElement {
  const days = useDerived(deriveAgenda);
  const startDate = useWorkbookValue((w) => w.sprint.startDate);
  const today = sprintDayOn(startDate, localToday());
  const done = days.filter((d) => d.status !== 'open').length;
  return (
    <Section title="The ten days" id="agenda"
      description="The sprint’s agenda. Days complete themselves when the workbook shows the work is done; you can also tick a day by hand.">
      <div className="progress" aria-label={`${done} of ${days.length} days done`}>
        <div className="progress-bar"><div className="progress-fill" style={{ width: `${(done / days.length) * 100}%` }} /></div>
        <span className="progress-text">{done} of {days.length} days done</span>
      </div>
      <ol className="agenda">
        {days.map((d) => <AgendaDay key={d.day} day={d} today={today === d.day} />)}
      </ol>
    </Section>
  );
}

function AgendaDay({ day, today }: { day: DayProgress; today: boolean }): ReactElement {
  const execute = useExecute();
  const seal = useAppStore((s) => s.sealHistory);
  const statusText = day.status === 'done' ? 'Done: the workbook shows it' : day.status === 'ticked' ? `Ticked by hand${day.missing ? ` (${day.missing.toLowerCase()})` : ''}` : day.missing ?? 'Open';
  return (
    <li className={`agenda-day agenda-${day.status}${today ? ' is-today' : ''}`} data-focus={`agenda/day/${day.day}`} tabIndex={-1}>
      <div className="agenda-marker" aria-hidden="true">
        {day.status === 'open' ? day.day : <Icon name="check" size={18} />}
      </div>
      <div className="agenda-body">
        <div className="agenda-head">
          <h3 className="agenda-title">Day {day.day}: {day.title}{today && <span className="today-tag">Today</span>}</h3>
          <span className={`agenda-status status-${day.status}`}>{statusText}</span>
        </div>
        <p className="agenda-focus">{day.focus}</p>
        <p className="agenda-done-when"><strong>Done when:</strong> {day.doneWhen}</p>
        <div className="agenda-controls">
          <label className="check">
            <input type="checkbox" checked={day.ticked} onChange={(e) => execute(setDayDone(day.day, e.target.checked))} />
            <span>Ticked done by hand</span>
          </label>
          <TextArea label={`Notes for day ${day.day}`} hideLabel className="agenda-notes" rows={1} value={day.notes}
            placeholder="Notes for this day" onChange={(e) => execute(setDayNotes(day.day, e.target.value))} onBlur={seal} />
        </div>
      </div>
    </li>
  );
}
