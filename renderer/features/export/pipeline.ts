/**
 * The export pipeline as the renderer runs it: one job (document × format) at a time, in a Web
 * Worker where the platform allows one, else on the main thread. The exporters are loaded only
 * here, with dynamic import(), so the app's first screen never pays for docx and jsPDF.
 */
import type { ExportedDocument } from '../../../shared/export';
import type { PageSize } from '../../../shared/report/types';
import type { Problem, Workbook } from '../../../shared/model';
import { serializeWorkbook } from '../../../shared/format';
import { sha256Hex } from '../../../shared/logic';
import { CONTROLS } from './assets';
import { fontProvider } from './fonts';
import type { ExportJob } from './jobs';
import type { PortableExportRequest, WorkerRequest, WorkerResponse } from './protocol';

export interface ExportResult extends ExportedDocument { readonly job: ExportJob }

export interface RunOptions {
  readonly page: PageSize;
  readonly now: Date;
  /** The documents' date, YYYY-MM-DD, in the facilitator's time zone. */
  readonly today: string;
  /** Called before each job starts and when it is done. */
  readonly onProgress?: (index: number, state: 'working' | 'done' | 'failed', message?: string) => void;
  /** Tests and hosts without workers: run on the main thread. */
  readonly useWorker?: boolean;
}

type Runner = (workbook: Workbook, problems: readonly Problem[], request: PortableExportRequest) => Promise<ExportedDocument>;

async function mainThreadRunner(): Promise<Runner> {
  const { exportDocument } = await import('../../../shared/export');
  return (workbook, problems, request) => exportDocument(workbook, problems, { ...request, fonts: fontProvider });
}

/** A runner over one worker; rejects with `WorkerUnavailable` when the worker itself breaks. */
class WorkerUnavailable extends Error {}

function workerRunner(): { run: Runner; close: () => void } | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'sprintbook-export' });
  } catch {
    return null; // a CSP without worker-src, say
  }
  let next = 0;
  const run: Runner = (workbook, problems, request) => new Promise((resolve, reject) => {
    const id = ++next;
    const onMessage = ({ data }: MessageEvent<WorkerResponse>) => {
      if (data.id !== id) return;
      cleanup();
      if (data.ok) resolve(data.document);
      else reject(new Error(data.message));
    };
    const onError = (e: ErrorEvent) => {
      cleanup();
      e.preventDefault();
      reject(new WorkerUnavailable(e.message || 'The export worker could not start.'));
    };
    const cleanup = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    const message: WorkerRequest = { id, workbook, problems, request };
    worker.postMessage(message);
  });
  return { run, close: () => worker.terminate() };
}

export async function runExport(workbook: Workbook, problems: readonly Problem[], jobs: readonly ExportJob[], options: RunOptions): Promise<ExportResult[]> {
  // Every document carries the workbook's fingerprint (SHA-256 of its canonical text), as from the CLI.
  const fingerprint = await sha256Hex(serializeWorkbook(workbook));
  const worker = options.useWorker === false ? null : workerRunner();
  let run: Runner = worker?.run ?? (await mainThreadRunner());
  const results: ExportResult[] = [];
  try {
    for (const [index, job] of jobs.entries()) {
      options.onProgress?.(index, 'working');
      const request: PortableExportRequest = {
        doc: job.doc, format: job.format, now: options.now, today: options.today, page: options.page, controls: CONTROLS, fingerprint,
      };
      let document: ExportedDocument;
      try {
        document = await run(workbook, problems, request);
      } catch (e) {
        if (!(e instanceof WorkerUnavailable)) {
          options.onProgress?.(index, 'failed', e instanceof Error ? e.message : String(e));
          throw e;
        }
        // The worker could not run here: the same exporters, on the main thread.
        run = await mainThreadRunner();
        document = await run(workbook, problems, request);
      }
      results.push({ ...document, job });
      options.onProgress?.(index, 'done');
    }
  } finally {
    worker?.close();
  }
  return results;
}
