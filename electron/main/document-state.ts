/**
 * What the window shows of the document, and what closing it asks. "Dirty" is the renderer's
 * word for "the .sprintbook file on disk lacks changes": the working copy in IndexedDB is always
 * saved, so closing warns only about the file, and "Don't Save" loses nothing in the app.
 */
export interface DocumentState {
  readonly title: string;
  readonly dirty: boolean;
}

export const APP_NAME = 'Sprintbook';

/** Control characters would garble the title bar. */
// eslint-disable-next-line no-control-regex
const cleanTitle = (title: string) => title.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();

/**
 * The window title. macOS marks unsaved changes with the dot in the close button
 * (`setDocumentEdited`), the other platforms with a bullet before the title.
 */
export function windowTitle(state: DocumentState, platform: NodeJS.Platform): string {
  const title = cleanTitle(state.title);
  const base = title === '' ? APP_NAME : `${title} — ${APP_NAME}`;
  return state.dirty && platform !== 'darwin' ? `• ${base}` : base;
}

export type CloseChoice = 'save' | 'discard' | 'cancel';

export const CLOSE_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;

/** The close prompt's text, for `dialog.showMessageBox`. */
export function closePrompt(state: DocumentState): { message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number } {
  const title = cleanTitle(state.title) || 'this workbook';
  return {
    message: `Save the changes to “${title}” before closing?`,
    detail: 'Sprintbook keeps your work either way; its file on disk does not have the latest changes yet.',
    buttons: [...CLOSE_BUTTONS],
    defaultId: 0,
    cancelId: 2,
  };
}

export function closeChoice(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
