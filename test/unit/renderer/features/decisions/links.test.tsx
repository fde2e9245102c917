// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveRows } from '../../../../../renderer/features/decisions/common/derive';
import { DecisionLink } from '../../../../../renderer/features/map/inspector/DecisionLink';
import { AvailableStages } from '../../../../../renderer/hooks/useAvailableStages';
import { setDecisionTitle } from '../../../../../renderer/state/commands';
import type { StageId } from '../../../../../renderer/state/stages';
import { openInFreshStore, state, template } from '../../helpers';
import { targetOf } from '../../../../../renderer/state/navigation';

afterEach(cleanup);

describe('the map’s link to a decision', () => {
  it('opens the Decisions stage with the decision selected and its editor asked for', () => {
    const w = template('support-triage');
    openInFreshStore(w);
    state().navigate({ screen: 'workbook', workbookId: w.id, stage: 'map' });
    render(
      <AvailableStages.Provider value={new Set<StageId>(['overview', 'map', 'decisions'])}>
        <DecisionLink nodeId="n-refund" />
      </AvailableStages.Provider>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Open in Decisions' }));
    expect(state().route).toMatchObject({ stage: 'decisions' });
    expect(state().selection).toEqual({ kind: 'decision', id: 'd-refund' });
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, '/decisions/4'));
  });
});

describe('the register’s rows', () => {
  it('stay the same objects when another decision changes, so only the changed row renders again', () => {
    openInFreshStore(template('support-triage'));
    const before = deriveRows(state().workbook!);
    state().execute(setDecisionTitle('d-draft', 'Draft a reply'));
    const after = deriveRows(state().workbook!);
    expect(after.map((r, i) => r === before[i])).toEqual([true, true, false, true, true]);
    expect(after[2]!.title).toBe('Draft a reply');
  });
});
