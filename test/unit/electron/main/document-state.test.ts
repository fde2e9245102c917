import { describe, expect, it } from 'vitest';
import { closeChoice, closePrompt, windowTitle } from '../../../../electron/main/document-state';

describe('the window title', () => {
  it('names the workbook and the app', () => {
    expect(windowTitle({ title: 'Support triage', dirty: false }, 'linux')).toBe('Support triage — Sprintbook');
  });

  it('marks unsaved changes with a bullet on Windows and Linux', () => {
    expect(windowTitle({ title: 'Support triage', dirty: true }, 'win32')).toBe('• Support triage — Sprintbook');
    expect(windowTitle({ title: 'Support triage', dirty: true }, 'linux')).toBe('• Support triage — Sprintbook');
  });

  it('leaves the mark to the close button on macOS', () => {
    expect(windowTitle({ title: 'Support triage', dirty: true }, 'darwin')).toBe('Support triage — Sprintbook');
  });

  it('is just the app’s name without a workbook, and has no control characters', () => {
    expect(windowTitle({ title: '', dirty: false }, 'linux')).toBe('Sprintbook');
    expect(windowTitle({ title: 'a\nb\u0007', dirty: false }, 'linux')).toBe('a b — Sprintbook');
  });
});

describe('the close prompt', () => {
  it('offers Save, Don’t Save and Cancel, with Save the default and Cancel on Escape', () => {
    const prompt = closePrompt({ title: 'Plan', dirty: true });
    expect(prompt.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(prompt.buttons[prompt.defaultId]).toBe('Save');
    expect(prompt.buttons[prompt.cancelId]).toBe('Cancel');
    expect(prompt.message).toContain('Plan');
  });

  it('says the work is kept either way: only the file lacks the changes', () => {
    expect(closePrompt({ title: 'Plan', dirty: true }).detail).toMatch(/keeps your work/);
  });

  it('maps the buttons to what closing does', () => {
    expect(closeChoice(0)).toBe('save');
    expect(closeChoice(1)).toBe('discard');
    expect(closeChoice(2)).toBe('cancel');
    expect(closeChoice(-1)).toBe('cancel');
  });
});
