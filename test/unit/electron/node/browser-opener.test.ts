import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener, findOnPath } from '../../../../electron/node/browser-opener';

const URL = 'http://127.0.0.1:5180/';
const BIN = join('/', 'usr', 'bin');
const withXdgOpen = (path: string) => path === join(BIN, 'xdg-open');
const nothingInstalled = () => false;

describe('opening the browser version in the system browser', () => {
  it('uses xdg-open on Linux when there is a display and xdg-open is on the PATH', () => {
    const opener = browserOpener(URL, { platform: 'linux', env: { DISPLAY: ':0', PATH: BIN }, isExecutable: withXdgOpen });
    expect(opener).toEqual({ found: true, command: join(BIN, 'xdg-open'), args: [URL], verbatim: false });
  });

  it('accepts a Wayland display as well as an X one', () => {
    const opener = browserOpener(URL, { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', PATH: BIN }, isExecutable: withXdgOpen });
    expect(opener.found).toBe(true);
  });

  it('opens nothing on Linux without a display, where xdg-open would start a text browser in the terminal', () => {
    const opener = browserOpener(URL, { platform: 'linux', env: { PATH: BIN }, isExecutable: withXdgOpen });
    expect(opener).toEqual({ found: false, reason: expect.stringMatching(/no display/) });
  });

  it('opens nothing on Linux when xdg-open is not installed', () => {
    const opener = browserOpener(URL, { platform: 'linux', env: { DISPLAY: ':0', PATH: BIN }, isExecutable: nothingInstalled });
    expect(opener).toEqual({ found: false, reason: 'xdg-open is not installed' });
  });

  it('uses open on macOS', () => {
    expect(browserOpener(URL, { platform: 'darwin', env: {} })).toEqual({ found: true, command: 'open', args: [URL], verbatim: false });
  });

  it('uses cmd’s start on Windows, with an empty window title before the quoted address', () => {
    expect(browserOpener(URL, { platform: 'win32', env: { ComSpec: 'C:\\Windows\\system32\\cmd.exe' } })).toEqual({
      found: true, command: 'C:\\Windows\\system32\\cmd.exe', args: ['/d', '/s', '/c', `start "" "${URL}"`], verbatim: true,
    });
    expect(browserOpener(URL, { platform: 'win32', env: {} })).toMatchObject({ command: 'cmd.exe' });
  });

  it('opens nothing when SPRINTBOOK_NO_BROWSER is set, whatever the platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const opener = browserOpener(URL, { platform, env: { SPRINTBOOK_NO_BROWSER: '1', DISPLAY: ':0', PATH: BIN }, isExecutable: withXdgOpen });
      expect(opener).toEqual({ found: false, reason: 'SPRINTBOOK_NO_BROWSER is set' });
    }
  });

  it('reads SPRINTBOOK_NO_BROWSER=0, false or empty as not set', () => {
    for (const value of ['0', 'false', 'FALSE', '']) {
      expect(browserOpener(URL, { platform: 'darwin', env: { SPRINTBOOK_NO_BROWSER: value } }).found).toBe(true);
    }
  });

  it('says so on a platform it has no opener for', () => {
    expect(browserOpener(URL, { platform: 'aix', env: {} })).toEqual({ found: false, reason: expect.stringContaining('aix') });
  });
});

describe('finding a command on the PATH', () => {
  it('takes the first folder that has it and skips empty entries', () => {
    const path = ['', join('/', 'a'), join('/', 'b'), join('/', 'c')].join(delimiter);
    const present = new Set([join('/', 'b', 'tool'), join('/', 'c', 'tool')]);
    expect(findOnPath('tool', path, (p) => present.has(p))).toBe(join('/', 'b', 'tool'));
  });

  it('is null when no folder has it or there is no PATH', () => {
    expect(findOnPath('tool', join('/', 'a'), nothingInstalled)).toBeNull();
    expect(findOnPath('tool', undefined, () => true)).toBeNull();
  });
});
