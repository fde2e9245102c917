/** Progress while exporting, then the files: save each, or all in one action (one folder or one zip), and a preview of a PDF. */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { docName } from './jobs';
import type { Finished, JobState, Run } from './useExport';

const size = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function JobLine({ job }: { job: JobState }): ReactElement {
  const label = `${docName(job.job.doc)}, ${job.job.format.toUpperCase()}`;
  return (
    <li className="job">
      <span>{label}</span>
      {job.state === 'waiting' && <Badge tone="neutral">Waiting</Badge>}
      {job.state === 'working' && <span className="job-working"><span className="spinner spinner-sm" aria-hidden="true" /> Making…</span>}
      {job.state === 'done' && <Badge tone="good">Ready</Badge>}
      {job.state === 'failed' && <Badge tone="bad">Failed</Badge>}
    </li>
  );
}

interface Props {
  readonly run: Run;
  readonly onSave: (f: Finished) => void;
  readonly onSaveAll: (files: readonly Finished[]) => void;
  /** What the last "Save all" wrote, in words. */
  readonly savedAll?: string | null;
}

export function ExportResults({ run, onSave, onSaveAll, savedAll = null }: Props): ReactElement | null {
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const previewBox = useRef<HTMLDivElement>(null);
  // A preview asked for is brought into view: it opens below the list, often below the window's edge.
  useEffect(() => {
    if (previewUrl !== null) previewBox.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [previewUrl]);
  // When the run starts and when it ends, bring the section into view and move focus to it.
  useEffect(() => {
    if (run.phase === 'idle') return;
    heading.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    if (run.phase !== 'running') heading.current?.focus({ preventScroll: true });
  }, [run.phase]);
  if (run.phase === 'idle') return null;
  const done = run.jobs.filter((j) => j.state === 'done').length;
  const files = run.phase === 'done' ? run.files : [];
  const pdfs = files.filter((f) => f.job.format === 'pdf');
  const preview = pdfs.find((f) => f.url === previewUrl) ?? pdfs[0];
  return (
    <section className="card section" aria-labelledby="export-progress-title">
      <header className="section-header">
        <h2 id="export-progress-title" className="section-title" ref={heading} tabIndex={-1}>
          {run.phase === 'running' ? 'Exporting…' : run.phase === 'failed' ? 'The export failed' : 'Your documents'}
        </h2>
        {run.phase === 'done' && files.length > 1 && <Button variant="primary" icon="download" onClick={() => onSaveAll(files)}>Save all</Button>}
      </header>
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={run.jobs.length} aria-valuenow={done} aria-label="Export progress">
        <div className="progress-bar"><div className="progress-fill" style={{ width: `${(done / Math.max(1, run.jobs.length)) * 100}%` }} /></div>
        <span className="progress-text">{done} of {run.jobs.length}</span>
      </div>
      {run.phase === 'failed' && <p className="notice notice-bad" role="alert">{run.message}</p>}
      {savedAll && <p className="notice notice-info" role="status">{savedAll}</p>}
      {run.phase !== 'done' && <ul className="job-list" aria-live="polite">{run.jobs.map((j, i) => <JobLine key={i} job={j} />)}</ul>}
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((f) => (
            <li key={f.url} className="file-row">
              <div>
                <p className="file-name">{f.fileName}</p>
                <p className="muted small">{docName(f.job.doc)} · {f.job.format.toUpperCase()} · {size(f.bytes.length)}{f.saved ? ' · saved' : ''}</p>
              </div>
              <div className="row-gap">
                {f.job.format === 'pdf' && (
                  <Button size="sm" variant="ghost" aria-pressed={preview?.url === f.url} onClick={() => setPreviewUrl(f.url)}
                    aria-label={`Preview ${f.fileName}`}>Preview</Button>
                )}
                <Button size="sm" icon="download" onClick={() => onSave(f)} aria-label={`Save ${f.fileName}`}>Save</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <div className="preview" ref={previewBox}>
          <h3 className="subheading">Preview: {preview.fileName}</h3>
          <iframe className="preview-frame" title={`Preview of ${preview.fileName}`} src={preview.url} />
        </div>
      )}
    </section>
  );
}
