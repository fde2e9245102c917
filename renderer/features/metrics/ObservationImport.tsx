/**
 * Many observations at once: paste two columns (date, value) from a spreadsheet, or import a
 * CSV file (`date,value[,note]`), both read by shared/logic's one parser in the workbook's
 * locale (dates in its order, numbers in its decimal style, ISO dates always; a header row of
 * any words). A paste imports its good rows and lists the bad ones by line, which stay in the
 * box to be fixed; a file is all or nothing (parseObservations): when any row is bad, each bad
 * row is reported by its line and nothing is imported.
 */
import { useRef, useState, type ReactElement } from 'react';
import { parseObservations, readObservations, type ImportError } from '../../../shared/logic';
import { DEFAULT_LOCALE, type Observation } from '../../../shared/model';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { importObservations } from '../../state/commands';
import { useExecute, useWorkbookValue } from '../../state/hooks';
import { useEditor } from '../../state/editor/context';

type Outcome = { readonly source: string; readonly errors: readonly ImportError[]; readonly imported: number } | null;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The lines of `text` that were not imported, so they can be fixed where they are and added again. */
function badLines(text: string, errors: readonly ImportError[]): string {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  return errors.map((e) => lines[e.line - 1] ?? '').join('\n');
}

export function ObservationImport({ metricId, metricName }: { metricId: string; metricName: string }): ReactElement {
  const editor = useEditor();
  const execute = useExecute();
  const locale = useWorkbookValue((w) => w.locale ?? DEFAULT_LOCALE);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const file = useRef<HTMLInputElement>(null);

  const imported = (rows: readonly Observation[], from: string, headerLine?: number) => {
    execute(importObservations(metricId, rows, from));
    const header = headerLine === undefined ? '' : ` (line ${headerLine} was read as a header)`;
    editor.notify({ tone: 'success', message: `Imported ${plural(rows.length, 'observation')} into ${metricName}${header}.`, action: { label: 'Undo', run: editor.undo } });
  };

  const importFile = (text: string, source: string) => {
    const parsed = parseObservations(text, { locale });
    if (!parsed.ok) { setOutcome({ source, errors: parsed.errors, imported: 0 }); return; }
    setOutcome(null);
    imported(parsed.observations, source);
  };

  const importPaste = () => {
    const rows = readObservations(pasted, { locale });
    if (rows.observations.length > 0) imported(rows.observations, 'the pasted rows', rows.headerLine);
    if (rows.errors.length === 0) {
      setOutcome(null);
      setPasted('');
      setPasting(false);
      return;
    }
    setOutcome({ source: 'the pasted rows', errors: rows.errors, imported: rows.observations.length });
    // Only the lines still to fix stay in the box (what was typed is never lost).
    if (rows.observations.length > 0) setPasted(badLines(pasted, rows.errors));
  };

  const onFile = async (files: FileList | null) => {
    const picked = files?.[0];
    if (!picked) return;
    importFile(await picked.text(), picked.name);
    if (file.current) file.current.value = ''; // the same file may be picked again after a fix
  };

  return (
    <div className="observation-import">
      <div className="row-gap">
        <Button icon="plus" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>Paste from a spreadsheet</Button>
        <Button icon="file" onClick={() => file.current?.click()}>Import CSV…</Button>
        <input ref={file} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" className="visually-hidden" tabIndex={-1}
          aria-label={`CSV file of observations for ${metricName}`} onChange={(e) => void onFile(e.target.files)} />
      </div>
      {pasting && (
        <div className="paste-box">
          <TextArea label="Dates and values, one per line" rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)}
            hint={`Copy two columns from a spreadsheet (date, then value) and paste them here; a header row and a note in a third column are fine. Dates as ${locale} writes them or YYYY-MM-DD.`}
            placeholder={'2026-11-16\t5.8\n2026-11-23\t5.1'} />
          <div className="row-gap">
            <Button variant="primary" disabled={pasted.trim() === ''} onClick={importPaste}>Add pasted observations</Button>
            <Button onClick={() => { setPasting(false); setOutcome(null); }}>Cancel</Button>
          </div>
        </div>
      )}
      {outcome && (
        <div className="notice notice-bad import-errors" role="alert">
          <Icon name="alert" />
          <div>
            <p>
              <strong>{outcome.imported > 0
                ? `Imported ${plural(outcome.imported, 'observation')}; ${plural(outcome.errors.length, 'line')} of ${outcome.source} not imported.`
                : `Nothing was imported from ${outcome.source}.`}</strong>
              {' '}Fix {outcome.errors.length === 1 ? 'this line' : 'these lines'} and try again:
            </p>
            <ul>
              {outcome.errors.map((e) => <li key={e.line}>Line {e.line}: {e.message}</li>)}
            </ul>
          </div>
          <Button size="sm" variant="ghost" onClick={() => setOutcome(null)}>Dismiss</Button>
        </div>
      )}
    </div>
  );
}
