/**
 * Readiness: the four questions, computed from the workbook (never typed in). "Ready to scale"
 * only when no gap is a blocker: if you can't name them, you're not ready to scale. A triggered
 * kill criterion makes it "stop and redesign" whatever else is open (rules 1.1): the stage then
 * opens with what was measured and every roadmap item the stop holds back, each linked.
 */
import { useMemo, type ReactElement } from 'react';
import { QUESTIONS } from '../../../shared/model';
import { Verdict } from '../../components/ReadinessGlance';
import { StopNotice } from '../../components/StopReasons';
import { useRecordLinks } from '../../hooks/useRecordLinks';
import { useDerived, useWorkbookValue } from '../../state/hooks';
import { deriveReadiness, deriveVerdict, type VerdictView } from '../../state/selectors';
import { QuestionCard } from './QuestionCard';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function leadOf({ verdict, blockers, warnings }: VerdictView): string {
  const andWarnings = warnings ? `, and ${count(warnings, 'warning', 'warnings')}` : '';
  if (verdict === 'ready') {
    return `Every question is answered${warnings ? `; ${count(warnings, 'warning is', 'warnings are')} worth a look` : ''}. The pilot can scale, gate by gate.`;
  }
  if (verdict === 'stop') {
    return `A kill criterion is triggered: the rollout stops where it is and the design goes back to the table, whatever else is answered. ${count(blockers, 'blocker stands', 'blockers stand')} in all${andWarnings}.`;
  }
  return `If you can’t name them, you’re not ready to scale. ${count(blockers, 'blocker stands', 'blockers stand')} in the way${andWarnings}.`;
}

export function ReadinessScreen(): ReactElement {
  const readiness = useDerived(deriveReadiness);
  const view = useDerived(deriveVerdict);
  const links = useRecordLinks();
  const workbookId = useWorkbookValue((w) => w.id);
  const stopPaths = useMemo(() => new Set(view.stops.map((r) => r.metric.path)), [view.stops]);
  return (
    <div className="stage-page">
      <header className="stage-header readiness-header">
        <div>
          <p className="eyebrow">The four questions</p>
          <h1>Readiness</h1>
        </div>
        <Verdict summary={view} size="lg" />
      </header>
      <p className="lead">{leadOf(view)}</p>
      {view.verdict === 'stop' && (
        <StopNotice reasons={view.stops} links={links} headingId="readiness-stop">
          <p>The data crossed a line the sprint agreed on before go-live. Do not start what it blocks; redesign, then measure again.</p>
        </StopNotice>
      )}
      {QUESTIONS.map((q, i) => (
        <QuestionCard key={q} number={i + 1} question={q} gaps={readiness.gaps.filter((g) => g.question === q)} workbookId={workbookId} stopPaths={stopPaths} />
      ))}
    </div>
  );
}
