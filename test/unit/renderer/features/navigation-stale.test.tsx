// @vitest-environment jsdom
/**
 * A navigation target names a record and a field, so it stays right when the lists move under
 * it between the link being followed and the screen showing it: a removal, a reorder and an
 * undo each shift the indices that a JSON pointer made from the gap would still carry.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricsScreen } from '../../../../renderer/features/metrics/MetricsScreen';
import { RoadmapScreen } from '../../../../renderer/features/roadmap/RoadmapScreen';
import { removeMetric, shiftRoadmapItem } from '../../../../renderer/state/commands';
import { targetOf } from '../../../../renderer/state/navigation';
import { openInFreshStore, state, template } from '../helpers';
import { render } from '../render';

afterEach(cleanup);

const focused = () => document.activeElement?.getAttribute('data-focus') ?? document.activeElement?.closest('[data-focus]')?.getAttribute('data-focus');

describe('a navigation target after the lists moved', () => {
  it('still opens the metric it was made for after an earlier metric is removed', () => {
    openInFreshStore(template('support-triage'));
    state().requestFocus(targetOf(state().workbook!, '/metrics/2/kill')); // Reopened tickets
    state().execute(removeMetric('m-ttfr')); // index 2 is now Cost per ticket
    render(<MetricsScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Reopened tickets' })).toBeTruthy();
    expect(focused()).toBe('m-reopened/kill');
    expect(state().workbook!.metrics[2]!.id).toBe('m-cost');
  });

  it('still opens the roadmap item it was made for after the item moved in its phase', () => {
    openInFreshStore(template('support-triage'));
    state().requestFocus(targetOf(state().workbook!, '/roadmap/4/ownerId')); // Weekly sampling review
    state().execute(shiftRoadmapItem('r-sampling', -1)); // now at index 3
    render(<RoadmapScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Weekly sampling review of tags and drafts' })).toBeTruthy();
    expect(focused()).toBe('r-sampling/ownerId');
  });

  it('still opens the metric it was made for after an undo brought back the metric before it', () => {
    openInFreshStore(template('support-triage'));
    state().execute(removeMetric('m-ttfr'));
    state().requestFocus(targetOf(state().workbook!, '/metrics/1/kill')); // Reopened tickets, for now
    state().undo(); // Time to first response is back first: index 1 is Misrouted tickets
    render(<MetricsScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Reopened tickets' })).toBeTruthy();
    expect(focused()).toBe('m-reopened/kill');
    expect(state().workbook!.metrics[1]!.id).toBe('m-misroute');
  });
});
