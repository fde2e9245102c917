// @vitest-environment jsdom
/** A node carrying several decisions (DOMAIN.md): the inspector lists them all, adds another, links one not on the map, unlinks one; the node shows how many. */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { linkDecisionToNode, unlinkDecisionFromNode } from '../../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../../helpers';
import { nodeEl, renderMap } from './mapFixture';

afterEach(cleanup);

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });
const select = (...ids: string[]) => act(() => state().selectOnMap({ nodeIds: ids, edgeIds: [] }));
const onNode = (nodeId: string) => state().workbook!.decisions.filter((d) => d.nodeId === nodeId).map((d) => d.id);

describe('a node\'s decisions on the map', () => {
  it('are all listed in the inspector; another is added, one not on the map linked, one unlinked', () => {
    renderMap(template('support-triage'));
    select('n-send');
    const records = () => within(inspector()).getByRole('region', { name: /^Decision records?$/ });
    expect(within(records()).getByText('Send the reply to the customer')).toBeTruthy();
    expect(nodeEl('n-send').querySelector('.map-node-decisions')).toBeNull();

    fireEvent.click(within(records()).getByRole('button', { name: 'Add another decision' }));
    expect(onNode('n-send')).toHaveLength(2);
    expect(within(records()).getByRole('heading').textContent).toBe('Decision records (2)');
    expect(nodeEl('n-send').querySelector('.map-node-decisions')?.textContent).toBe('2, 2 decisions');

    act(() => { state().execute(unlinkDecisionFromNode('d-refund')); });
    fireEvent.change(within(records()).getByRole('combobox', { name: 'Link a decision not on the map' }), { target: { value: 'd-refund' } });
    expect(onNode('n-send')).toEqual(['d-send', 'd-refund', expect.stringMatching(/^d-\d+$/)]);
    expect(nodeEl('n-send').querySelector('.map-node-decisions')?.textContent).toBe('3, 3 decisions');

    fireEvent.click(within(records()).getByRole('button', { name: 'Unlink “Send the reply to the customer” from this node' }));
    expect(onNode('n-send')).not.toContain('d-send');
    // Unlinked, not removed: the decision stays in the register, with no node.
    expect(state().workbook!.decisions.find((d) => d.id === 'd-send')).not.toHaveProperty('nodeId');
    expect(onNode('n-send')).toHaveLength(2);
  });

  it('link a decision to one node only, moving it off the node it was on, and an unlink is one undo step', () => {
    openInFreshStore(template('support-triage'));
    state().execute(linkDecisionToNode('d-refund', 'n-send'));
    expect(onNode('n-refund')).toEqual([]);
    expect(onNode('n-send')).toEqual(['d-send', 'd-refund']);
    state().execute(unlinkDecisionFromNode('d-refund'));
    state().undo();
    expect(onNode('n-send')).toEqual(['d-send', 'd-refund']);
    expect(state().execute(linkDecisionToNode('d-refund', 'n-gone'))).toBe(false);
  });
});
