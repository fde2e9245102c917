/**
 * The workbook's exposure policy: from how much money at stake a decision is at least medium,
 * and from how much it is high. Typed as text and written only when both amounts are valid
 * (numbers ≥ 0, medium not above high), with the reason at the field otherwise. Every tier is
 * re-suggested at once: the suggestion is derived, never stored.
 */
import { memo, useState, type ReactElement } from 'react';
import { policyErrors, policyOf } from '../../../../shared/logic';
import { DEFAULT_CURRENCY, type Policy } from '../../../../shared/model';
import { Section } from '../../../components/Section';
import { setPolicy } from '../../../state/commands';
import { useDerived, useExecute, useSealHistory, useWorkbookValue } from '../../../state/hooks';
import { moneyFormatOf } from '../../../state/selectors';
import { amountParser } from '../common/amount';
import { NumberInput } from '../common/NumberInput';
import { deriveOverview } from '../common/derive';

type Key = keyof Policy;
type Drafts = Readonly<Record<Key, string>>;

/** The errors of both drafts, and the policy when there are none. */
function readPolicy(drafts: Drafts, edited: Key, money: (n: number) => string, locale?: string): { errors: Partial<Record<Key, string>>; policy: Policy | null } {
  const parse = amountParser(locale);
  const parsed: { mediumExposure?: number; highExposure?: number } = {};
  const errors: Partial<Record<Key, string>> = {};
  for (const key of ['mediumExposure', 'highExposure'] as const) {
    const p = parse(drafts[key]);
    if (!p.ok) errors[key] = p.error;
    else if (p.value !== undefined) parsed[key] = p.value;
  }
  const rules = policyErrors(parsed, edited, money);
  const all = { ...rules, ...errors };
  const ok = !all.mediumExposure && !all.highExposure;
  return { errors: all, policy: ok ? { mediumExposure: parsed.mediumExposure!, highExposure: parsed.highExposure! } : null };
}

export const PolicySection = memo(function PolicySection(): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const medium = useWorkbookValue((w) => policyOf(w).mediumExposure);
  const high = useWorkbookValue((w) => policyOf(w).highExposure);
  const currency = useWorkbookValue((w) => w.currency ?? DEFAULT_CURRENCY);
  const money = useWorkbookValue(moneyFormatOf);
  const locale = useWorkbookValue((w) => w.locale);
  const overview = useDerived(deriveOverview);
  const stored = `${medium}|${high}`;
  const [seen, setSeen] = useState(stored);
  const [drafts, setDrafts] = useState<Drafts>({ mediumExposure: String(medium), highExposure: String(high) });
  const [edited, setEdited] = useState<Key>('mediumExposure');
  if (seen !== stored) {
    // Changed from outside (undo) or just committed: show what is stored, keeping typed text that says the same ("10,000").
    const parse = amountParser(locale);
    const keep = (text: string, v: number) => { const p = parse(text); return p.ok && p.value === v ? text : String(v); };
    setSeen(stored);
    setDrafts({ mediumExposure: keep(drafts.mediumExposure, medium), highExposure: keep(drafts.highExposure, high) });
  }
  const { errors } = readPolicy(drafts, edited, money, locale);

  const change = (key: Key, text: string) => {
    const next = { ...drafts, [key]: text };
    setDrafts(next);
    setEdited(key);
    const { policy } = readPolicy(next, key, money, locale);
    if (policy) execute(setPolicy(policy));
  };

  const departed = overview.departuresWithoutReason;
  return (
    <Section title="Exposure policy" id="exposure-policy" focusKey="/policy"
      description="How much money at stake per decision raises its tier. Changing a threshold re-suggests every tier at once.">
      <div className="policy-grid">
        <NumberInput label="At least medium from" value={drafts.mediumExposure} error={errors.mediumExposure ?? null} suffix={currency}
          focusKey="/policy/mediumExposure" hint={`Now ${money(medium)} per decision.`}
          onChange={(text) => change('mediumExposure', text)} onBlur={seal} />
        <NumberInput label="High from" value={drafts.highExposure} error={errors.highExposure ?? null} suffix={currency}
          focusKey="/policy/highExposure" hint={`Now ${money(high)} per decision.`}
          onChange={(text) => change('highExposure', text)} onBlur={seal} />
        <p className="policy-effect" aria-live="polite">
          {overview.departures === 0
            ? 'Every adopted tier matches its suggestion under this policy.'
            : `${overview.departures} adopted ${overview.departures === 1 ? 'tier departs' : 'tiers depart'} from the suggestion under this policy`
              + (departed ? `; ${departed} without a reason ${departed === 1 ? 'needs' : 'need'} attention.` : ', each with a reason.')}
        </p>
      </div>
    </Section>
  );
});
