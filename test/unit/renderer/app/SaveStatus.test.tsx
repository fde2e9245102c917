// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '../../../../renderer/app/SaveStatus';
import { workingCopyNotices } from '../../../../renderer/db/notices';
import { setServices } from '../../../../renderer/db/services';
import { fakeDb } from '../db/fakeDb';
import { fakeHost } from '../fakeHost';
import { openInFreshStore, state } from '../helpers';

const flush = vi.fn(async () => undefined);

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  openInFreshStore();
  setServices({ db: fakeDb(), host: fakeHost(), autosave: { flush, dispose: () => undefined } });
  workingCopyNotices.setState({ stale: null, elsewhere: null });
});
afterEach(() => {
  cleanup();
  setServices(null);
});

const stale = (keptAt: number | null) => act(() => {
  workingCopyNotices.setState({ stale: { sessionId: state().session!.id, workbookId: state().workbook!.id, keptAt } });
});

describe('the save status when another tab or window changed the workbook', () => {
  it('says so in the top bar and at once in a dialog, with the ways forward', () => {
    render(<SaveStatus />);
    stale(null);
    expect(screen.getByRole('alert').textContent).toContain('Not saved: changed elsewhere');
    const dialog = screen.getByRole('alertdialog', { name: 'Changed in another tab or window' });
    expect(dialog.textContent).toContain('This tab has no changes of its own since then, so reloading loses nothing.');
    expect(within(dialog).getByRole('button', { name: 'Reload the newer version' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Keep my version as a new workbook' })).toBeTruthy();
  });

  it('says where this tab\'s own changes are once they were kept, and opens again from the status', () => {
    render(<SaveStatus />);
    stale(Date.parse('2026-11-02T09:41:00Z'));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'What now?' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Your changes in this tab are kept in History as “Not saved: changed in another tab or window”/);
  });

  it('says nothing of a stale session that is no longer the open one', () => {
    render(<SaveStatus />);
    act(() => workingCopyNotices.setState({ stale: { sessionId: -1, workbookId: 'wb-old', keptAt: null } }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('says up front how many tabs have the workbook open', () => {
    render(<SaveStatus />);
    act(() => workingCopyNotices.setState({ elsewhere: { workbookId: state().workbook!.id, tabs: 2 } }));
    const also = screen.getAllByRole('status').find((el) => el.classList.contains('save-warn'))!;
    expect(also.textContent).toMatch(/^Open in 3 tabs/);
    expect(also.textContent).toContain('Also open in 2 other tabs or windows.');
  });
});
