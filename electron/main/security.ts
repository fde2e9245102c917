/**
 * Session-wide and window-wide guards, applied to every web contents the app ever creates (a
 * future window, a DevTools page) rather than to one window, so none is forgotten: no remote
 * requests, no downloads, no permissions beyond permission-policy.ts, no navigation away from
 * the app, no new windows, no <webview>.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { isAllowedNavigation, isSafeExternalUrl } from './navigation-policy';
import { BLOCKED_REQUEST_PATTERNS, isPermissionAllowed } from './permission-policy';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, APP_ORIGIN));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, APP_ORIGIN));
  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  // Files leave the app only through saveExport / saveWorkbook and their dialogs.
  session.on('will-download', (event) => event.preventDefault());
}

export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank: the system browser may show it, the app never does.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void; url: string }) => {
    if (!isAllowedNavigation(event.url, APP_ORIGIN)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
}
