/** The export form: which documents, which formats, which page size. */
import type { FormEvent, ReactElement } from 'react';
import type { ExportFormat } from '../../../shared/export';
import type { DocKind, PageSize } from '../../../shared/report/types';
import { Button } from '../../components/Button';
import { DOCUMENTS, FORMATS, type ExportSettings } from './jobs';

interface Props {
  readonly settings: ExportSettings;
  readonly onChange: (settings: ExportSettings) => void;
  readonly onExport: () => void;
  readonly busy: boolean;
  readonly localeDefault: PageSize;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

export function ExportOptions({ settings, onChange, onExport, busy, localeDefault }: Props): ReactElement {
  const count = settings.docs.length * settings.formats.length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (count > 0 && !busy) onExport();
  };
  return (
    <form className="card section export-form" onSubmit={submit} aria-label="Export settings">
      <fieldset className="choice-group">
        <legend className="field-label">Documents</legend>
        {DOCUMENTS.map((d) => (
          <label key={d.doc} className="choice">
            <input type="checkbox" checked={settings.docs.includes(d.doc)} disabled={busy}
              onChange={(e) => onChange({ ...settings, docs: toggle<DocKind>(settings.docs, d.doc, e.target.checked) })} />
            <span><span className="choice-name">{d.name}</span><span className="choice-description">{d.description}</span></span>
          </label>
        ))}
      </fieldset>
      <div className="export-side">
        <fieldset className="choice-group">
          <legend className="field-label">Formats</legend>
          {FORMATS.map((f) => (
            <label key={f.format} className="choice">
              <input type="checkbox" checked={settings.formats.includes(f.format)} disabled={busy}
                onChange={(e) => onChange({ ...settings, formats: toggle<ExportFormat>(settings.formats, f.format, e.target.checked) })} />
              <span><span className="choice-name">{f.name}</span><span className="choice-description">{f.description}</span></span>
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field-label">Page size</legend>
          {(['a4', 'letter'] as const).map((p) => (
            <label key={p} className="choice choice-inline">
              <input type="radio" name="page-size" value={p} checked={settings.page === p} disabled={busy}
                onChange={() => onChange({ ...settings, page: p })} />
              <span className="choice-name">{p === 'a4' ? 'A4' : 'US Letter'}{p === localeDefault && <span className="muted"> (the locale’s)</span>}</span>
            </label>
          ))}
        </fieldset>
        <Button variant="primary" type="submit" icon="export" disabled={count === 0 || busy} className="export-go">
          {busy ? 'Exporting…' : count === 0 ? 'Choose a document and a format' : `Export ${count} ${count === 1 ? 'file' : 'files'}`}
        </Button>
      </div>
    </form>
  );
}
