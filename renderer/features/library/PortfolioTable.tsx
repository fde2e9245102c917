/**
 * The library's portfolio view (issue 15): the library's workbooks as a table with the columns
 * of `sprintbook portfolio`, sortable by any column (the header's buttons; aria-sort says how)
 * and filtered by verdict and organization. Drawn from the kept summaries only. Columns wrap
 * rather than scroll: at 1280×720 the page never scrolls sideways.
 */
import { useMemo, useState, type ReactElement } from 'react';
import { QUESTION_TEXT } from '../../../shared/logic';
import { CURRENT_SCHEMA_VERSION, QUESTIONS } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import { formatDate } from '../../components/format';
import type { LibraryEntry } from '../../db/summaries';
import { formatRoute } from '../../state/routes';
import { filterLines, localToday, organizationsOf, portfolioLine, sortLines, type Filters, type PortfolioLine, type Sort, type SortKey } from './portfolioLines';

const COLUMNS: readonly { readonly key: SortKey; readonly label: string; readonly className: string }[] = [
  { key: 'title', label: 'Workbook', className: 'pf-title' },
  { key: 'organization', label: 'Organization', className: 'pf-org' },
  { key: 'verdict', label: 'Verdict', className: 'pf-verdict' },
  { key: 'blockers', label: 'Blockers', className: 'pf-blockers' },
  { key: 'kills', label: 'Kill criteria triggered', className: 'pf-kills' },
  { key: 'nextGate', label: 'Next gate', className: 'pf-gate' },
  { key: 'updatedAt', label: 'Last change', className: 'pf-changed' },
];

const VERDICT_WORDS: Readonly<Record<PortfolioLine['verdict'], string>> = {
  ready: 'Ready to scale', 'not-ready': 'Not ready', stop: 'Stop and redesign', unknown: 'Not known',
};
const VERDICT_TONE = { ready: 'good', 'not-ready': 'bad', stop: 'stop', unknown: 'neutral' } as const;

export function PortfolioTable({ entries }: { entries: readonly LibraryEntry[] }): ReactElement {
  const [sort, setSort] = useState<Sort>({ key: 'verdict', descending: false });
  const [filters, setFilters] = useState<Filters>({ verdict: null, organization: null });
  const today = localToday();
  const lines = useMemo(() => entries.map((e) => portfolioLine(e, today, CURRENT_SCHEMA_VERSION)), [entries, today]);
  const organizations = useMemo(() => organizationsOf(lines), [lines]);
  const shown = useMemo(() => sortLines(filterLines(lines, filters), sort), [lines, filters, sort]);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));

  return (
    <div className="portfolio">
      <div className="pf-filters" role="group" aria-label="Filters">
        <label>
          <span>Verdict</span>
          <select value={filters.verdict ?? ''} onChange={(e) => setFilters((f) => ({ ...f, verdict: (e.target.value || null) as Filters['verdict'] }))}>
            <option value="">Every verdict</option>
            {(['stop', 'not-ready', 'ready'] as const).map((v) => <option key={v} value={v}>{VERDICT_WORDS[v]}</option>)}
          </select>
        </label>
        <label>
          <span>Organization</span>
          <select value={filters.organization ?? '\u0000all'} onChange={(e) => setFilters((f) => ({ ...f, organization: e.target.value === '\u0000all' ? null : e.target.value }))}>
            <option value={'\u0000all'}>Every organization</option>
            {organizations.map((o) => <option key={o} value={o}>{o === '' ? 'None named' : o}</option>)}
          </select>
        </label>
        <p className="muted pf-count" role="status">{shown.length} of {lines.length} {lines.length === 1 ? 'workbook' : 'workbooks'}</p>
      </div>
      <table className="data-table pf-table" aria-label="Portfolio">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={c.className} scope="col"
                aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="pf-sort" onClick={() => sortBy(c.key)}>
                  {c.label}<span aria-hidden="true" className="pf-arrow">{sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((l) => <PortfolioRow key={l.id} line={l} />)}
          {shown.length === 0 && <tr><td colSpan={COLUMNS.length} className="muted">No workbook matches these filters.</td></tr>}
        </tbody>
      </table>
      <p className="muted pf-note">Next gate: the first gated roadmap item not started by {formatDate(today)} (by week when the sprint has no start date).</p>
    </div>
  );
}

function PortfolioRow({ line }: { line: PortfolioLine }): ReactElement {
  const href = formatRoute({ screen: 'workbook', workbookId: line.id, stage: 'overview' });
  const blocked = line.blockers ? QUESTIONS.filter((q) => line.blockers![q] > 0) : [];
  const gate = line.nextGate;
  return (
    <tr>
      <th scope="row" className="pf-title">{line.newer ? line.title : <a href={href} className="wb-link">{line.title}</a>}</th>
      <td className="pf-org">{line.organization ?? '—'}</td>
      <td className="pf-verdict"><Badge tone={VERDICT_TONE[line.verdict]}>{VERDICT_WORDS[line.verdict]}</Badge></td>
      <td className="pf-blockers">
        {line.blockers === null ? '—' : blocked.length === 0 ? 'None' : (
          <ul className="pf-list">{blocked.map((q) => <li key={q}>{QUESTION_TEXT[q].short}: {line.blockers![q]}</li>)}</ul>
        )}
      </td>
      <td className="pf-kills">{line.killsTriggered.length === 0 ? '—' : <ul className="pf-list">{line.killsTriggered.map((k, i) => <li key={i}>{k}</li>)}</ul>}</td>
      <td className="pf-gate">
        {gate === null ? '—' : (
          <>
            <span>{gate.title}</span>
            <span className="pf-when">{gate.startDate ? formatDate(gate.startDate) : `Week ${gate.startWeek}`}{gate.blocked ? ' · blocked' : ''}</span>
          </>
        )}
      </td>
      <td className="pf-changed">{formatDate(line.updatedAt.slice(0, 10))}</td>
    </tr>
  );
}
