/**
 * Where the window may go: nowhere but its own origin. Links to the web open in the system
 * browser, and only for `https:` and `mailto:` — never `file:`, `javascript:`, `http:` or a
 * custom scheme another app registered, which `shell.openExternal` would happily launch.
 * A `mailto:` link may not ask for an attachment: several mail clients (Thunderbird, Evolution,
 * mutt) attach a local file named by `attach=` or `attachment=`, and a link in a workbook
 * someone sent you could mail your files away with one click on Send.
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
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 && !asksForAttachment(url);
  if (parsed.protocol !== 'https:') return false;
  // Credentials in a link are a phishing device (https://bank.com@evil.example/).
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/**
 * Whether a mailto: link names an attachment parameter in any spelling: any case, percent-
 * encoded (repeatedly, since some clients decode twice), padded with spaces or `+`, or hidden in
 * another field's value (`body=x%26attach%3D…`, which a client that decodes before splitting
 * reads as a parameter of its own). A link that is still changing after eight rounds of
 * decoding is no link a person wrote, and is refused too.
 */
function asksForAttachment(url: string): boolean {
  const decoded = decodeAll(url);
  return decoded === undefined || /[?&;][\s+]*attach(?:ment)?[\s+]*(?:[=&;]|$)/i.test(decoded);
}

function decodeAll(text: string): string | undefined {
  let current = text;
  for (let round = 0; round < 8; round++) {
    // Byte by byte rather than decodeURIComponent, so a malformed escape elsewhere cannot stop it.
    const next = current.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) return current;
    current = next;
  }
  return undefined;
}
