import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acceptLaunchPath, launchFileFromArgv, LaunchFiles } from '../../../../electron/main/launch-file';

const packaged = { defaultApp: false, cwd: '/home/me' };
const dev = { defaultApp: true, cwd: '/home/me' };

describe('the launch file on the command line', () => {
  it('is the first .sprintbook argument, made absolute', () => {
    expect(launchFileFromArgv(['/opt/Sprintbook/sprintbook', 'plans/q3.sprintbook'], packaged)).toBe('/home/me/plans/q3.sprintbook');
    expect(launchFileFromArgv(['/opt/Sprintbook/sprintbook', '/tmp/a.sprintbook', '/tmp/b.sprintbook'], packaged)).toBe('/tmp/a.sprintbook');
  });

  it('skips the app folder when run as `electron .`', () => {
    expect(launchFileFromArgv(['/usr/bin/electron', '/repo/x.sprintbook', 'y.sprintbook'], dev)).toBe('/home/me/y.sprintbook');
  });

  it('skips switches, such as those Chromium adds', () => {
    expect(launchFileFromArgv(['app', '--original-process-start-time=1', '--flag=a.sprintbook', 'a.sprintbook'], packaged)).toBe('/home/me/a.sprintbook');
  });

  it('accepts file:// URLs, which Linux launchers pass', () => {
    expect(launchFileFromArgv(['app', pathToFileURL('/tmp/My Plan.sprintbook').href], packaged)).toBe('/tmp/My Plan.sprintbook');
  });

  it('ignores other files, other schemes and no arguments at all', () => {
    expect(launchFileFromArgv(['app', 'notes.txt', 'https://example.com/a.sprintbook'], packaged)).toBeNull();
    expect(launchFileFromArgv(['app'], packaged)).toBeNull();
  });
});

describe('a path handed over by another process', () => {
  it('is taken only when it is an absolute .sprintbook path without ..', () => {
    expect(acceptLaunchPath('/tmp/a.sprintbook')).toBe('/tmp/a.sprintbook');
    expect(acceptLaunchPath('a.sprintbook')).toBeNull();
    expect(acceptLaunchPath('/tmp/../etc/a.sprintbook')).toBeNull();
    expect(acceptLaunchPath('/etc/passwd')).toBeNull();
    expect(acceptLaunchPath({ file: '/tmp/a.sprintbook' })).toBeNull();
  });
});

describe('the pending launch file', () => {
  it('is given out once', () => {
    const files = new LaunchFiles();
    files.offer('/tmp/a.sprintbook');
    expect(files.take()).toBe('/tmp/a.sprintbook');
    expect(files.take()).toBeNull();
  });

  it('is the latest one offered', () => {
    const files = new LaunchFiles();
    files.offer('/tmp/a.sprintbook');
    files.offer('/tmp/b.sprintbook');
    expect(files.take()).toBe('/tmp/b.sprintbook');
  });

  it('remembers whether the renderer has asked since it (re)loaded', () => {
    const files = new LaunchFiles();
    expect(files.asked).toBe(false);
    files.take();
    expect(files.asked).toBe(true);
    files.resetAsked();
    expect(files.asked).toBe(false);
  });
});
