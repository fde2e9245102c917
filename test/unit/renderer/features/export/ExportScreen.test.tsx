// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, describe, expect, it } from 'vitest';
import { AVAILABLE_STAGES } from '../../../../../renderer/app/stages';
import { formatDate, formatValue } from '../../../../../renderer/components/format';
import ExportScreen from '../../../../../renderer/features/export/ExportScreen';
import { AvailableStages } from '../../../../../renderer/hooks/useAvailableStages';
import { openInFreshStore, state } from '../../helpers';
import { STOP, stopWorkbook, VERDICT_WORKBOOKS } from '../../verdicts';
import { targetOf } from '../../../../../renderer/state/navigation';

afterEach(cleanup);

const renderExport = () => render(<AvailableStages.Provider value={AVAILABLE_STAGES}><ExportScreen /></AvailableStages.Provider>);
const verdictBadge = () => screen.getByRole('heading', { name: 'Export', level: 1 }).closest('header')!.querySelector('.badge')!;

describe('the Export stage verdict', () => {
  it('is one of three, with the not-ready notice only when not ready and the stop panel only on a stop', () => {
    const seen: Record<string, { badge: string; notReady: boolean; stop: boolean }> = {};
    for (const { verdict, workbook } of VERDICT_WORKBOOKS) {
      openInFreshStore(workbook());
      renderExport();
      seen[verdict] = {
        badge: verdictBadge().textContent!,
        notReady: screen.queryByText(/not ready to scale yet/) !== null,
        stop: screen.queryByRole('region', { name: 'Stop and redesign' }) !== null,
      };
      cleanup();
    }
    expect(seen).toEqual({
      ready: { badge: 'Ready to scale', notReady: false, stop: false },
      'not-ready': { badge: expect.stringMatching(/^Not ready: \d+ blockers?$/), notReady: true, stop: false },
      stop: { badge: 'Stop and redesign', notReady: false, stop: true },
    });
  });

  it('names the metric, what was measured, and the items blocked and waiting, each linked', () => {
    openInFreshStore(stopWorkbook());
    renderExport();
    const panel = screen.getByRole('region', { name: 'Stop and redesign' });
    expect(panel.textContent).toContain(`${formatValue(4.4, '%')} on ${formatDate('2026-11-30')}, past the threshold ${formatValue(4, '%')}`);
    const blocked = within(panel).getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` });
    expect(within(blocked).getAllByRole('link').map((a) => a.textContent)).toEqual([...STOP.blocked]);
    const waiting = within(panel).getByRole('list', { name: `Roadmap items waiting on those ${STOP.metric} blocks` });
    expect(within(waiting).getAllByRole('link').map((a) => a.textContent)).toEqual([...STOP.waiting]);
    fireEvent.click(within(panel).getByRole('link', { name: STOP.metric }));
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, `/metrics/${STOP.metricIndex}/kill`));
  });
});
