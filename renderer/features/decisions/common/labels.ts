/**
 * Words for the Decisions stage: tiers and modes, the actions in plain language, the five
 * factor questions, the control catalog (templates/controls.json) and what can be logged. A
 * tier always shows as a word with its colour: a projector washes colours out.
 */
import { LOW_ACTIONS, MEDIUM_ACTIONS, HIGH_ACTIONS, type Action, type Tier } from '../../../../shared/model';
import { actionLabel, controlLabel, LOGGING_LABEL, MODE_LABEL, MODE_MEANING, TIER_LABEL } from '../../../../shared/report/labels';
import catalog from '../../../../templates/controls.json';
import type { Tone } from '../../../components/Badge';

export { actionLabel, LOGGING_LABEL, MODE_LABEL, MODE_MEANING, TIER_LABEL };

export const TIER_TONE: Readonly<Record<Tier, Tone>> = { low: 'good', medium: 'warn', high: 'bad' };

/** The actions grouped by the tier they start at, as the guided classification offers them. */
export const ACTION_GROUPS: readonly { readonly tier: Tier; readonly actions: readonly Action[] }[] = [
  { tier: 'low', actions: LOW_ACTIONS },
  { tier: 'medium', actions: MEDIUM_ACTIONS },
  { tier: 'high', actions: HIGH_ACTIONS },
];

export const ACTION_HINT: Readonly<Record<Action, string>> = {
  summarize: 'Condenses text for a person to read',
  retrieve: 'Finds and shows information',
  classify: 'Tags, sorts or labels an item',
  draft: 'Writes a draft that a person edits or sends',
  route: 'Sends work to a queue, team or person',
  recommend: 'Proposes what to do next',
  prioritize: 'Orders work by urgency or value',
  notify: 'Alerts a person or a system',
  commit: 'Changes a system of record',
  promise: 'Commits the company to something',
  'approve-spend': 'Lets money go out',
  'send-external': 'Sends something outside the company',
  'determine-eligibility': 'Decides whether someone qualifies',
};

export interface ControlInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export const CONTROL_CATALOG: readonly ControlInfo[] = (catalog as { id: string; name: string; description: string }[])
  .map(({ id, name, description }) => ({ id, name, description }));

const CONTROL_NAMES = new Map(CONTROL_CATALOG.map((c) => [c.id, c.name]));

/** A control's name: the catalog's for its ids, free text as written. */
export function controlName(id: string): string {
  return controlLabel(id, CONTROL_NAMES);
}

export const isCatalogControl = (id: string): boolean => CONTROL_NAMES.has(id);

/** The catalog id a typed name means ("Kill switch", "kill-switch"), or the text itself. */
export function controlIdFor(text: string): string {
  const t = text.trim();
  const lower = t.toLowerCase();
  return CONTROL_CATALOG.find((c) => c.id === lower || c.name.toLowerCase() === lower)?.id ?? t;
}

export const LOGGING_IDS = Object.keys(LOGGING_LABEL);

export function loggingName(id: string): string {
  return LOGGING_LABEL[id] ?? id;
}
