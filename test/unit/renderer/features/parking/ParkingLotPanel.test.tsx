// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParkingLotPanel } from '../../../../../renderer/features/parking/ParkingLotPanel';
import { addParkingItem } from '../../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../../helpers';
import { render } from '../../render';

afterEach(cleanup);

const item = (text: string) => screen.getAllByRole('listitem').find((li) => li.textContent?.includes(text))!;
const lot = () => state().workbook!.parkingLot;

describe('the parking-lot panel', () => {
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
    state().execute(addParkingItem({ text: 'Is the tone formal?', raisedBy: 'Ana', id: 'q-1' }));
    state().execute(addParkingItem({ text: 'Who runs the QA sampling?', id: 'q-2' }));
    render(<ParkingLotPanel itemId={null} onClose={() => undefined} />);
  });

  it('counts each list and shows the open questions with who raised them', () => {
    expect(screen.getByRole('radio', { name: 'Open 2' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: 'Resolved 0' })).toBeTruthy();
    expect(item('Is the tone formal?').textContent).toContain('Raised by Ana');
  });

  it('parks another question from its own field, and refuses a blank one saying why', () => {
    const field = screen.getByRole('textbox', { name: 'Park a question' });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toMatch(/needs some text/);
    fireEvent.change(field, { target: { value: 'Do weekends count?' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(lot().at(-1)).toMatchObject({ text: 'Do weekends count?', status: 'open' });
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('resolves with a note, and reopens from the resolved list', () => {
    const row = item('Is the tone formal?');
    fireEvent.click(within(row).getByRole('button', { name: 'Resolve…' }));
    fireEvent.change(within(row).getByRole('textbox', { name: 'Resolution note' }), { target: { value: 'Formal, per the style guide' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Resolve' }));
    expect(lot()[0]).toMatchObject({ status: 'resolved', resolution: 'Formal, per the style guide' });

    fireEvent.click(screen.getByRole('radio', { name: 'Resolved 1' }));
    const resolved = item('Is the tone formal?');
    expect(resolved.textContent).toContain('Formal, per the style guide');
    fireEvent.click(within(resolved).getByRole('button', { name: 'Reopen' }));
    expect(lot()[0]!.status).toBe('open');
  });

  it('converts into a person in one click and shows it among the converted, with the jump offered', () => {
    const row = item('Who runs the QA sampling?');
    fireEvent.click(within(row).getByRole('button', { name: 'Convert…' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Person' }));
    const person = state().workbook!.people.at(-1)!;
    expect(person.name).toBe('Who runs the QA sampling?');
    expect(screen.getByRole('radio', { name: 'Converted 1' }).getAttribute('aria-checked')).toBe('true');
    const converted = item('Who runs the QA sampling?');
    expect(converted.className).toContain('is-highlighted');
    expect(document.activeElement).toBe(within(converted).getByRole('button', { name: 'Open person' }));
  });

  it('removes a question, says so with Undo in the panel, and Undo brings it back', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Is the tone formal?”' }));
    expect(lot().map((p) => p.id)).toEqual(['q-2']);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Removed “Is the tone formal?”');
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(lot().map((p) => p.id)).toEqual(['q-1', 'q-2']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers Undo of a removal only while it is the last change', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Is the tone formal?”' }));
    fireEvent.click(within(item('Who runs the QA sampling?')).getByRole('button', { name: 'Resolve…' }));
    fireEvent.click(within(item('Who runs the QA sampling?')).getByRole('button', { name: 'Resolve' }));
    expect(screen.queryByText(/Removed “Is the tone formal\?”/)).toBeNull();
  });

  it('refuses to empty a question while editing it', () => {
    const row = item('Is the tone formal?');
    fireEvent.click(within(row).getByRole('button', { name: 'Edit “Is the tone formal?”' }));
    const field = within(row).getByRole('textbox', { name: 'Question' });
    fireEvent.change(field, { target: { value: '  ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(within(row).getByRole('alert').textContent).toMatch(/needs some text/);
    fireEvent.change(field, { target: { value: 'Is the tone formal or friendly?' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(lot()[0]!.text).toBe('Is the tone formal or friendly?');
  });
});
