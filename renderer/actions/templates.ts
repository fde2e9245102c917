/** The starter workbooks, bundled at build time as text (they are `.sprintbook` files). */
import blankText from '../../templates/starters/blank.sprintbook?raw';
import supportTriageText from '../../templates/starters/support-triage.sprintbook?raw';

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly text: string;
}

export const BLANK_TEMPLATE: Template = {
  id: 'blank',
  name: 'Blank workbook',
  description: 'An empty sprint: the ten days of the agenda and nothing else. Start here for a new client.',
  text: blankText,
};

export const TEMPLATES: readonly Template[] = [
  BLANK_TEMPLATE,
  {
    id: 'support-triage',
    name: 'Customer support: ticket triage',
    description: 'A complete worked example: a triage assistant for a support queue, mapped, classified, measured, owned and sequenced. Ready to scale.',
    text: supportTriageText,
  },
];
