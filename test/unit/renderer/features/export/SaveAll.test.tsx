// @vitest-environment jsdom
/** "Save all" writes every document in one host call and says what it wrote; a preview asked for scrolls into view. */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setServices } from '../../../../../renderer/db/services';
import { ExportResults } from '../../../../../renderer/features/export/ExportResults';
import { savedMessage, useExport, type Finished, type Run } from '../../../../../renderer/features/export/useExport';
import { fakeHost, type FakeHost } from '../../fakeHost';
import { openInFreshStore, template } from '../../helpers';
import { render } from '../../render';

const file = (fileName: string, format: 'pdf' | 'docx', url: string): Finished => ({
  job: { doc: 'governance', format }, fileName, mimeType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bytes: new Uint8Array([1]), missingGlyphs: [], url, saved: false,
});
const FILES = [file('Governance.pdf', 'pdf', 'blob:1'), file('Governance.docx', 'docx', 'blob:2'), file('Roadmap.pdf', 'pdf', 'blob:3')];
const done: Run = { phase: 'done', jobs: [], files: FILES };

describe('Save all', () => {
  let host: FakeHost;
  beforeEach(() => {
    host = fakeHost();
    setServices({ host });
    openInFreshStore(template('support-triage'));
  });
  afterEach(() => {
    cleanup();
    setServices(null);
    vi.restoreAllMocks();
  });

  it('hands every document to the host in one call and lists what was written', async () => {
    const calls = vi.spyOn(host, 'saveExports');
    function Harness(): ReactElement {
      const { saveAll, lastSaveAll } = useExport();
      const [run] = useState<Run>(done);
      return <ExportResults run={run} onSave={() => undefined} onSaveAll={(f) => void saveAll(f)} savedAll={lastSaveAll?.message ?? null} />;
    }
    render(<Harness />);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Save all' })); });
    expect(calls).toHaveBeenCalledTimes(1);
    expect(calls.mock.calls[0]![1].map((f) => f.name)).toEqual(['Governance.pdf', 'Governance.docx', 'Roadmap.pdf']);
    expect(host.saved.map((s) => s.name)).toEqual(['Governance.pdf', 'Governance.docx', 'Roadmap.pdf']);
    expect(screen.getByRole('status').textContent).toBe(`Saved 3 documents in ${calls.mock.calls[0]![0]}.zip: Governance.pdf, Governance.docx, Roadmap.pdf.`);
  });

  it('says a folder by its name and a zip by its file name', () => {
    expect(savedMessage({ place: 'Read-out', kind: 'folder', written: ['a.pdf'] })).toBe('Saved 1 document in the folder “Read-out”: a.pdf.');
    expect(savedMessage({ place: 'x.zip', kind: 'zip', written: ['a.pdf', 'b.docx'] })).toBe('Saved 2 documents in x.zip: a.pdf, b.docx.');
  });

  it('brings a preview into view when one is asked for', () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) { scrolled.push(this); });
    render(<ExportResults run={done} onSave={() => undefined} onSaveAll={() => undefined} />);
    scrolled.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Preview Roadmap.pdf' }));
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]!.classList.contains('preview')).toBe(true);
    expect(screen.getByTitle('Preview of Roadmap.pdf')).toBeTruthy();
  });
});
