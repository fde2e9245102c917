/**
 * What changed between two versions, as the compare dialog lists it: readiness and its verdict
 * before and after, tier changes, then every record added, removed or changed with its fields
 * in words. Each record and each field is a button that jumps to it in the open workbook (a
 * record the workbook no longer has says so instead).
 */
import type { ReactElement } from 'react';
import type { Gap, RecordChange, WorkbookComparison } from '../../../shared/logic';
import type { Workbook } from '../../../shared/model';
import { Badge, type Tone } from '../../components/Badge';
import { Verdict } from '../../components/ReadinessGlance';
import { describeField, kindName, listedFields, type VersionNames } from './describeChange';
import { jumpTarget, type JumpTarget } from './jumpTarget';

interface Props {
  readonly comparison: WorkbookComparison;
  readonly names: VersionNames;
  /** The open workbook, where jumps land. */
  readonly now: Workbook;
  readonly onJump: (to: JumpTarget) => void;
}

const CHANGE: Readonly<Record<RecordChange['change'], { word: string; tone: Tone }>> = {
  added: { word: 'Added', tone: 'good' },
  removed: { word: 'Removed', tone: 'bad' },
  changed: { word: 'Changed', tone: 'info' },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const blockers = (gaps: readonly Gap[]) => gaps.filter((g) => g.severity === 'blocker').length;
const tierWord = (t: string | undefined) => t ?? 'no tier';

export function ComparisonView({ comparison: c, names, now, onJump }: Props): ReactElement {
  const records = c.records.filter((r) => r.change !== 'changed' || listedFields(r).length > 0);
  return (
    <div className="compare-result">
      <p className="compare-counts" role="status">
        {records.length === 0 && c.tierChanges.length === 0
          ? 'No differences between these versions.'
          : `${plural(c.counts.added, 'record')} added, ${c.counts.removed} removed, ${records.filter((r) => r.change === 'changed').length} changed`
            + (c.audit.added > 0 ? `; ${plural(c.audit.added, 'audit entry', 'audit entries')} written since` : '')}
      </p>

      <section className="compare-section" aria-label="Readiness before and after">
        <h3 className="subheading">Readiness</h3>
        <p className="compare-verdicts">
          <span>Before: <Verdict summary={{ verdict: c.readiness.before.verdict, blockers: blockers(c.readiness.before.gaps) }} /></span>
          <span aria-hidden="true"> → </span>
          <span>After: <Verdict summary={{ verdict: c.readiness.after.verdict, blockers: blockers(c.readiness.after.gaps) }} /></span>
        </p>
        {(c.readiness.opened.length > 0 || c.readiness.closed.length > 0) && (
          <ul className="compare-gaps">
            {c.readiness.closed.map((g, i) => <li key={`c${i}`}>Closed: {g.message}</li>)}
            {c.readiness.opened.map((g, i) => <li key={`o${i}`}>New {g.severity}: {g.message}</li>)}
          </ul>
        )}
      </section>

      {c.tierChanges.length > 0 && (
        <section className="compare-section" aria-label="Tier changes">
          <h3 className="subheading">Tier changes</h3>
          <ul className="compare-tiers">
            {c.tierChanges.map((t) => (
              <li key={t.decisionId}>
                “{t.label}”: {tierWord(t.before)} → {tierWord(t.after)}{t.reason ? ` (${t.reason})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      {records.length > 0 && (
        <section className="compare-section" aria-label="Records">
          <h3 className="subheading">Records</h3>
          <ul className="compare-records">
            {records.map((r) => <RecordRow key={`${r.kind} ${r.key}`} change={r} names={names} now={now} onJump={onJump} />)}
          </ul>
        </section>
      )}

      {c.reorderings.length > 0 && (
        <p className="muted">Put in another order: {c.reorderings.map((o) => o.label).join(', ')}.</p>
      )}
    </div>
  );
}

function RecordRow({ change, names, now, onJump }: { change: RecordChange; names: VersionNames; now: Workbook; onJump: Props['onJump'] }): ReactElement {
  const { word, tone } = CHANGE[change.change];
  const to = change.change === 'removed' ? null : jumpTarget(change, now);
  const title = `${kindName(change.kind)} “${change.label}”`;
  return (
    <li className="compare-record" data-change={change.change}>
      <div className="compare-record-head">
        <Badge tone={tone} icon={null}>{word}</Badge>
        {to
          ? <button type="button" className="link-button" onClick={() => onJump(to)}>{title}</button>
          : <span>{title}{change.change === 'changed' ? <span className="muted"> (not in the open workbook)</span> : null}</span>}
      </div>
      {change.change === 'changed' && (
        <ul className="compare-fields">
          {listedFields(change).map((f) => {
            const text = describeField(f, names);
            const field = to ? jumpTarget(change, now, f.path[0]) : null;
            return (
              <li key={f.path.join('/') + f.type}>
                {field ? <button type="button" className="link-button" onClick={() => onJump(field)}>{text}</button> : text}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
