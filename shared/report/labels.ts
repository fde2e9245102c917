/** Words for the model's enumerations, as stakeholders read them in the documents. */
import type { Action, EdgeKind, MetricKind, NodeKind, Phase, PilotStage, Tier } from '../model';
import type { MetricScore, Mode, Status } from '../logic';
import type { Tone } from './types';

export const TIER_LABEL: Readonly<Record<Tier, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

export const TIER_TONE: Readonly<Record<Tier, Tone>> = { low: 'green', medium: 'amber', high: 'red' };

export const MODE_LABEL: Readonly<Record<Mode, string>> = {
  'auto-execute': 'Auto-execute', 'human-confirms': 'Human confirms', 'human-only': 'Human only',
};

export const MODE_MEANING: Readonly<Record<Mode, string>> = {
  'auto-execute': 'The AI acts; people sample its work.',
  'human-confirms': 'A person confirms before it takes effect.',
  'human-only': 'The AI may inform; a person decides and acts.',
};

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  green: 'Green: target met', amber: 'Amber: not yet at target', red: 'Red: kill threshold breached', 'no-data': 'No data yet',
};

export const STATUS_TONE: Readonly<Record<Status, Tone>> = { green: 'green', amber: 'amber', red: 'red', 'no-data': 'muted' };

/** A metric's status in words; a triggered kill criterion says what it means. */
export function statusWords(s: Pick<MetricScore, 'status' | 'killTriggered'>): string {
  return s.killTriggered ? 'Red: stop and redesign' : STATUS_LABEL[s.status];
}

export const PHASE_LABEL: Readonly<Record<Phase, string>> = {
  foundation: 'Foundation', 'pilot-hardening': 'Pilot hardening', 'controlled-rollout': 'Controlled rollout', scale: 'Scale',
};

export const STAGE_LABEL: Readonly<Record<PilotStage, string>> = {
  'proof-of-concept': 'Proof of concept', enthusiasm: 'Enthusiasm', friction: 'Friction', stall: 'Stall',
};

export const NODE_KIND_LABEL: Readonly<Record<NodeKind, string>> = {
  start: 'Start', end: 'End', step: 'Step', 'ai-step': 'AI step', decision: 'Decision', handoff: 'Hand-off', system: 'System',
};

export const EDGE_KIND_LABEL: Readonly<Record<EdgeKind, string>> = {
  flow: 'Flow', reads: 'Reads', writes: 'Writes', triggers: 'Triggers', handoff: 'Hand-off',
};

export const METRIC_KIND_LABEL: Readonly<Record<MetricKind, string>> = {
  'cycle-time': 'Cycle time', 'time-to-first-response': 'Time to first response', 'error-rate': 'Error rate',
  'rework-rate': 'Rework rate', 'cost-per-unit': 'Cost per unit', throughput: 'Throughput',
  satisfaction: 'Satisfaction', custom: 'Custom',
};

/** "approve-spend" → "Approve spend". */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function actionLabel(a: Action): string {
  return humanize(a);
}

/** A control's display name from the catalog passed in, or its id made readable. */
export function controlLabel(id: string, catalog: ReadonlyMap<string, string>): string {
  return catalog.get(id) ?? (/^[a-z0-9-]+$/.test(id) ? humanize(id) : id);
}

export const LOGGING_LABEL: Readonly<Record<string, string>> = {
  input: 'Input', output: 'Output', 'model-version': 'Model version', confidence: 'Confidence',
  reviewer: 'Reviewer', 'final-action': 'Final action',
};
