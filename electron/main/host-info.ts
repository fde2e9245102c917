/** The Host's `info()`: which host this is, on which platform, in which version. */
import type { HostInfo } from '../../shared/host';

export function hostInfo(platform: NodeJS.Platform, version: string): HostInfo {
  const name = platform === 'darwin' ? 'mac' : platform === 'win32' ? 'windows' : platform === 'linux' ? 'linux' : 'other';
  return { kind: 'electron', platform: name, version };
}
