/** Choosing in a search picker (components/SearchPicker) as a person does: type part of a label, then click the option. */
import { fireEvent, within } from '@testing-library/react';

export function pick(combobox: HTMLElement, typed: string, option: string | RegExp = typed): void {
  fireEvent.change(combobox, { target: { value: typed } });
  const list = document.getElementById(combobox.getAttribute('aria-controls')!)!;
  fireEvent.click(within(list).getByRole('option', { name: option }));
}
