/**
 * One row of `sprintbook portfolio`: what a consultancy asks of each sprint at a glance. The
 * facts (verdict and blockers from readiness with the file's load problems, the triggered kill
 * criteria, the gates in schedule order) come from shared/logic's `portfolioFacts`, the next
 * gate from its `nextGateOf`: the library's portfolio view shows the same. A refused or
 * unreadable file is a row too, with its reason: a portfolio never hides a workbook.
 */
import type { Problem, Question, Workbook } from '../../../shared/model';
import type { Fault } from '../../../shared/format';
import { nextGateOf, portfolioFacts, type NextGate, type Verdict } from '../../../shared/logic';

export type { NextGate };

/** Every key is always present, in this order; a value that does not apply is null (an empty list for the kill criteria). */
export interface PortfolioRow {
  /** Relative to the folder listed, with forward slashes. */
  readonly path: string;
  readonly title: string | null;
  readonly organization: string | null;
  readonly verdict: Verdict | 'refused';
  readonly refusal: { readonly reason: string; readonly faults: readonly Fault[] } | null;
  readonly blockers: Readonly<Record<Question, number>> | null;
  /** Metric names. */
  readonly killsTriggered: readonly string[];
  readonly nextGate: NextGate | null;
  readonly updatedAt: string | null;
}

export function openedRow(path: string, w: Workbook, problems: readonly Problem[], today: string): PortfolioRow {
  const facts = portfolioFacts(w, problems);
  return {
    path,
    title: facts.title,
    organization: facts.organization,
    verdict: facts.verdict,
    refusal: null,
    blockers: facts.blockers,
    killsTriggered: facts.killsTriggered,
    nextGate: nextGateOf(facts.gates, today),
    updatedAt: facts.updatedAt,
  };
}

export function refusedRow(path: string, reason: string, faults: readonly Fault[] = []): PortfolioRow {
  return {
    path, title: null, organization: null, verdict: 'refused', refusal: { reason, faults },
    blockers: null, killsTriggered: [], nextGate: null, updatedAt: null,
  };
}
