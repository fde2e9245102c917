// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPACT_ITEMS, COMPACT_REASONS, StopReasons, type StopReasonView } from '../../../../renderer/components/StopReasons';

afterEach(cleanup);

const reason = (n: number, items: number): StopReasonView => ({
  metric: { name: `Metric ${n}`, path: `/metrics/${n}/kill` }, unit: '', latest: 5, latestDate: '2026-11-30', threshold: 4, evaluateOn: null,
  blocked: Array.from({ length: items }, (_, i) => ({ name: `Item ${n}.${i}`, path: `/roadmap/${i}` })), waiting: [],
});

describe('the reasons for a stop', () => {
  it('list every triggered kill criterion and every blocked item in full', () => {
    render(<StopReasons label="Why" reasons={Array.from({ length: 5 }, (_, i) => reason(i, 6))} />);
    const list = screen.getByRole('list', { name: 'Why' });
    expect(within(list).getAllByText(/^Metric \d$/)).toHaveLength(5);
    expect(within(list).getAllByText(/^Item \d\.\d$/)).toHaveLength(30);
  });

  it('name only the first few in the compact layout, counting the rest, since a big workbook can trigger a hundred', () => {
    render(<StopReasons label="Why" layout="compact" reasons={Array.from({ length: COMPACT_REASONS + 2 }, (_, i) => reason(i, COMPACT_ITEMS + 3))} />);
    const list = screen.getByRole('list', { name: 'Why' });
    expect(within(list).getAllByText(/^Metric \d$/)).toHaveLength(COMPACT_REASONS);
    expect(within(list).getByText('and 2 more triggered kill criteria')).toBeTruthy();
    const first = within(list).getByRole('list', { name: 'Roadmap items blocked by Metric 0' });
    expect(within(first).getAllByText(/^Item 0\.\d$/)).toHaveLength(COMPACT_ITEMS);
    expect(within(first).getByText('and 3 more')).toBeTruthy();
  });

  it('show names as plain text without links, and as links with them', () => {
    render(<StopReasons label="Why" reasons={[reason(1, 1)]} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    cleanup();
    render(<StopReasons label="Why" reasons={[reason(1, 1)]} links={{ href: (p) => `#${p}`, follow: () => undefined }} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#/metrics/1/kill', '#/roadmap/0']);
  });
});
