/**
 * The schedule in a few sentences: how long the roadmap runs (and until when), its critical
 * path, how many items are blocked, and the problems the schedule found (a dependency cycle,
 * a dependency on a later phase), each linked to the item to fix.
 */
import type { ReactElement } from 'react';
import { isValidDate } from '../../../shared/logic';
import { Icon } from '../../components/Icon';
import { useDerived, useWorkbookValue } from '../../state/hooks';
import { deriveSchedule } from '../../state/selectors';
import { weekZeroOf } from './gantt/geometry';
import { deriveItemById, deriveScheduledById } from './common/derive';
import { formatDate, itemTitle, weeksText } from './common/labels';
import { useEditor } from '../../state/editor/context';
import { fieldIn } from '../../state/navigation';
import { showItem } from './common/selection';

export function ScheduleSummary(): ReactElement {
  const editor = useEditor();
  const schedule = useDerived(deriveSchedule);
  const byId = useDerived(deriveItemById);
  const startDate = useWorkbookValue((w) => w.sprint.startDate);
  const weekZero = weekZeroOf(startDate, isValidDate);
  const timed = useDerived(deriveScheduledById);
  const critical = schedule.order.filter((id) => timed.get(id)?.critical);
  const blocked = schedule.items.filter((s) => s.blocked).length;
  const unscheduled = schedule.items.filter((s) => s.startWeek === null).length;
  const name = (id: string) => { const item = byId.get(id); return item ? itemTitle(item) : id; };
  if (byId.size === 0) return <p className="empty-note">No roadmap items yet. Ask for a suggestion built from the workbook, or add items one by one.</p>;
  return (
    <div className="schedule-summary">
      <p className="schedule-length" aria-live="polite">
        <strong>{weeksText(schedule.totalWeeks)}</strong>
        {weekZero
          ? <> from {formatDate(weekZero)} (two weeks after the sprint starts) to the end of week {Math.max(0, schedule.totalWeeks - 1)}.</>
          : <> after the sprint. <span className="muted">Set the sprint’s start date on Overview to see calendar dates.</span></>}
      </p>
      {critical.length > 0 && (
        <p className="critical-path"><span className="flag-critical gantt-flag">Critical path</span> {critical.map(name).join(' → ')}</p>
      )}
      {(blocked > 0 || unscheduled > 0) && (
        <p className="schedule-warnings">
          {blocked > 0 && <span><Icon name="alert" size={16} /> {blocked} item{blocked === 1 ? ' is' : 's are'} blocked by a triggered kill criterion. </span>}
          {unscheduled > 0 && <span><Icon name="alert" size={16} /> {unscheduled} item{unscheduled === 1 ? ' is' : 's are'} not scheduled.</span>}
        </p>
      )}
      {schedule.problems.length > 0 && (
        <ul className="schedule-problems" aria-label="Problems in the schedule">
          {schedule.problems.map((p) => (
            <li key={p.path + p.message}>
              {p.subjectId ? <button type="button" className="link-button" onClick={() => showItem(editor, p.subjectId!, fieldIn(editor.workbook, p.path, p.subjectId!))}>{p.message}</button> : p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
