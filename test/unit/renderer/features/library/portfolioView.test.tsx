// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SprintbookDb } from '../../../../../renderer/db/db';
import { putWorkbook } from '../../../../../renderer/db/library';
import { setServices } from '../../../../../renderer/db/services';
import { LibraryScreen } from '../../../../../renderer/features/library/LibraryScreen';
import { fakeDb } from '../../db/fakeDb';
import { fakeHost } from '../../fakeHost';
import { freshApp, template } from '../../helpers';
import { render } from '../../render';
import { stopWorkbook } from '../../verdicts';

let db: SprintbookDb;
/** Workbook rows read from IndexedDB (Dexie's reading hook sees every one). */
let rowsRead: number;

beforeEach(async () => {
  freshApp();
  db = fakeDb();
  setServices({ db, host: fakeHost(), autosave: { flush: async () => undefined, dispose: () => undefined } });
  document.body.innerHTML = '<div id="root"></div>';
  localStorage.clear();
  await putWorkbook(db, { ...template('support-triage'), organization: 'Northwind Support' }, 1000);
  await putWorkbook(db, { ...template('blank'), title: 'A blank sprint' }, 2000);
  await putWorkbook(db, stopWorkbook(), 3000);
  rowsRead = 0;
  db.workbooks.hook('reading', (row) => {
    rowsRead++;
    return row;
  });
});
afterEach(() => {
  cleanup();
  setServices(null);
  db.close();
});

const table = () => screen.findByRole('table', { name: 'Portfolio' });
const titles = (t: HTMLElement) => within(t).getAllByRole('rowheader').map((h) => h.textContent);
const showPortfolio = async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Portfolio' }));
  return table();
};

describe('the library', () => {
  it('draws its cards and its portfolio without reading any workbook', async () => {
    render(<LibraryScreen />);
    await screen.findByRole('link', { name: 'A blank sprint' });
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('wb-card'))).toHaveLength(3);
    await showPortfolio();
    expect(rowsRead).toBe(0);
    // The count is real: reading a workbook is seen.
    await db.workbooks.get(template('blank').id);
    expect(rowsRead).toBe(1);
  });
});

describe('the portfolio view', () => {
  it('lists every workbook with the portfolio columns, worst verdict first', async () => {
    render(<LibraryScreen />);
    const t = await showPortfolio();
    expect(within(t).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(
      ['Workbook', 'Organization', 'Verdict ↑', 'Blockers', 'Kill criteria triggered', 'Next gate', 'Last change']);
    expect(titles(t)).toEqual([stopWorkbook().title, 'A blank sprint', template('support-triage').title]);
    const stopped = within(t).getAllByRole('row')[1]!;
    expect(stopped.textContent).toContain('Stop and redesign');
    expect(within(t).getByText('Northwind Support')).toBeTruthy();
  });

  it('sorts by a column when its header is pressed, and backwards when pressed again', async () => {
    render(<LibraryScreen />);
    const t = await showPortfolio();
    const header = within(t).getByRole('columnheader', { name: /^Workbook/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = titles(t);
    expect(ascending).toEqual([...ascending].sort((a, b) => a!.localeCompare(b!)));
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(titles(t)).toEqual([...ascending].reverse());
  });

  it('filters by verdict and by organization', async () => {
    render(<LibraryScreen />);
    const t = await showPortfolio();
    fireEvent.change(screen.getByRole('combobox', { name: 'Verdict' }), { target: { value: 'ready' } });
    expect(titles(t)).toEqual([template('support-triage').title]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Verdict' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Organization' }), { target: { value: 'Northwind Support' } });
    expect(titles(t)).toEqual([template('support-triage').title]);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 workbooks');
  });

  it('is remembered: the library opens on it next time', async () => {
    const first = render(<LibraryScreen />);
    await showPortfolio();
    first.unmount();
    render(<LibraryScreen />);
    await table();
    expect(screen.queryByRole('list', { name: 'Workbooks' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cards' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Workbooks' })).toBeTruthy());
  });
});
