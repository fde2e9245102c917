/**
 * The export screen's state: settings, the run's progress job by job, the finished documents
 * (with a blob URL for the PDF preview), and saving them through the host.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedExports } from '../../../shared/host';
import { services } from '../../db/services';
import { recordExport } from '../../state/commands';
import { deriveProblems } from '../../state/selectors';
import { useEditor } from '../../state/editor/context';
import { docName, jobsOf, type ExportJob, type ExportSettings } from './jobs';
import { runExport, type ExportResult } from './pipeline';

export type JobState = { readonly job: ExportJob; readonly state: 'waiting' | 'working' | 'done' | 'failed'; readonly message?: string };

export interface Finished extends ExportResult {
  readonly url: string;
  readonly saved: boolean;
}

export type Run =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly jobs: readonly JobState[] }
  | { readonly phase: 'done'; readonly jobs: readonly JobState[]; readonly files: readonly Finished[] }
  | { readonly phase: 'failed'; readonly jobs: readonly JobState[]; readonly message: string };

export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function useExport() {
  const editor = useEditor();
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const [lastSaveAll, setLastSaveAll] = useState<SaveAllResult | null>(null);
  const urls = useRef<string[]>([]);
  const revoke = () => {
    urls.current.forEach((u) => URL.revokeObjectURL(u));
    urls.current = [];
  };
  useEffect(() => revoke, []);

  const start = useCallback(async (settings: ExportSettings) => {
    const w = editor.workbook;
    revoke();
    const jobs = jobsOf(settings);
    let states: JobState[] = jobs.map((job) => ({ job, state: 'waiting' }));
    setRun({ phase: 'running', jobs: states });
    setLastSaveAll(null);
    const now = new Date();
    try {
      const results = await runExport(w, deriveProblems(w), jobs, {
        page: settings.page, now, today: localDay(now),
        onProgress: (i, state, message) => {
          states = states.map((s, j) => (j === i ? { ...s, state, ...(message ? { message } : {}) } : s));
          setRun({ phase: 'running', jobs: states });
        },
      });
      const files = results.map((r) => {
        const url = URL.createObjectURL(new Blob([r.bytes as Uint8Array<ArrayBuffer>], { type: r.mimeType }));
        urls.current.push(url);
        return { ...r, url, saved: false };
      });
      setRun({ phase: 'done', jobs: states, files });
      // The audit trail records that the read-out documents exist (agenda day 10); never undone.
      editor.execute(recordExport(describe(jobs)));
    } catch (e) {
      setRun({ phase: 'failed', jobs: states, message: e instanceof Error ? e.message : String(e) });
    }
  }, [editor]);

  const save = useCallback(async (file: Finished): Promise<boolean> => {
    const result = await services().host.saveExport(file.fileName, file.mimeType, file.bytes);
    if (!result.ok) {
      if (result.error.code !== 'cancelled') editor.notify({ tone: 'error', message: `${file.fileName} was not saved: ${result.error.message}` });
      return false;
    }
    setRun((r) => (r.phase === 'done' ? { ...r, files: r.files.map((f) => (f.url === file.url ? { ...f, saved: true } : f)) } : r));
    return true;
  }, [editor]);

  /** Every document in one action: one folder picker (Electron) or one zip (browser), and a message naming each file written. */
  const saveAll = useCallback(async (files: readonly Finished[]): Promise<SaveAllResult | null> => {
    const title = editor.workbook.title.trim() || 'Sprintbook';
    const result = await services().host.saveExports(`${title} documents`, files.map((f) => ({ name: f.fileName, mimeType: f.mimeType, bytes: f.bytes })));
    if (!result.ok) {
      if (result.error.code !== 'cancelled') editor.notify({ tone: 'error', message: `The documents were not saved: ${result.error.message}` });
      return null;
    }
    const urls = new Set(files.map((f) => f.url));
    setRun((r) => (r.phase === 'done' ? { ...r, files: r.files.map((f) => (urls.has(f.url) ? { ...f, saved: true } : f)) } : r));
    const saved = { ...result.value, message: savedMessage(result.value) };
    setLastSaveAll(saved);
    editor.notify({ tone: 'success', message: saved.message });
    return saved;
  }, [editor]);

  return { run, start, save, saveAll, lastSaveAll };
}

export interface SaveAllResult extends SavedExports {
  /** "Saved 8 documents in the folder “Read-out”: …", shown under the list and as a toast. */
  readonly message: string;
}

export function savedMessage(s: SavedExports): string {
  const n = s.written.length;
  const where = s.kind === 'folder' ? `in the folder “${s.place}”` : `in ${s.place}`;
  return `Saved ${n} ${n === 1 ? 'document' : 'documents'} ${where}: ${s.written.join(', ')}.`;
}

/** "Governance model (PDF, DOCX)" per document. */
function describe(jobs: readonly ExportJob[]): string[] {
  const byDoc = new Map<string, string[]>();
  for (const j of jobs) byDoc.set(j.doc, [...(byDoc.get(j.doc) ?? []), j.format.toUpperCase()]);
  return [...byDoc].map(([doc, formats]) => `${docName(doc as ExportJob['doc'])} (${formats.join(', ')})`);
}
