/**
 * Step 2: the five factors as questions in plain words. Each answer is saved at once and the
 * suggestion beside them follows; money at stake is an amount in the workbook's currency.
 */
import type { ReactElement } from 'react';
import { policyOf } from '../../../../shared/logic';
import { DEFAULT_CURRENCY, type Decision } from '../../../../shared/model';
import { setDecisionFactor, setFinancialExposure, type YesNoFactor } from '../../../state/commands';
import { useExecute, useWorkbookValue } from '../../../state/hooks';
import { moneyFormatOf } from '../../../state/selectors';
import { AmountField } from '../common/AmountField';
import { YesNo } from './YesNo';

export function FactorQuestions({ decision }: { decision: Decision }): ReactElement {
  const execute = useExecute();
  const money = useWorkbookValue(moneyFormatOf);
  const currency = useWorkbookValue((w) => w.currency ?? DEFAULT_CURRENCY);
  const locale = useWorkbookValue((w) => w.locale);
  const medium = useWorkbookValue((w) => policyOf(w).mediumExposure);
  const high = useWorkbookValue((w) => policyOf(w).highExposure);
  const { id, factors: f } = decision;
  const at = (factor: string) => `${decision.id}/factors/${factor}`;
  const answer = (factor: YesNoFactor) => (value: boolean) => execute(setDecisionFactor(id, factor, value));
  return (
    <fieldset className="step" data-focus={`${decision.id}/factors`} tabIndex={-1}>
      <legend className="step-title"><span className="step-number" aria-hidden="true">2</span>Five questions</legend>
      <div className="questions">
        <YesNo question="If the AI gets it wrong, can the outcome be undone?" value={f.reversible} focusKey={at('reversible')}
          yes="Yes, it can be undone" no="No, it is final" onChange={answer('reversible')} />
        <YesNo question="Does the outcome reach a customer directly?" value={f.customerFacing} focusKey={at('customerFacing')}
          yes="Yes, a customer sees it" no="No, it stays inside" onChange={answer('customerFacing')} />
        <fieldset className="factor-question" data-focus={at('financialExposure')} tabIndex={-1}>
          <legend className="factor-question-text">How much money is at stake per decision?</legend>
          <AmountField label="Money at stake per decision" hideLabel value={f.financialExposure} locale={locale} currency={currency}
            hint={`${money(f.financialExposure)} per decision. The policy: at least medium from ${money(medium)}, high from ${money(high)}.`}
            onCommit={(v) => execute(setFinancialExposure(id, v))} />
        </fieldset>
        <YesNo question="Does it decide about a person’s rights or eligibility?" value={f.affectsRights} focusKey={at('affectsRights')}
          yes="Yes" no="No" hint="Credit, claims, hiring, benefits, access to a service." onChange={answer('affectsRights')} />
        <YesNo question="Does it use personal data?" value={f.personalData} focusKey={at('personalData')}
          yes="Yes" no="No" hint="Names, contact details, account, health or order data. Requires access control at any tier." onChange={answer('personalData')} />
      </div>
    </fieldset>
  );
}
