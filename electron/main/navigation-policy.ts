/**
 * Where the window may go: nowhere but its own origin. Links to the web open in the system
 * browser, and only for `https:` and `mailto:` — never `file:`, `javascript:`, `http:` or a
 * custom scheme another app registered, which `shell.openExternal` would happily launch.
 */
import { originOf } from './app-origin';

export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

const MAX_EXTERNAL_URL_LENGTH = 2048;

export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return false; // whitespace or control characters: a smuggled argument
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  if (parsed.protocol !== 'https:') return false;
  // Credentials in a link are a phishing device (https://bank.com@evil.example/).
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
