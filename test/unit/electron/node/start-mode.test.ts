import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseStartMode, fallbackNotice, openFailedNotice, parseStartArguments, portTakenNotice, servedNotice, unopenedFilesNotice,
} from '../../../../electron/node/start-mode';

const ROOT = resolve('/repo');
const URL = 'http://127.0.0.1:5180/';

describe('choosing between the desktop app and the browser version', () => {
  it('launches Electron when its runtime is there', () => {
    const executable = join(ROOT, 'node_modules', 'electron', 'dist', 'electron');
    expect(chooseStartMode({ found: true, executable, version: '41.7.1' }, ROOT)).toEqual({ mode: 'electron', executable });
  });

  it('falls back to the browser version when the runtime could not be downloaded', () => {
    const start = chooseStartMode({ found: false, reason: 'not-downloaded', version: '41.7.1' }, ROOT);
    expect(start).toEqual({ mode: 'browser', notice: expect.stringContaining('falling back to the browser version') });
  });

  it('falls back as well when the electron package is missing or its binary is gone', () => {
    expect(chooseStartMode({ found: false, reason: 'no-package' }, ROOT).mode).toBe('browser');
    expect(chooseStartMode({ found: false, reason: 'binary-missing', version: '41.7.1' }, ROOT).mode).toBe('browser');
  });
});

describe('the fallback notice', () => {
  const offline = fallbackNotice({ found: false, reason: 'not-downloaded', version: '41.7.1' }, ROOT);

  it('is one line that says it falls back, and why', () => {
    expect(offline).not.toContain('\n');
    expect(offline).toBe(
      'Sprintbook: the Electron 41.7.1 runtime could not be downloaded (offline?), falling back to the browser version '
        + '(the README\'s "Desktop app" says how to get Electron).',
    );
  });

  it('names where a missing binary was expected, relative to the project', () => {
    const expected = join(ROOT, 'node_modules', 'electron', 'dist', 'electron');
    const notice = fallbackNotice({ found: false, reason: 'binary-missing', version: '41.7.1', expected }, ROOT);
    expect(notice).toContain(`the Electron 41.7.1 runtime is missing at ${join('node_modules', 'electron', 'dist', 'electron')},`);
  });

  it('says when the electron package itself is not installed', () => {
    expect(fallbackNotice({ found: false, reason: 'no-package' }, ROOT)).toMatch(/^Sprintbook: the electron package is not installed, falling back/);
  });
});

describe('the arguments of npm start', () => {
  it('makes files absolute against the folder npm start was run from and passes options on', () => {
    const args = parseStartArguments(['plans/q3.sprintbook', '--inspect-nothing'], resolve('/home/ana'));
    expect(args).toEqual({
      appArgs: [resolve('/home/ana', 'plans/q3.sprintbook'), '--inspect-nothing'],
      files: ['plans/q3.sprintbook'],
      noBrowser: false,
    });
  });

  it('takes --no-browser for itself and does not pass it to the app', () => {
    const args = parseStartArguments(['--no-browser', 'a.sprintbook'], ROOT);
    expect(args.noBrowser).toBe(true);
    expect(args.appArgs).toEqual([join(ROOT, 'a.sprintbook')]);
  });
});

describe('what the browser version prints', () => {
  it('gives the address and that the browser opens it', () => {
    expect(servedNotice(URL, { opened: true })).toBe(`Sprintbook is served at ${URL} and opens in your browser (Ctrl+C stops it).`);
  });

  it('gives the address and why no browser was opened', () => {
    const line = servedNotice(URL, { opened: false, reason: 'SPRINTBOOK_NO_BROWSER is set' });
    expect(line).toContain(URL);
    expect(line).toContain('not opened here: SPRINTBOOK_NO_BROWSER is set');
    expect(line).toContain('Ctrl+C stops it');
  });

  it('repeats the address when the opener failed', () => {
    expect(openFailedNotice(URL, 'xdg-open exited with code 3')).toBe(`Could not open a browser (xdg-open exited with code 3): open ${URL} yourself.`);
  });

  it('says that files named on the command line are opened from the app, not dropped silently', () => {
    expect(unopenedFilesNotice([])).toBeNull();
    expect(unopenedFilesNotice(['q3.sprintbook'])).toMatch(/cannot open files named on the command line: open q3\.sprintbook with Open/);
    expect(unopenedFilesNotice(['a.sprintbook', 'b.sprintbook'])).toContain('2 files (a.sprintbook, b.sprintbook)');
  });

  it('explains a taken port, and why another port shows another library', () => {
    const notice = portTakenNotice('127.0.0.1', 5180);
    expect(notice).toContain('Port 5180 on 127.0.0.1 is taken');
    expect(notice).toContain('http://127.0.0.1:5180/');
    expect(notice).toMatch(/PORT=N .*another library/);
  });
});
