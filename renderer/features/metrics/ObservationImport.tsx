/**
 * Many observations at once: paste two columns (date, value) from a spreadsheet, or import a
 * CSV file (`date,value[,note]`). All or nothing (parseObservations): when any row is bad,
 * each bad row is reported by its line and nothing is imported.
 */
import { useRef, useState, type ReactElement } from 'react';
import { parseObservations, type ImportError } from '../../../shared/logic';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { importObservations } from '../../state/commands';
import { useExecute } from '../../state/hooks';
import { useEditor } from '../../state/editor/context';

type Outcome = { readonly source: string; readonly errors: readonly ImportError[] } | null;

export function ObservationImport({ metricId, metricName }: { metricId: string; metricName: string }): ReactElement {
  const editor = useEditor();
  const execute = useExecute();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const file = useRef<HTMLInputElement>(null);

  const run = (text: string, source: string): boolean => {
    const parsed = parseObservations(text);
    if (!parsed.ok) {
      setOutcome({ source, errors: parsed.errors });
      return false;
    }
    setOutcome(null);
    execute(importObservations(metricId, parsed.observations, source));
    const n = parsed.observations.length;
    editor.notify({
      tone: 'success', message: `Imported ${n} observation${n === 1 ? '' : 's'} into ${metricName}.`,
      action: { label: 'Undo', run: editor.undo },
    });
    return true;
  };

  const onFile = async (files: FileList | null) => {
    const picked = files?.[0];
    if (!picked) return;
    const text = await picked.text();
    run(text, picked.name);
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
            hint="Copy two columns from a spreadsheet (date, then value) and paste them here; a note may follow in a third column."
            placeholder={'2026-11-16\t5.8\n2026-11-23\t5.1'} />
          <div className="row-gap">
            <Button variant="primary" disabled={pasted.trim() === ''}
              onClick={() => { if (run(pasted, 'the pasted rows')) { setPasted(''); setPasting(false); } }}>Add pasted observations</Button>
            <Button onClick={() => { setPasting(false); setOutcome(null); }}>Cancel</Button>
          </div>
        </div>
      )}
      {outcome && (
        <div className="notice notice-bad import-errors" role="alert">
          <Icon name="alert" />
          <div>
            <p><strong>Nothing was imported from {outcome.source}.</strong> Fix {outcome.errors.length === 1 ? 'this line' : 'these lines'} and try again:</p>
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
