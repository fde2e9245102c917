/**
 * Commands on the workbook's own fields (title, organization, locale, currency) and on the
 * workbook as a whole (restoring an earlier version). Callers validate first: a command never
 * stores a value the file format would refuse on the next load.
 */
import type { Workbook } from '../../../shared/model';
import { command, type Command } from './command';
import { optionalText, withOptional } from './update';

export const setTitle = (title: string): Command =>
  command('Rename workbook', (w) => (w.title === title ? w : { ...w, title }), { coalesce: 'title' });

export const setOrganization = (organization: string): Command =>
  command('Change organization', (w) => withOptional(w, 'organization', optionalText(organization)), { coalesce: 'organization' });

/** `''` removes the locale (exports then use en-US). */
export const setLocale = (locale: string): Command =>
  command('Change locale', (w) => withOptional(w, 'locale', optionalText(locale)), { coalesce: 'locale' });

/** `''` removes the currency (USD). */
export const setCurrency = (currency: string): Command =>
  command('Change currency', (w) => withOptional(w, 'currency', optionalText(currency)), { coalesce: 'currency' });

/**
 * Replaces the whole workbook with `version` (a snapshot from History), keeping its identity.
 * Undoable like any edit, so a restore that was a mistake is one Ctrl+Z away.
 */
export const restoreVersion = (version: Workbook, label: string): Command =>
  command(label, (w) => ({ ...version, id: w.id, createdAt: w.createdAt }));
