/** A readiness gap: one thing that stands between the workbook and "ready to scale". */
import type { Question } from '../model';

export type Severity = 'blocker' | 'warning';

export interface Gap {
  readonly question: Question;
  readonly severity: Severity;
  /** A plain sentence for the facilitator, naming the record by its title or label. */
  readonly message: string;
  readonly subjectId?: string;
  /** JSON pointer into the workbook. */
  readonly path: string;
}

/** A gap; `subjectId` is left out rather than set to undefined, as everywhere in the model. */
export function gap(question: Question, severity: Severity, path: string, message: string, subjectId?: string): Gap {
  return subjectId === undefined ? { question, severity, message, path } : { question, severity, message, subjectId, path };
}
