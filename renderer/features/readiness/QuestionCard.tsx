/** One of the four questions: the question as the sprint asks it, whether it is answered, and its gaps. */
import type { ReactElement } from 'react';
import { QUESTION_TEXT, type Gap } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import { GapItem } from './GapItem';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

interface QuestionCardProps {
  readonly number: number;
  readonly question: Question;
  readonly gaps: readonly Gap[];
  readonly workbookId: string;
  /** Paths of the blockers that are triggered kill criteria: shown as "Stop", not as one blocker among many. */
  readonly stopPaths: ReadonlySet<string>;
}

export function QuestionCard({ number, question, gaps, workbookId, stopPaths }: QuestionCardProps): ReactElement {
  const text = QUESTION_TEXT[question];
  const blockers = gaps.filter((g) => g.severity === 'blocker').length;
  const warnings = gaps.length - blockers;
  const headingId = `question-${question}`;
  return (
    <section className={`card question ${blockers ? 'question-blocked' : 'question-ok'}`} aria-labelledby={headingId}>
      <header className="question-header">
        <span className="question-number" aria-hidden="true">{number}</span>
        <div className="question-titles">
          <h2 id={headingId}>{text.title}</h2>
          <p className="question-text">{text.question}</p>
        </div>
        <div className="question-status">
          {blockers === 0 ? <Badge tone="good">Answered</Badge> : <Badge tone="bad">{plural(blockers, 'blocker')}</Badge>}
          {warnings > 0 && <Badge tone="warn">{plural(warnings, 'warning')}</Badge>}
        </div>
      </header>
      {gaps.length > 0 && (
        <ul className="gap-list">
          {gaps.map((g, i) => <GapItem key={`${g.path}-${i}`} gap={g} workbookId={workbookId} stop={g.severity === 'blocker' && stopPaths.has(g.path)} />)}
        </ul>
      )}
    </section>
  );
}
