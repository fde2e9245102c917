/**
 * Why the verdict is "stop and redesign" (rules 1.1): each triggered kill criterion, its metric,
 * what was measured on which date against which threshold, and the roadmap items it blocks
 * (and, where there is room, the items waiting on those). A name links to its record when the
 * caller gives links; the library card, which opens no record, shows plain names.
 */
import type { ReactElement, ReactNode } from 'react';
import { formatDate, formatValue } from './format';
import { Icon } from './Icon';

/** A metric or roadmap item by name; `path` (a JSON pointer) when it can be linked to. */
export interface NamedView { readonly name: string; readonly path?: string }

export interface StopReasonView {
  readonly metric: NamedView;
  readonly unit: string;
  readonly latest: number;
  readonly latestDate: string;
  readonly threshold: number;
  readonly evaluateOn: string | null;
  readonly action?: string | null;
  readonly blocked: readonly NamedView[];
  readonly waiting: readonly NamedView[];
}

/** Where a named record's link goes, and what following it asks of the stage (select and focus it). */
export interface RecordLinks {
  readonly href: (path: string) => string;
  readonly follow: (path: string) => void;
}

type Layout = 'full' | 'compact';

/** The compact layout (a sidebar, a card) names this many and counts the rest: a big workbook can trigger a hundred. */
export const COMPACT_REASONS = 3;
export const COMPACT_ITEMS = 4;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function Name({ record, links }: { record: NamedView; links: RecordLinks | undefined }): ReactElement {
  if (!links || record.path === undefined) return <strong className="stop-name">{record.name}</strong>;
  const path = record.path;
  return <a className="stop-name stop-link" href={links.href(path)} onClick={() => links.follow(path)}>{record.name}</a>;
}

function Names({ records, links, label, limit }: { records: readonly NamedView[]; links: RecordLinks | undefined; label: string; limit?: number }): ReactElement {
  const shown = limit === undefined ? records : records.slice(0, limit);
  return (
    <ul className="stop-items" aria-label={label}>
      {shown.map((r, i) => <li key={`${r.path ?? r.name}-${i}`}><Name record={r} links={links} /></li>)}
      {shown.length < records.length && <li className="stop-more muted">and {records.length - shown.length} more</li>}
    </ul>
  );
}

/** "4.4% on 30 Nov 2026, past the threshold 4%": the measurement that stopped the rollout. */
function measured(r: StopReasonView, compact: boolean): string {
  const value = `${formatValue(r.latest, r.unit)} on ${formatDate(r.latestDate)}`;
  const threshold = formatValue(r.threshold, r.unit);
  if (compact) return `${value} (threshold ${threshold})`;
  return `${value}, past the threshold ${threshold}${r.evaluateOn ? `, which is judged from ${formatDate(r.evaluateOn)}` : ''}`;
}

function Reason({ reason: r, links, layout }: { reason: StopReasonView; links: RecordLinks | undefined; layout: Layout }): ReactElement {
  const compact = layout === 'compact';
  const blockedLabel = `Roadmap items blocked by ${r.metric.name}`;
  return (
    <li className="stop-reason">
      {compact
        ? <p className="stop-measured"><Name record={r.metric} links={links} />: {measured(r, true)}</p>
        : <p className="stop-measured"><Name record={r.metric} links={links} /> triggered its kill criterion: {measured(r, false)}.</p>}
      {!compact && r.action && <p className="stop-action">What it says to do: {r.action}</p>}
      {r.blocked.length === 0
        ? <p className="stop-list-label">No roadmap item is gated on it.</p>
        : (
          <>
            <p className="stop-list-label">{compact ? 'Blocks' : `Blocks ${plural(r.blocked.length, 'roadmap item')}`}</p>
            <Names records={r.blocked} links={links} label={blockedLabel} {...(compact ? { limit: COMPACT_ITEMS } : {})} />
          </>
        )}
      {r.waiting.length > 0 && (compact
        ? <p className="stop-waiting muted">and {plural(r.waiting.length, 'item')} waiting on {r.blocked.length === 1 ? 'it' : 'them'}</p>
        : (
          <>
            <p className="stop-list-label">Waiting on {r.blocked.length === 1 ? 'it' : 'them'}: {plural(r.waiting.length, 'roadmap item')}</p>
            <Names records={r.waiting} links={links} label={`Roadmap items waiting on those ${r.metric.name} blocks`} />
          </>
        ))}
    </li>
  );
}

export function StopReasons({ reasons, links, layout = 'full', label }: {
  reasons: readonly StopReasonView[];
  links?: RecordLinks;
  layout?: Layout;
  /** The list's accessible name. */
  label: string;
}): ReactElement {
  const shown = layout === 'compact' ? reasons.slice(0, COMPACT_REASONS) : reasons;
  return (
    <ul className={`stop-reasons stop-${layout}`} aria-label={label}>
      {shown.map((r, i) => <Reason key={`${r.metric.path ?? r.metric.name}-${i}`} reason={r} links={links} layout={layout} />)}
      {shown.length < reasons.length && (
        <li className="stop-more muted">and {reasons.length - shown.length} more triggered kill {reasons.length - shown.length === 1 ? 'criterion' : 'criteria'}</li>
      )}
    </ul>
  );
}

/** The stop on a stage (Readiness, Export): a danger panel with a heading, a sentence from the caller, and every reason in full. */
export function StopNotice({ reasons, links, children, headingId }: {
  reasons: readonly StopReasonView[];
  links?: RecordLinks;
  children: ReactNode;
  headingId: string;
}): ReactElement {
  return (
    <section className="card stop-notice" aria-labelledby={headingId}>
      <div className="stop-notice-head">
        <Icon name="stop" size={28} />
        <div>
          <h2 id={headingId} className="stop-notice-title">Stop and redesign</h2>
          <div className="stop-notice-text">{children}</div>
        </div>
      </div>
      <StopReasons reasons={reasons} links={links} label={reasons.length === 1 ? 'The triggered kill criterion' : 'The triggered kill criteria'} />
    </section>
  );
}
