/** What gets logged for the decision (the standard items and the team's own), and what happens when the model is wrong. */
import { memo, type ReactElement } from 'react';
import type { Decision } from '../../../../shared/model';
import { IconButton } from '../../../components/Button';
import { TextArea } from '../../../components/Field';
import { setDecisionLogging, setDecisionOnError } from '../../../state/commands';
import { useExecute, useSealHistory } from '../../../state/hooks';
import { LOGGING_IDS, loggingName } from '../common/labels';
import { FreeTextAdder } from './FreeTextAdder';

interface FieldsProps { readonly decision: Decision }

export const LoggingFields = memo(function LoggingFields({ decision }: FieldsProps): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const { id, logging } = decision;
  const own = logging.filter((l) => !LOGGING_IDS.includes(l));
  return (
    <div className="part-row">
      <fieldset className="part" data-focus={`${decision.id}/logging`} tabIndex={-1}>
        <legend className="part-title">What gets logged</legend>
        <ul className="control-list logging-list">
          {LOGGING_IDS.map((l) => (
            <li key={l}>
              <label className="check">
                <input type="checkbox" checked={logging.includes(l)} onChange={(e) => execute(setDecisionLogging(id, l, e.target.checked))} />
                <span>{loggingName(l)}</span>
              </label>
            </li>
          ))}
        </ul>
        {own.length > 0 && (
          <ul className="own-list">
            {own.map((l) => <li key={l}><span>{l}</span><IconButton icon="x" label={`Stop logging “${l}”`} onClick={() => execute(setDecisionLogging(id, l, false))} /></li>)}
          </ul>
        )}
        <FreeTextAdder label="Log something else" placeholder="e.g. the customer’s plan" button="Add"
          check={(text) => {
            const t = text.trim();
            if (t === '') return 'Say what to log first.';
            return logging.includes(t) || LOGGING_IDS.some((l) => loggingName(l).toLowerCase() === t.toLowerCase()) ? `“${t}” is already in the list.` : null;
          }}
          onAdd={(text) => execute(setDecisionLogging(id, text, true))} />
      </fieldset>
      <div className="part">
        <TextArea label="When the model is wrong" rows={5} value={decision.onError ?? ''} focusKey={`${decision.id}/onError`}
          hint="How a wrong output is noticed, who corrects it, and how fast."
          placeholder="e.g. Agents re-tag a misrouted ticket in one click; a weekly 2% sample is checked."
          onChange={(e) => execute(setDecisionOnError(id, e.target.value))} onBlur={seal} />
      </div>
    </div>
  );
});
