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

  it('may be mailto: with a subject and a body that speak of attachments', () => {
    for (const url of [
      'mailto:owner@example.com?subject=The%20attachment&body=See%20the%20attached%20scorecard',
      'mailto:attach@example.com', 'mailto:a@example.com?subject=attachments', 'mailto:a@example.com?x-attached=1',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(true);
    }
  });

  it('may not be mailto: links that ask the mail client to attach a file, however it is spelled', () => {
    for (const url of [
      'mailto:a@example.com?attach=/etc/passwd',
      'mailto:a@example.com?attachment=~/.ssh/id_rsa',
      'mailto:a@example.com?subject=Hi&ATTACH=/home/me/plan.sprintbook',
      'mailto:a@example.com?subject=Hi&Attachment=C:%5CUsers%5Cme%5Cdoc.docx',
      'mailto:a@example.com?%61ttach=/etc/passwd',
      'mailto:a@example.com?attach%6Dent=/etc/passwd',
      'mailto:a@example.com?%2561ttach=/etc/passwd',
      'mailto:a@example.com?%41%54%54%41%43%48=/etc/passwd',
      'mailto:a@example.com?body=hello%26attach%3D/etc/passwd',
      'mailto:a@example.com%3Fattach=/etc/passwd',
      'mailto:a@example.com?subject=x;attach=/etc/passwd',
      'mailto:a@example.com?attach',
      'mailto:a@example.com?%20attach%20=/etc/passwd',
      'mailto:a@example.com?attach+=/etc/passwd',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('may not be mailto: links encoded over and over until no one can tell what they ask', () => {
    let name = '%61ttach';
    for (let i = 0; i < 9; i++) name = name.replace('%', '%25');
    expect(isSafeExternalUrl(`mailto:a@example.com?${name}=/etc/passwd`)).toBe(false);
    expect(isSafeExternalUrl('mailto:a@example.com?subject=100%25%20done')).toBe(true);
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
