/**
 * The guided classification of one decision, in four steps: what the AI does, five questions in
 * plain words, the suggested tier with the reasons the rules give (updated as you answer), and
 * adopting a tier. The questions sit on the left and the suggestion beside them, so every answer
 * shows its effect where the eye already is.
 */
import { memo, type ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { ActionPicker } from './ActionPicker';
import { FactorQuestions } from './FactorQuestions';
import { SuggestionCard } from './SuggestionCard';
import { TierChoice } from './TierChoice';

export const ClassifyPanel = memo(function ClassifyPanel({ decision }: { decision: Decision }): ReactElement {
  return (
    <section className="classify" aria-labelledby="classify-title">
      <h3 id="classify-title" className="part-title">Classify the risk</h3>
      <div className="classify-grid">
        <div className="classify-questions">
          <ActionPicker decision={decision} />
          <FactorQuestions decision={decision} />
        </div>
        <div className="classify-result">
          <SuggestionCard decision={decision} />
          <TierChoice decision={decision} />
        </div>
      </div>
    </section>
  );
});
