/** Which of this machine's addresses a room offers phones, and which count as loopback. */
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, lanAddresses } from '../../../../../electron/node/room/addresses';
import { createRoomHost } from '../../../../../electron/node/room';
import { pageFolder } from './room-fixture';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null }) as NetworkInterfaceInfo;

describe('the addresses a room can be reached on', () => {
  it('lists IPv4 addresses that are not loopback, private networks first and link-local last', () => {
    const found = lanAddresses({
      lo: [v4('127.0.0.1', true)],
      'vboxnet0': [v4('169.254.10.2')],
      eth0: [v4('203.0.113.7'), { ...v4('fe80::1'), family: 'IPv6' } as NetworkInterfaceInfo],
      wlan0: [v4('192.168.1.20')],
    });
    expect(found).toEqual([
      { name: 'wlan0', address: '192.168.1.20' },
      { name: 'eth0', address: '203.0.113.7' },
      { name: 'vboxnet0', address: '169.254.10.2' },
    ]);
  });

  it('tells loopback peers apart, IPv4-mapped ones included', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['192.168.1.20', '::ffff:192.168.1.20', undefined].some(isLoopbackAddress)).toBe(false);
  });

  it('refuses to open a room for phones on a computer that is on no network, saying what to do', async () => {
    const page = pageFolder();
    const host = createRoomHost({ rendererDir: page.dir, facilitator: { listener: 'own', origins: [] }, addresses: () => [] });
    expect(await host.start({})).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/on no network.*loopback to rehearse/) } });
    expect(host.status()).toEqual({ open: false, addresses: [] });
    page.remove();
  });
});
