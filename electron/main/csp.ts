/**
 * The renderer's Content Security Policy, sent as a response header with every file the app
 * protocol serves, and by scripts/serve-web.mjs with every file of the browser version (both
 * read security-headers.json, so the two cannot drift). Only the app's own files may run or
 * load: no remote origin anywhere, no inline script, no eval. WebAssembly compiled from the
 * app's own files may run ('wasm-unsafe-eval', which allows no JavaScript eval): the exporters
 * shape and cut fonts with HarfBuzz, which is WebAssembly. Styles may be inline because React
 * sets `style` attributes (canvas positions); images, fonts and frames may be `data:`/`blob:`
 * because exports and previews are made in memory (a PDF preview is a blob URL in a frame).
 */
import SECURITY from './security-headers.json';

const DIRECTIVES: Readonly<Record<string, readonly string[]>> = SECURITY.policy;

/** The policy of the app's pages, as the browser build serves it too. */
export function contentSecurityPolicy(): string {
  return policyOf(DIRECTIVES);
}

/**
 * The desktop app's policy: the same, and sockets to loopback, where the workshop room's
 * facilitator endpoint listens on a port chosen when a room starts (the page's CSP is fixed
 * before that). ws: only, 127.0.0.1 only; no http: to loopback, nothing off this machine.
 */
export function desktopContentSecurityPolicy(): string {
  return policyOf({ ...DIRECTIVES, 'connect-src': [...(DIRECTIVES['connect-src'] ?? []), 'ws://127.0.0.1:*'] });
}

function policyOf(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Headers every app-protocol response carries. */
export function securityHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': desktopContentSecurityPolicy(), ...SECURITY.headers };
}
