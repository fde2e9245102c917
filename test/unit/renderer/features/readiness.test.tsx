// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadinessScreen } from '../../../../renderer/features/readiness/ReadinessScreen';
import { AvailableStages } from '../../../../renderer/hooks/useAvailableStages';
import type { StageId } from '../../../../renderer/state/stages';
import { AVAILABLE_STAGES } from '../../../../renderer/app/stages';
import { formatDate, formatValue } from '../../../../renderer/components/format';
import { openInFreshStore, state, template } from '../helpers';
import { STOP, stopWorkbook, VERDICT_WORKBOOKS } from '../verdicts';
import { targetOf } from '../../../../renderer/state/navigation';

afterEach(cleanup);

const renderReadiness = () => render(
  <AvailableStages.Provider value={new Set<StageId>(['overview', 'readiness', 'export'])}><ReadinessScreen /></AvailableStages.Provider>,
);

describe('the Readiness screen', () => {
  it('says "Ready to scale" only when no question has a blocker', () => {
    openInFreshStore(template('support-triage'));
    renderReadiness();
    expect(screen.getAllByText('Ready to scale').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Answered')).toHaveLength(4);
  });

  it('lists each gap under its question with its severity in words and its JSON path', () => {
    openInFreshStore(template('blank'));
    renderReadiness();
    expect(screen.queryByText('Ready to scale')).toBeNull();
    const workflow = screen.getByRole('region', { name: 'Workflow integration' });
    expect(within(workflow).getAllByText('Blocker').length).toBeGreaterThan(0);
    expect(within(workflow).getAllByText(/^\/workflow/).length).toBeGreaterThan(0);
  });

  it('links a gap to the place that fixes it, asking that place to focus the field', () => {
    openInFreshStore(template('blank'));
    renderReadiness();
    const owners = screen.getByRole('region', { name: 'Ownership' });
    const link = within(owners).getAllByRole('link', { name: /Go to Overview › People/ })[0]!;
    expect(link.getAttribute('href')).toMatch(/#\/w\/.+\/overview$/);
    fireEvent.click(link);
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, '/people'));
  });
});

describe('the Readiness verdict', () => {
  const renderReadiness = () => render(<AvailableStages.Provider value={AVAILABLE_STAGES}><ReadinessScreen /></AvailableStages.Provider>);
  const verdictBadge = () => screen.getByRole('heading', { name: 'Readiness', level: 1 }).closest('header')!.querySelector('.badge')!;

  it('is one of three: ready to scale, not ready with its blockers, or stop and redesign', () => {
    const shown: Record<string, string> = {};
    for (const { verdict, workbook } of VERDICT_WORKBOOKS) {
      openInFreshStore(workbook());
      renderReadiness();
      shown[verdict] = verdictBadge().textContent!;
      if (verdict !== 'stop') expect(screen.queryByRole('region', { name: 'Stop and redesign' })).toBeNull();
      cleanup();
    }
    expect(shown).toEqual({ ready: 'Ready to scale', 'not-ready': expect.stringMatching(/^Not ready: \d+ blockers?$/), stop: 'Stop and redesign' });
  });

  it('says why it stops: the metric, value, date, threshold, what the criterion says, and what it blocks and holds back', () => {
    openInFreshStore(stopWorkbook());
    renderReadiness();
    const panel = screen.getByRole('region', { name: 'Stop and redesign' });
    expect(panel.textContent).toContain(
      `${STOP.metric} triggered its kill criterion: ${formatValue(4.4, '%')} on ${formatDate('2026-11-30')}, past the threshold ${formatValue(4, '%')}, which is judged from ${formatDate('2026-11-01')}.`,
    );
    expect(within(panel).getByText('What it says to do: Return coding to clerks.')).toBeTruthy();
    const blocked = within(panel).getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` });
    expect(within(blocked).getAllByRole('link').map((a) => a.textContent)).toEqual([...STOP.blocked]);
    const waiting = within(panel).getByRole('list', { name: `Roadmap items waiting on those ${STOP.metric} blocks` });
    expect(within(waiting).getAllByRole('link').map((a) => a.textContent)).toEqual([...STOP.waiting]);
  });

  it('links each named record to where it is edited', () => {
    openInFreshStore(stopWorkbook());
    renderReadiness();
    const panel = screen.getByRole('region', { name: 'Stop and redesign' });
    fireEvent.click(within(panel).getByRole('link', { name: STOP.waiting[0] }));
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, `/roadmap/${state().workbook!.roadmap.findIndex((r) => r.title === STOP.waiting[0])}`));
    const metric = within(panel).getByRole('link', { name: STOP.metric });
    expect(metric.getAttribute('href')).toMatch(/\/metrics$/);
  });

  it('marks the triggered kill criterion "Stop" among the baselines gaps, the other blockers staying blockers', () => {
    openInFreshStore(stopWorkbook());
    renderReadiness();
    const baselines = screen.getByRole('region', { name: 'Baselines, targets and kill criteria' });
    const stopGap = within(baselines).getByText(/^Stop and redesign: metric “Coding error rate”|^Stop and redesign: metric "Coding error rate"/).closest('li')!;
    expect(within(stopGap).getByText('Stop')).toBeTruthy();
    expect(within(stopGap).getByText(`/metrics/${STOP.metricIndex}/kill`)).toBeTruthy();
    expect(screen.getAllByText('Blocker').length).toBeGreaterThan(0);
  });
});
