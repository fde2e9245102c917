/** Words for the roadmap screen: phases, weeks and dates, in the reader's own locale. */
import { PHASE_LABEL } from '../../../../shared/report/labels';
import type { RoadmapItem } from '../../../../shared/model';
import type { RowTiming } from './derive';

export { PHASE_LABEL };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Intl formatting is slow next to a Map lookup, and a Gantt shows the same dates on many rows. */
function cached(format: Intl.DateTimeFormat): (date: string) => string {
  const seen = new Map<string, string>();
  return (date) => {
    let text = seen.get(date);
    if (text === undefined) {
      text = format.format(Date.parse(`${date}T00:00:00Z`));
      if (seen.size > 2000) seen.clear();
      seen.set(date, text);
    }
    return text;
  };
}

export const formatDate = cached(dateFormat);
export const formatShortDate = cached(shortFormat);

export const weeksText = (n: number) => `${n} week${n === 1 ? '' : 's'}`;

export function itemTitle(item: Pick<RoadmapItem, 'title' | 'id'>): string {
  return item.title.trim() || `Untitled item (${item.id})`;
}

/** "Weeks 3–4" and "7 Dec 2026 – 27 Dec 2026" (when the sprint has a start date); null when not scheduled. */
export function timingParts(t: RowTiming): { weeks: string; dates: string | null } | null {
  if (t.startWeek === null || t.endWeek === null) return null;
  const weeks = t.endWeek - t.startWeek === 1 ? `Week ${t.startWeek}` : `Weeks ${t.startWeek}–${t.endWeek - 1}`;
  return { weeks, dates: t.startDate && t.endDate ? `${formatDate(t.startDate)} – ${formatDate(t.endDate)}` : null };
}

/** "Weeks 3–4 · 7 Dec 2026 – 27 Dec 2026", or why it has no place in the schedule. */
export function timingText(t: RowTiming): string {
  const parts = timingParts(t);
  if (!parts) return 'Not scheduled: in or after a dependency cycle';
  return parts.dates ? `${parts.weeks} · ${parts.dates}` : parts.weeks;
}
