/**
 * Human oversight (EU AI Act, Art. 14(4)) and record-keeping (Art. 12) of one decision, each
 * marked met or missing from the workbook's own fields, with what to do to meet it. The Act asks that the people who
 * oversee a system be enabled to (a) understand its capacities and limits and monitor it,
 * (b) remain aware of automation bias, (c) correctly interpret its output, (d) decide not to
 * use it, or disregard, override or reverse its output, and (e) intervene or interrupt it with
 * a stop; Art. 12 asks that it record events automatically. The mapping to fields is ours:
 *
 * - (a) `onError` says what happens when the model is wrong (its known limits), and a metric
 *   measures the decision (its `decisionIds`), so its operation is monitored;
 * - (b) a person acts on every output (a `human-confirmation`, `human-decision` or
 *   `dual-approval` control) and the `reviewer` is logged, so over-reliance shows in the record;
 * - (c) a person acts on every output (the same controls) and `onError` tells them what a wrong
 *   output looks like and what to do;
 * - (d) `overrideById` names a person in the workbook who can override or reverse it;
 * - (e) a `kill-switch` control, and `escalateToId` names whom to escalate to, who can pull it;
 * - Art. 12: an `audit-log` control, and the logging list keeps the input, the output and the
 *   model version.
 */
import type { Decision, Workbook } from '../../model';

export const CAPABILITIES = ['a', 'b', 'c', 'd', 'e', 'log'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface CapabilityText { readonly short: string; readonly title: string; readonly counts: string }

export const CAPABILITY_TEXT: Readonly<Record<Capability, CapabilityText>> = {
  a: { short: '(a) Limits', title: 'Art. 14(4)(a): understand the system’s capacities and limits, and monitor its operation', counts: 'what happens when the model is wrong is described, and a metric measures the decision' },
  b: { short: '(b) Bias', title: 'Art. 14(4)(b): remain aware of automation bias', counts: 'a person acts on every output (human confirmation, human decision or dual approval) and the reviewer is logged' },
  c: { short: '(c) Output', title: 'Art. 14(4)(c): correctly interpret the output', counts: 'a person acts on every output, and what happens when the model is wrong tells them what a wrong output looks like' },
  d: { short: '(d) Override', title: 'Art. 14(4)(d): decide not to use, disregard, override or reverse the output', counts: 'a named person can override the decision' },
  e: { short: '(e) Stop', title: 'Art. 14(4)(e): intervene or interrupt the system with a stop', counts: 'a kill switch control, and a named person to escalate to who can pull it' },
  log: { short: 'Art. 12', title: 'Art. 12: record events automatically over the system’s lifetime', counts: 'an audit log control, and the logging keeps the input, the output and the model version' },
};

export interface CapabilityCheck {
  readonly met: boolean;
  /** What to do in the workbook to meet it, in words ("add a kill switch"); empty when met. */
  readonly missing: readonly string[];
}

const PERSON_ACTS = ['human-confirmation', 'human-decision', 'dual-approval'];
const LOGGED = [['input', 'log the input'], ['output', 'log the output'], ['model-version', 'log the model version']] as const;

function check(...requirements: readonly (readonly [boolean, string])[]): CapabilityCheck {
  const missing = requirements.filter(([ok]) => !ok).map(([, what]) => what);
  return { met: missing.length === 0, missing };
}

export function oversightOf(w: Pick<Workbook, 'metrics' | 'people'>, d: Decision): Readonly<Record<Capability, CapabilityCheck>> {
  const described = d.onError !== undefined && d.onError.trim() !== '';
  const measured = w.metrics.some((m) => m.decisionIds.includes(d.id));
  const personActs = d.controls.some((c) => PERSON_ACTS.includes(c));
  const named = (id: string | undefined) => id !== undefined && w.people.some((p) => p.id === id);
  const onError: [boolean, string] = [described, 'describe what happens when the model is wrong'];
  const acts: [boolean, string] = [personActs, 'add human confirmation, human decision or dual approval'];
  return {
    a: check(onError, [measured, 'measure it with a metric']),
    b: check(acts, [d.logging.includes('reviewer'), 'log the reviewer']),
    c: check(acts, onError),
    d: check([named(d.overrideById), 'name who can override it']),
    e: check([d.controls.includes('kill-switch'), 'add a kill switch'], [named(d.escalateToId), 'name whom it escalates to']),
    log: check([d.controls.includes('audit-log'), 'add an audit log'], ...LOGGED.map(([key, what]) => [d.logging.includes(key), what] as const)),
  };
}
