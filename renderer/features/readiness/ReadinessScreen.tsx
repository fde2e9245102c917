/**
 * Readiness: the four questions, computed from the workbook (never typed in). "Ready to scale"
 * only when no gap is a blocker: if you can't name them, you're not ready to scale.
 */
import type { ReactElement } from 'react';
import { QUESTIONS } from '../../../shared/model';
import { Verdict } from '../../components/ReadinessGlance';
import { useDerived, useWorkbookValue } from '../../state/hooks';
import { deriveReadiness } from '../../state/selectors';
import { QuestionCard } from './QuestionCard';

export function ReadinessScreen(): ReactElement {
  const readiness = useDerived(deriveReadiness);
  const workbookId = useWorkbookValue((w) => w.id);
  const blockers = readiness.gaps.filter((g) => g.severity === 'blocker').length;
  const warnings = readiness.gaps.length - blockers;
  return (
    <div className="stage-page">
      <header className="stage-header readiness-header">
        <div>
          <p className="eyebrow">The four questions</p>
          <h1>Readiness</h1>
        </div>
        <Verdict summary={{ ready: readiness.ready, blockers }} size="lg" />
      </header>
      <p className="lead">
        {readiness.ready
          ? `Every question is answered${warnings ? `; ${warnings} ${warnings === 1 ? 'warning is' : 'warnings are'} worth a look` : ''}. The pilot can scale, gate by gate.`
          : `If you can’t name them, you’re not ready to scale. ${blockers} ${blockers === 1 ? 'blocker stands' : 'blockers stand'} in the way${warnings ? `, and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}.`}
      </p>
      {QUESTIONS.map((q, i) => (
        <QuestionCard key={q} number={i + 1} question={q} gaps={readiness.gaps.filter((g) => g.question === q)} workbookId={workbookId} />
      ))}
    </div>
  );
}
