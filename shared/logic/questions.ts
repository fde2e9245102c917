/** The four readiness questions in the words the sprint uses, shared by the app, reports and CLI. */
import type { Question } from '../model';

export interface QuestionText {
  readonly short: string;
  readonly title: string;
  readonly question: string;
}

export const QUESTION_TEXT: Readonly<Record<Question, QuestionText>> = {
  workflow: {
    short: 'Workflow', title: 'Workflow integration',
    question: 'Where does the AI sit in the actual workflow: what it reads, writes, what triggers it, where it hands off?',
  },
  tiers: {
    short: 'Risk tiers', title: 'Risk tiers and controls',
    question: 'What are the risk tiers of every decision it can make?',
  },
  baselines: {
    short: 'Baselines', title: 'Baselines, targets and kill criteria',
    question: 'What are the baselines, targets and kill criteria?',
  },
  owners: {
    short: 'Owners', title: 'Ownership',
    question: 'Who owns what: workflow owner, governance owner, measurement cadence, escalation path?',
  },
};
