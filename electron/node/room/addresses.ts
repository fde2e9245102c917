/**
 * The addresses of this machine a room can be reached on from phones: the IPv4 addresses of its
 * network interfaces that are not loopback, private ranges first (the meeting room's Wi-Fi),
 * link-local last.
 */
import { networkInterfaces } from 'node:os';
import type { LanAddress } from '../../../shared/room';

export function lanAddresses(interfaces = networkInterfaces()): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push({ name, address: entry.address });
    }
  }
  const rank = (a: string) => (/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a) ? 0 : a.startsWith('169.254.') ? 2 : 1);
  return found.sort((a, b) => rank(a.address) - rank(b.address));
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^127\./.test(address) || /^::ffff:127\./.test(address);
}
