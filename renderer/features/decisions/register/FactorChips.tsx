/** A decision's factors in a few words: only what raises risk is shown, so a plain row reads plain. */
import { memo, type ReactElement } from 'react';
import type { AmountFormat } from '../../../../shared/logic';
import type { DecisionFactors } from '../../../../shared/model';

export function factorWords(f: DecisionFactors, money: AmountFormat): string[] {
  const words: string[] = [];
  if (!f.reversible) words.push('Not reversible');
  if (f.customerFacing) words.push('Reaches customers');
  if (f.financialExposure > 0) words.push(`${money(f.financialExposure)} at stake`);
  if (f.affectsRights) words.push('Rights or eligibility');
  if (f.personalData) words.push('Personal data');
  return words;
}

export const FactorChips = memo(function FactorChips({ factors, money }: { factors: DecisionFactors; money: AmountFormat }): ReactElement {
  const words = factorWords(factors, money);
  if (words.length === 0) return <span className="muted small">Reversible, internal, no money, no personal data</span>;
  return <ul className="chips">{words.map((w) => <li key={w} className="chip">{w}</li>)}</ul>;
});
