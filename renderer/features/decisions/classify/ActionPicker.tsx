/** Step 1: what the AI does, grouped by the tier each action starts at, each said in plain words. */
import { useId, type ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { setDecisionAction } from '../../../state/commands';
import { useExecute } from '../../../state/hooks';
import { ACTION_GROUPS, ACTION_HINT, actionLabel, TIER_LABEL } from '../common/labels';

export function ActionPicker({ decision }: { decision: Decision }): ReactElement {
  const execute = useExecute();
  const name = useId();
  return (
    <fieldset className="step" data-focus={`${decision.id}/action`} tabIndex={-1}>
      <legend className="step-title"><span className="step-number" aria-hidden="true">1</span>What does the AI do?</legend>
      <div className="action-groups">
        {ACTION_GROUPS.map((g) => (
          <div key={g.tier} className={`action-group action-group-${g.tier}`} role="group" aria-label={`Actions that start at ${g.tier}`}>
            <p className="action-group-title">Starts {TIER_LABEL[g.tier].toLowerCase()}</p>
            {g.actions.map((a) => (
              <label key={a} className={`action-choice${decision.action === a ? ' is-current' : ''}`}>
                <input type="radio" name={name} value={a} checked={decision.action === a}
                  onChange={() => execute(setDecisionAction(decision.id, a))} />
                <span>
                  <span className="action-name">{actionLabel(a)}</span>
                  <span className="action-hint">{ACTION_HINT[a]}</span>
                </span>
              </label>
            ))}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
