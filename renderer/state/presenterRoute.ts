/**
 * The presenter view's address, `#/present/<workbook id>`: a second window of the same page
 * that shows one workbook for the projector. It is not a route of the app store: that window
 * runs no editor, no autosave and no tab presence (main.tsx starts it on its own).
 */
import { isId } from '../../shared/model';

const PREFIX = '#/present/';

export function presenterHash(workbookId: string): string {
  return `${PREFIX}${encodeURIComponent(workbookId)}`;
}

/** The workbook id of a presenter hash, or null for any other hash. */
export function presenterWorkbookId(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(PREFIX.length).split('/')[0] ?? '');
  } catch {
    return null;
  }
  return isId(id) ? id : null;
}
