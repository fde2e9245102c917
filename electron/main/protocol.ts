/**
 * The `app://sprintbook/` scheme (see app-origin.ts for why not `file:`): registered as
 * privileged before the app is ready, then served from dist/renderer by respondToAppRequest.
 * It does not bypass the CSP, and it is standard and secure so the page gets a real origin
 * with IndexedDB, fetch and a V8 code cache.
 */
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { respondToAppRequest } from './app-files';

/** Must run before `app` is ready, and only once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveAppFiles(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, rendererDir));
}
