/**
 * The kinds of file saveExport writes, by MIME type: the extension the file must end in and the
 * name of the save dialog's filter. A MIME type not listed here is refused, so the renderer
 * cannot use "save an export" to write, say, a `.sh` or `.exe` next to the user's documents.
 */
export interface ExportFormat {
  readonly extension: string;
  readonly filterName: string;
}

const FORMATS: Readonly<Record<string, ExportFormat>> = {
  'application/pdf': { extension: '.pdf', filterName: 'PDF document' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: '.docx', filterName: 'Word document' },
  'application/zip': { extension: '.zip', filterName: 'ZIP archive' },
  'application/json': { extension: '.json', filterName: 'JSON' },
  'text/csv': { extension: '.csv', filterName: 'CSV' },
  'text/markdown': { extension: '.md', filterName: 'Markdown' },
  'text/plain': { extension: '.txt', filterName: 'Text' },
  'image/png': { extension: '.png', filterName: 'PNG image' },
  'image/svg+xml': { extension: '.svg', filterName: 'SVG image' },
};

/** The format for `mimeType` (parameters such as `; charset=utf-8` ignored), or null. */
export function exportFormatOf(mimeType: string): ExportFormat | null {
  const essence = mimeType.split(';')[0]!.trim().toLowerCase();
  return FORMATS[essence] ?? null;
}
