/**
 * Readiness at a glance: the verdict (ready to scale, not ready, or stop and redesign with the
 * triggered kill criteria behind it), and for each of the four questions either "answered" or
 * its count of blockers. The question names come from the caller (shared/logic's wording).
 */
import type { ReactElement } from 'react';
import type { Question } from '../../shared/model';
import { Badge } from './Badge';
import { Icon } from './Icon';
import { StopReasons, type StopReasonView } from './StopReasons';

/** shared/logic's Verdict, spelled out here: components import only shared/model. */
export type VerdictName = 'ready' | 'not-ready' | 'stop';

export interface GlanceSummary {
  readonly ready: boolean;
  readonly verdict: VerdictName;
  readonly blockers: number;
  readonly warnings: number;
  readonly questions: Readonly<Record<Question, { readonly blockers: number; readonly warnings: number }>>;
  readonly stops?: readonly StopReasonView[];
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function Verdict({ summary, size = 'md' }: { summary: Pick<GlanceSummary, 'verdict' | 'blockers'>; size?: 'md' | 'lg' }): ReactElement {
  switch (summary.verdict) {
    case 'stop': return <Badge tone="stop" size={size}>Stop and redesign</Badge>;
    case 'ready': return <Badge tone="good" size={size}>Ready to scale</Badge>;
    default: return <Badge tone="bad" size={size}>Not ready: {plural(summary.blockers, 'blocker')}</Badge>;
  }
}

export function ReadinessGlance({ summary, names }: { summary: GlanceSummary; names: Readonly<Record<Question, string>> }): ReactElement {
  const questions = Object.keys(names) as Question[];
  return (
    <div className="glance">
      <Verdict summary={summary} />
      {summary.verdict === 'stop' && summary.stops && summary.stops.length > 0 && (
        <StopReasons reasons={summary.stops} layout="compact" label="Why: stop and redesign" />
      )}
      <ul className="glance-questions" aria-label="Readiness by question">
        {questions.map((q) => {
          const { blockers } = summary.questions[q];
          return (
            <li key={q} className={blockers === 0 ? 'glance-ok' : 'glance-blocked'}>
              <Icon name={blockers === 0 ? 'check' : 'alert'} size={15} />
              <span className="glance-name">{names[q]}</span>
              <span className="glance-count">{blockers === 0 ? 'answered' : plural(blockers, 'blocker')}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
