// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingGlyphsNotice } from '../../../../../renderer/features/export/MissingGlyphs';
import type { Finished, Run } from '../../../../../renderer/features/export/useExport';

afterEach(cleanup);

const file = (doc: Finished['job']['doc'], format: Finished['job']['format'], missing: Finished['missingGlyphs']): Finished => ({
  job: { doc, format }, fileName: `x-${doc}.${format}`, mimeType: 'application/pdf', bytes: new Uint8Array(), missingGlyphs: missing, url: `blob:${doc}${format}`, saved: false,
});

describe('the notice of characters no font has', () => {
  it('lists each affected text once, with its characters and the documents it is in', () => {
    const odd = { text: 'Rechnungs\uE000prüfung', characters: ['\uE000'] };
    const run: Run = {
      phase: 'done', jobs: [],
      files: [file('governance', 'pdf', [odd]), file('governance', 'docx', [odd]), file('roadmap', 'pdf', [])],
    };
    render(<MissingGlyphsNotice run={run} />);
    const notice = screen.getByRole('region', { name: 'Some characters have no font in the documents' });
    const items = within(notice).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('Rechnungs\uE000prüfung');
    expect(items[0]!.textContent).toContain('U+E000');
    expect(items[0]!.textContent).toContain('Governance model (PDF), Governance model (DOCX)');
  });

  it('says nothing when every character has a font, or before the export is done', () => {
    const { container } = render(<MissingGlyphsNotice run={{ phase: 'done', jobs: [], files: [file('report', 'pdf', [])] }} />);
    expect(container.textContent).toBe('');
    render(<MissingGlyphsNotice run={{ phase: 'running', jobs: [] }} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
