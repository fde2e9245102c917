/**
 * The renderer's address. The app is served from a custom privileged scheme, `app://sprintbook/`,
 * rather than `file:`: a standard, secure scheme gives the page a real origin, so IndexedDB
 * (the working copy), `'self'` in the CSP and same-origin checks all work as on the web, while
 * `file:` pages share one opaque origin with every file on the disk.
 *
 * Never change the scheme or host: the origin keys the IndexedDB where the working copy of
 * every workbook lives, and a new origin would open an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sprintbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of `url`, or null when it has none, has credentials or does not parse. Node's URL gives
 * every non-web scheme the origin "null", so the origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Credentials make a URL look like another (app://sprintbook@evil/); nothing of ours uses them.
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True for any URL on the app's own origin. */
export function isAppUrl(url: string, appOrigin = APP_ORIGIN): boolean {
  return originOf(url) === appOrigin;
}
