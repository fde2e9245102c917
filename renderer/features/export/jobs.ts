/** What can be exported, in words for the export screen. */
import type { ExportFormat } from '../../../shared/export';
import type { DocKind, PageSize } from '../../../shared/report/types';

export interface ExportJob { readonly doc: DocKind; readonly format: ExportFormat }

export interface ExportSettings {
  readonly docs: readonly DocKind[];
  readonly formats: readonly ExportFormat[];
  readonly page: PageSize;
}

export const DOCUMENTS: readonly { readonly doc: DocKind; readonly name: string; readonly description: string }[] = [
  { doc: 'governance', name: 'Governance model', description: 'The workflow map, every decision with its risk tier and controls, who overrides and who is escalated to.' },
  { doc: 'scorecard', name: 'KPI scorecard', description: 'Baselines, targets, kill criteria and the latest measurements, with a status for each metric.' },
  { doc: 'roadmap', name: 'Sequenced roadmap', description: 'Phases, dependencies and go/no-go gates, with dates from the sprint start.' },
  { doc: 'report', name: 'Sprint report', description: 'All of it in one document, with readiness and a table of contents.' },
];

export const FORMATS: readonly { readonly format: ExportFormat; readonly name: string; readonly description: string }[] = [
  { format: 'pdf', name: 'PDF', description: 'To send and print; looks the same everywhere.' },
  { format: 'docx', name: 'Word (DOCX)', description: 'To edit further in Word, LibreOffice or Google Docs.' },
];

export const docName = (doc: DocKind) => DOCUMENTS.find((d) => d.doc === doc)?.name ?? doc;

export function jobsOf(settings: ExportSettings): ExportJob[] {
  // Sidebar order of documents, PDF before DOCX: the preview can show the first PDF early.
  return DOCUMENTS.filter((d) => settings.docs.includes(d.doc))
    .flatMap((d) => FORMATS.filter((f) => settings.formats.includes(f.format)).map((f) => ({ doc: d.doc, format: f.format })));
}
