/**
 * The verdict in words, from one source for every place a document states it: the cover, the
 * readiness summary, the sprint report's first part. Rules 1.1: `stop` when a kill criterion is
 * triggered (whatever else is open), `not-ready` with any other blocker, `ready` otherwise.
 */
import type { Verdict } from '../logic';
import type { ReportContext } from './context';
import type { Tone } from './types';

export interface VerdictWords {
  readonly verdict: Verdict;
  /** "Ready to scale", "Not ready to scale: 7 blockers open", "Stop and redesign: …". */
  readonly text: string;
  readonly tone: Tone;
  readonly blockers: number;
}

export const VERDICT_HEADLINE: Readonly<Record<Verdict, string>> = {
  ready: 'Ready to scale',
  'not-ready': 'Not ready to scale',
  stop: 'Stop and redesign',
};

const TONE: Readonly<Record<Verdict, Tone>> = { ready: 'green', 'not-ready': 'amber', stop: 'red' };

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function verdictOf(ctx: Pick<ReportContext, 'readiness' | 'kills'>): VerdictWords {
  const { verdict, gaps } = ctx.readiness;
  const blockers = gaps.filter((g) => g.severity === 'blocker').length;
  const headline = VERDICT_HEADLINE[verdict];
  let text = headline;
  if (verdict === 'not-ready') text = `${headline}: ${plural(blockers, 'blocker', 'blockers')} open`;
  if (verdict === 'stop') {
    text = ctx.kills.length === 1
      ? `${headline}: ${ctx.kills[0]!.metricName} triggered its kill criterion`
      : `${headline}: ${plural(ctx.kills.length, 'kill criterion', 'kill criteria')} triggered`;
  }
  return { verdict, text, tone: TONE[verdict], blockers };
}
