// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTextField } from '../../../../renderer/hooks/textField';

describe('the keys of a text field', () => {
  it('belong to the field when focus is in a text input or a textarea', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTextField(input)).toBe(true);
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(checkbox)).toBe(false);
    expect(isTextField(document.body)).toBe(false);
  });
});
