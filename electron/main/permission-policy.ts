/**
 * Which web permissions the app's page gets: none that reach the outside world or the
 * hardware. Two are granted, to the app's own origin only — writing (not reading) the clipboard,
 * for "copy" buttons, and persistent storage, so Chromium never evicts the IndexedDB that holds
 * the working copy of every workbook when the disk runs low.
 */
import { originOf } from './app-origin';

const GRANTED = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return GRANTED.has(permission) && originOf(requestingUrl) === appOrigin;
}

/** Schemes the session refuses outright: the app makes no network requests and reads no file: URLs. */
export const BLOCKED_REQUEST_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'];
