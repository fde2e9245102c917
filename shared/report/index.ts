/**
 * `workbook → report`: what each document says, format-neutral. `shared/export` renders it as
 * DOCX or PDF. Deterministic: the date comes in as `today`, never from the clock.
 */
import type { Problem, Workbook } from '../model';
import { createContext, type ControlInfo } from './context';
import { DOC_TITLE, documentBlocks, documentCover } from './documents';
import { defaultPageSize } from './locale';
import { fingerprintKeyword } from './fingerprint';
import { isFingerprint } from '../logic';
import type { DocKind, PageSize, Report } from './types';

export type { ControlInfo } from './context';
/** The model types a renderer needs to name its inputs, so shared/export depends on the report alone. */
export type { Problem, Workbook } from '../model';
export * from './types';
export { DOC_TITLE } from './documents';
export { defaultPageSize, formatterFor } from './locale';
export { FINGERPRINT_KEYWORD_PREFIX, fingerprintKeyword, fingerprintInKeywords } from './fingerprint';

export const DOC_KINDS: readonly DocKind[] = ['governance', 'scorecard', 'roadmap', 'report'];

export interface ReportOptions {
  readonly doc: DocKind;
  /** The document's date, YYYY-MM-DD. */
  readonly today: string;
  /** A4 or US Letter; by default from the workbook's locale. */
  readonly page?: PageSize;
  /** Names of the control catalog (templates/controls.json); ids are humanized without it. */
  readonly controls?: readonly ControlInfo[];
  /**
   * The workbook's fingerprint: SHA-256 of its canonical text (`serializeWorkbook`, UTF-8), in
   * hex (`sha256Hex` in shared/logic). Page 1 shows it short; the renderers store it whole.
   */
  readonly fingerprint?: string;
}

export function buildReport(w: Workbook, problems: readonly Problem[], options: ReportOptions): Report {
  const fingerprint = options.fingerprint !== undefined && isFingerprint(options.fingerprint) ? options.fingerprint : undefined;
  if (options.fingerprint !== undefined && fingerprint === undefined) {
    throw new Error(`A report's fingerprint is 64 lowercase hex digits (a SHA-256), not "${options.fingerprint}".`);
  }
  const ctx = createContext(w, problems, options.today, options.controls ?? [], fingerprint);
  return {
    kind: options.doc,
    runningHeader: w.title,
    title: `${DOC_TITLE[options.doc]}: ${w.title}`,
    locale: ctx.fmt.locale,
    page: options.page ?? defaultPageSize(w.locale),
    cover: documentCover(options.doc, ctx),
    blocks: documentBlocks(options.doc, ctx),
    pageLabel: { before: 'Page ', middle: ' of ' },
    ...(fingerprint ? { fingerprint: { sha256: fingerprint, keyword: fingerprintKeyword(fingerprint) } } : {}),
  };
}

/**
 * `<title-slug>-<doc>.<ext>`: letters and digits of any script survive (a Greek title stays
 * Greek), everything a file system might refuse becomes a hyphen.
 */
export function exportFileName(w: Pick<Workbook, 'title'>, doc: DocKind, ext: 'docx' | 'pdf'): string {
  const slug = [...w.title.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')]
    .slice(0, 60).join('').replace(/-+$/, '') || 'workbook';
  return `${slug}-${doc}.${ext}`;
}
