/**
 * The ten-day agenda with progress read from the workbook: a day is done when the workbook
 * shows it (its readiness question has no blocker, and so on), or when ticked by hand. A
 * triggered kill criterion says so on the days it stops: the baselines days, whose question
 * it blocks, and the read-out, whose verdict it sets.
 */
import type { ReactElement } from 'react';
import { TextArea } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { StopReasons, type RecordLinks } from '../../components/StopReasons';
import { useRecordLinks } from '../../hooks/useRecordLinks';
import type { DayProgress } from '../../state/agenda';
import { localToday, shortDayDate, sprintCalendar } from '../../state/sprintCalendar';
import { AgendaBlocks, TimerSound } from './AgendaBlocks';
import { setDayDone, setDayNotes } from '../../state/commands';
import { useDerived, useExecute, useSealHistory, useWorkbookValue } from '../../state/hooks';
import { deriveAgenda, deriveStopReasons, type StopReason } from '../../state/selectors';

export function AgendaSection(): ReactElement {
  const days = useDerived(deriveAgenda);
  const stops = useDerived(deriveStopReasons);
  const links = useRecordLinks();
  const sprint = useWorkbookValue((w) => w.sprint);
  const locale = useWorkbookValue((w) => w.locale);
  const calendar = sprintCalendar({ sprint, locale }, localToday());
  const today = calendar.todayDay;
  // The blocks of today (or of the first day still open) are shown; the others fold away.
  const shownDay = today ?? days.find((d) => d.status === 'open')?.day ?? null;
  const done = days.filter((d) => d.status !== 'open').length;
  return (
    <Section title="The ten days" id="agenda"
      description="The sprint’s agenda. Days complete themselves when the workbook shows the work is done; you can also tick a day by hand.">
      <div className="progress" aria-label={`${done} of ${days.length} days done`}>
        <div className="progress-bar"><div className="progress-fill" style={{ width: `${(done / days.length) * 100}%` }} /></div>
        <span className="progress-text">{done} of {days.length} days done</span>
      </div>
      <p className="agenda-today" role="status">{calendar.sentence}</p>
      <TimerSound />
      <ol className="agenda">
        {days.map((d) => (
          <AgendaDay key={d.day} day={d} today={today === d.day} showBlocks={shownDay === d.day}
            date={calendar.dates[d.day - 1] ? shortDayDate(calendar.dates[d.day - 1]!, locale) : null}
            stop={stops.length > 0 && stoppedDay(d) ? { reasons: stops, links } : null} />
        ))}
      </ol>
    </Section>
  );
}

/** The read-out, and the day whose question a triggered kill criterion blocks (baselines). */
const READ_OUT_DAY = 10;
function stoppedDay(day: DayProgress): boolean {
  return day.question === 'baselines' || day.day === READ_OUT_DAY;
}

interface DayStop { readonly reasons: readonly StopReason[]; readonly links: RecordLinks }

interface AgendaDayProps { day: DayProgress; today: boolean; showBlocks: boolean; date: string | null; stop: DayStop | null }

function AgendaDay({ day, today, showBlocks, date, stop }: AgendaDayProps): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const statusText = day.status === 'done' ? 'Done: the workbook shows it' : day.status === 'ticked' ? `Ticked by hand${day.missing ? ` (${day.missing.toLowerCase()})` : ''}` : day.missing ?? 'Open';
  return (
    <li className={`agenda-day agenda-${day.status}${today ? ' is-today' : ''}`} data-focus={`/agenda/day/${day.day}`} tabIndex={-1}>
      <div className="agenda-marker" aria-hidden="true">
        {day.status === 'open' ? day.day : <Icon name="check" size={18} />}
      </div>
      <div className="agenda-body">
        <div className="agenda-head">
          <h3 className="agenda-title">
            Day {day.day}: {day.title}
            {date && <span className="agenda-date">{date}</span>}
            {today && <span className="today-tag">Today</span>}
          </h3>
          <span className={`agenda-status status-${day.status}`}>{statusText}</span>
        </div>
        <p className="agenda-focus">{day.focus}</p>
        <p className="agenda-done-when"><strong>Done when:</strong> {day.doneWhen}</p>
        {stop && (
          <div className="agenda-stop" role="note" aria-label={`Day ${day.day}: stop and redesign`}>
            <p className="agenda-stop-title">
              <Icon name="stop" size={18} />
              {day.day === READ_OUT_DAY
                ? 'Stop and redesign: the read-out’s verdict, since a kill criterion is triggered'
                : 'Stop and redesign: a triggered kill criterion blocks this question'}
            </p>
            <StopReasons reasons={stop.reasons} links={stop.links} layout="compact" label={`Why day ${day.day} is stopped`} />
          </div>
        )}
        <AgendaBlocks day={day.day} open={showBlocks} />
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
