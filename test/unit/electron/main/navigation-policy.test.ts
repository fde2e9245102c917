import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, originOf } from '../../../../electron/main/app-origin';
import { isAllowedNavigation, isSafeExternalUrl } from '../../../../electron/main/navigation-policy';
import { isPermissionAllowed } from '../../../../electron/main/permission-policy';

describe('the app origin', () => {
  it('is app://sprintbook, built from the URL’s parts (Node calls custom origins "null")', () => {
    expect(APP_ORIGIN).toBe('app://sprintbook');
    expect(originOf('app://sprintbook/index.html#/map')).toBe('app://sprintbook');
    expect(isAppUrl('app://sprintbook/assets/x.js')).toBe(true);
  });

  it('is not claimed by look-alikes', () => {
    expect(isAppUrl('app://sprintbook.evil.example/')).toBe(false);
    expect(isAppUrl('app://evil@sprintbook/')).toBe(false);
    expect(isAppUrl('app://sprintbook@evil.example/')).toBe(false);
    expect(isAppUrl('file:///app/sprintbook/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('navigation', () => {
  it('stays allowed within the app', () => {
    expect(isAllowedNavigation('app://sprintbook/index.html', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('app://sprintbook/index.html?x=1#/roadmap', APP_ORIGIN)).toBe(true);
  });

  it('is refused to the web, to files and to other schemes', () => {
    for (const url of [
      'https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'blob:app://sprintbook/1234', 'app://other/index.html', 'about:blank', '',
    ]) {
      expect(isAllowedNavigation(url, APP_ORIGIN), url).toBe(false);
    }
  });
});

describe('links opened in the system browser', () => {
  it('may be https: or mailto:', () => {
    expect(isSafeExternalUrl('https://example.com/guide?x=1')).toBe(true);
    expect(isSafeExternalUrl('mailto:owner@example.com?subject=Readiness')).toBe(true);
  });

  it('may not be http:, file:, javascript:, a custom scheme or a path', () => {
    for (const url of [
      'http://example.com/', 'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ms-msdt:/id PCWDiagnostic',
      'smb://server/share', 'vscode://file/x', '/etc/passwd', 'example.com', 'data:text/html,x', 'mailto:',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('may not carry credentials, whitespace or control characters', () => {
    expect(isSafeExternalUrl('https://bank.example@evil.example/')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com/')).toBe(false);
    expect(isSafeExternalUrl('https://example.com/ --flag')).toBe(false);
    expect(isSafeExternalUrl('https://example.com/\n')).toBe(false);
  });

  it('are refused when they are not strings or are too long', () => {
    expect(isSafeExternalUrl(42)).toBe(false);
    expect(isSafeExternalUrl(null)).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBe(false);
  });
});

describe('web permissions', () => {
  it('are denied, camera, location and notifications among them', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'fullscreen']) {
      expect(isPermissionAllowed(permission, 'app://sprintbook/index.html', APP_ORIGIN), permission).toBe(false);
    }
  });

  it('grant only clipboard writes and persistent storage, and only to the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://sprintbook/', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://sprintbook/', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/', APP_ORIGIN)).toBe(false);
  });
});
