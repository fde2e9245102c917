import { describe, expect, it, vi } from 'vitest';
import { jobsOf } from '../../../../renderer/features/export/jobs';
import { runExport } from '../../../../renderer/features/export/pipeline';
import { template } from '../helpers';

// The fonts are files of the build, fetched in the app; here they are read as the command line reads them.
vi.mock('../../../../renderer/features/export/fonts', async () => {
  const { nodeFontProvider } = await import('../../../../electron/node/fonts');
  const { templatesDir } = await import('../../../../electron/node/templates');
  return { fontProvider: nodeFontProvider(templatesDir()) };
});

describe('the export jobs', () => {
  it('are every chosen document in every chosen format, documents in sidebar order', () => {
    expect(jobsOf({ docs: ['report', 'governance'], formats: ['docx', 'pdf'], page: 'a4' })).toEqual([
      { doc: 'governance', format: 'pdf' }, { doc: 'governance', format: 'docx' },
      { doc: 'report', format: 'pdf' }, { doc: 'report', format: 'docx' },
    ]);
  });
});

describe('the export pipeline', () => {
  it('makes a PDF and a DOCX of a document, reporting progress job by job', async () => {
    const progress: string[] = [];
    const results = await runExport(template('support-triage'), [], jobsOf({ docs: ['scorecard'], formats: ['pdf', 'docx'], page: 'a4' }), {
      page: 'a4', now: new Date('2026-11-13T12:00:00Z'), today: '2026-11-13', useWorker: false,
      onProgress: (i, state) => progress.push(`${i}:${state}`),
    });
    expect(progress).toEqual(['0:working', '0:done', '1:working', '1:done']);
    const [pdf, docx] = results;
    expect(new TextDecoder().decode(pdf!.bytes.slice(0, 5))).toBe('%PDF-');
    expect(pdf!.fileName).toMatch(/-scorecard\.pdf$/);
    expect([docx!.bytes[0], docx!.bytes[1]]).toEqual([0x50, 0x4b]); // a zip: PK
    expect(docx!.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  }, 60_000);
});
