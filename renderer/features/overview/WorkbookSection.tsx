/** The workbook's own facts: title, organization, locale and currency for exports, sprint start, facilitator. */
import { useId, type ReactElement } from 'react';
import { DEFAULT_CURRENCY, DEFAULT_LOCALE } from '../../../shared/model';
import { TextField } from '../../components/Field';
import { PersonSelect } from '../../components/PersonSelect';
import { Section } from '../../components/Section';
import { useDateDraft } from '../../hooks/useDateDraft';
import { setCurrency, setFacilitator, setLocale, setOrganization, setStartDate, setTitle } from '../../state/commands';
import { useExecute, usePersonChoice, useSealHistory, useWorkbookValue } from '../../state/hooks';
import { COMMON_CURRENCIES, COMMON_LOCALES, currencyName, localeName } from './options';
import { useDraft } from './useDraft';
import { currencyError, localeError, titleError } from '../../fields/validation';

export function WorkbookSection(): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const title = useWorkbookValue((w) => w.title);
  const organization = useWorkbookValue((w) => w.organization ?? '');
  const locale = useWorkbookValue((w) => w.locale ?? '');
  const currency = useWorkbookValue((w) => w.currency ?? '');
  const startDate = useWorkbookValue((w) => w.sprint.startDate ?? '');
  const facilitatorId = useWorkbookValue((w) => w.sprint.facilitatorId ?? '');
  const facilitator = usePersonChoice(setFacilitator);
  const people = facilitator.people;
  const localesId = useId();
  const currenciesId = useId();

  const titleDraft = useDraft(title, titleError, (v) => execute(setTitle(v)));
  const localeDraft = useDraft(locale, localeError, (v) => execute(setLocale(v)));
  const currencyDraft = useDraft(currency, currencyError, (v) => execute(setCurrency(v)));
  const start = useDateDraft(startDate || undefined, (v) => execute(setStartDate(v ?? '')));
  const facilitatorKnown = facilitatorId === '' || people.some((p) => p.id === facilitatorId);

  return (
    <Section title="Workbook" id="workbook" description="What the documents are called, who they are for, and how they write dates and money.">
      <div className="form-grid">
        <TextField label="Title" className="span-2" value={titleDraft.draft} error={titleDraft.error} maxLength={200}
          onChange={(e) => titleDraft.onChange(e.target.value)} onBlur={seal} focusKey="/title" />
        <TextField label="Organization" value={organization} placeholder="Who the sprint is for"
          onChange={(e) => execute(setOrganization(e.target.value))} onBlur={seal} focusKey="/organization" />
        <PersonSelect label="Facilitator" value={facilitatorId} focusKey="/sprint/facilitatorId" noneLabel="Not set" {...facilitator}
          hint={people.length === 0 ? 'No people yet: choose “Add a new person…” in the list.' : undefined}
          error={facilitatorKnown ? null : `The facilitator “${facilitatorId}” is not among the people.`} />
        <TextField label="Locale" value={localeDraft.draft} error={localeDraft.error} list={localesId} placeholder={DEFAULT_LOCALE}
          spellCheck={false} autoComplete="off" focusKey="/locale" onChange={(e) => localeDraft.onChange(e.target.value.trim())} onBlur={seal}
          hint={locale ? `${localeName(locale)}: exports write dates and numbers this way.` : `Not set: exports use ${DEFAULT_LOCALE}.`} />
        <datalist id={localesId}>
          {COMMON_LOCALES.map((l) => <option key={l} value={l}>{localeName(l)}</option>)}
        </datalist>
        <TextField label="Currency" value={currencyDraft.draft} error={currencyDraft.error} list={currenciesId} placeholder={DEFAULT_CURRENCY}
          spellCheck={false} autoComplete="off" maxLength={3} focusKey="/currency"
          onChange={(e) => currencyDraft.onChange(e.target.value.toUpperCase().trim())} onBlur={seal}
          hint={currency ? currencyName(currency) : `Not set: ${DEFAULT_CURRENCY}.`} />
        <datalist id={currenciesId}>
          {COMMON_CURRENCIES.map((c) => <option key={c} value={c}>{currencyName(c)}</option>)}
        </datalist>
        <TextField label="Sprint starts on" type="date" value={start.value} error={start.error} focusKey="/sprint/startDate"
          onChange={start.onChange} onFocus={start.onFocus}
          onBlur={(e) => {
            start.onBlur(e);
            seal();
          }}
          hint="Day 1 of the ten. The roadmap’s week 0 begins two weeks later." />
      </div>
    </Section>
  );
}
