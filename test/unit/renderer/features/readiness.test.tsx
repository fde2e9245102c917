// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadinessScreen } from '../../../../renderer/features/readiness/ReadinessScreen';
import { AvailableStages } from '../../../../renderer/hooks/useAvailableStages';
import type { StageId } from '../../../../renderer/state/stages';
import { openInFreshStore, state, template } from '../helpers';

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
    expect(state().focusRequest?.target).toBe('/people');
  });
});
