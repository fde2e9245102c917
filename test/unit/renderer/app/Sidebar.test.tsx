// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../../../renderer/app/Sidebar';
import { AVAILABLE_STAGES } from '../../../../renderer/app/stages';
import { formatDate, formatValue } from '../../../../renderer/components/format';
import { AvailableStages } from '../../../../renderer/hooks/useAvailableStages';
import { setKillThreshold } from '../../../../renderer/state/commands';
import { openInFreshStore, state } from '../helpers';
import { STOP, stopWorkbook, VERDICT_WORKBOOKS } from '../verdicts';
import { targetOf } from '../../../../renderer/state/navigation';

afterEach(cleanup);

const renderSidebar = () => {
  const w = state().workbook!;
  return render(<AvailableStages.Provider value={AVAILABLE_STAGES}><Sidebar workbookId={w.id} stage="overview" /></AvailableStages.Provider>);
};
const verdictRegion = () => screen.getByRole('region', { name: 'Readiness verdict' });

describe('the sidebar verdict', () => {
  it('names each of the three verdicts in words', () => {
    const shown: Record<string, string> = {};
    for (const { verdict, workbook } of VERDICT_WORKBOOKS) {
      openInFreshStore(workbook());
      renderSidebar();
      shown[verdict] = verdictRegion().querySelector('.badge')!.textContent!;
      cleanup();
    }
    expect(shown.ready).toBe('Ready to scale');
    expect(shown['not-ready']).toMatch(/^Not ready: \d+ blockers?$/);
    expect(shown.stop).toBe('Stop and redesign');
  });

  it('shows a stop with a stop sign and the danger fill, unlike not-ready', () => {
    openInFreshStore(stopWorkbook());
    renderSidebar();
    const badge = verdictRegion().querySelector('.badge')!;
    expect(badge.classList.contains('badge-stop')).toBe(true);
    expect(badge.querySelector('svg path')!.getAttribute('d')).toMatch(/^M8\.3 2\.5h7\.4/);
  });

  it('names the metric with its value, threshold and date, and the roadmap items it blocks', () => {
    openInFreshStore(stopWorkbook());
    renderSidebar();
    const why = within(verdictRegion()).getByRole('list', { name: 'Why: stop and redesign' });
    expect(why.textContent).toContain(`${STOP.metric}: ${formatValue(4.4, '%')} on ${formatDate('2026-11-30')} (threshold ${formatValue(4, '%')})`);
    const blocked = within(why).getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` });
    expect(within(blocked).getAllByRole('link').map((a) => a.textContent)).toEqual([...STOP.blocked]);
    expect(why.textContent).toContain('and 1 item waiting on them');
  });

  it('links the metric to its kill criterion and an item to the roadmap: the stage first, then the record', () => {
    openInFreshStore(stopWorkbook());
    state().navigate({ screen: 'workbook', workbookId: state().workbook!.id, stage: 'overview' });
    renderSidebar();
    const region = verdictRegion();
    const metric = within(region).getByRole('link', { name: STOP.metric });
    expect(metric.getAttribute('href')).toMatch(/#\/w\/.+\/metrics$/);
    fireEvent.click(metric);
    expect(state().route).toMatchObject({ stage: 'metrics' });
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, `/metrics/${STOP.metricIndex}/kill`));
    const item = within(region).getByRole('link', { name: STOP.blocked[1] });
    expect(item.getAttribute('href')).toMatch(/#\/w\/.+\/roadmap$/);
    fireEvent.click(item);
    expect(state().route).toMatchObject({ stage: 'roadmap' });
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, `/roadmap/${state().workbook!.roadmap.findIndex((r) => r.title === STOP.blocked[1])}`));
  });

  it('follows an edit: raising the threshold above the value lifts the stop', () => {
    openInFreshStore(stopWorkbook());
    renderSidebar();
    expect(within(verdictRegion()).getByText('Stop and redesign')).toBeTruthy();
    act(() => {
      state().execute(setKillThreshold(state().workbook!.metrics[STOP.metricIndex]!.id, 5));
    });
    expect(within(verdictRegion()).queryByText('Stop and redesign')).toBeNull();
    expect(within(verdictRegion()).queryByRole('list', { name: 'Why: stop and redesign' })).toBeNull();
  });
});
