/**
 * The desktop app's room calls, as main answers them: a room starts on loopback with a join
 * link, a QR code and the facilitator's endpoint; a bad payload is refused by the schema; stop
 * ends it; without a room host the calls say so.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { HostResult, OpenRoomStatus, RoomStatus } from '../../../../shared/host';
import { HandleRegistry } from '../../../../electron/node/handle-registry';
import { createRoomHost, type RoomHost } from '../../../../electron/node/room';
import { createHostService, type Dialogs, type HostService } from '../../../../electron/main/host-service';
import { LaunchFiles } from '../../../../electron/main/launch-file';
import { APP_ORIGIN } from '../../../../electron/main/app-origin';
import { pageFolder } from '../../electron/node/room/room-fixture';

const page = pageFolder();
let room: RoomHost | undefined;
afterEach(async () => {
  await room?.stop();
});
afterAll(() => page.remove());

function service(withRoom: boolean): HostService {
  room = withRoom ? createRoomHost({ rendererDir: page.dir, facilitator: { listener: 'own', origins: [APP_ORIGIN] }, addresses: () => [] }) : undefined;
  return createHostService({
    registry: new HandleRegistry(), launchFiles: new LaunchFiles(), dialogs: {} as Dialogs, openExternal: vi.fn(),
    info: { kind: 'electron', platform: 'linux', version: '0.1.0' },
    ...(room ? { room } : {}),
  });
}

describe('the room calls in main', () => {
  it('starts a room and reports it; starting again answers with the same room; stop ends it', async () => {
    const host = service(true);
    const started = await host.call('roomStart', [{ title: 'Day 4', bind: 'loopback' }]) as HostResult<OpenRoomStatus>;
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value).toMatchObject({ open: true, title: 'Day 4', bind: 'loopback', address: '127.0.0.1', locked: false, participants: 0 });
    expect(started.value.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[0-9a-z]{26}$/);
    expect(started.value.shortUrl).toMatch(/^127\.0\.0\.1:\d+\/(?:[0-9a-z]{5}-){5}[0-9a-z]$/);
    expect(started.value.qrSvg).toMatch(/^<svg[^>]+viewBox="0 0 \d+ \d+"[\s\S]*<path/);
    expect(started.value.facilitator.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/room\/facilitator$/);
    const again = await host.call('roomStart', [{}]) as HostResult<OpenRoomStatus>;
    expect(again.ok && again.value.joinUrl).toBe(started.value.joinUrl);
    expect(await host.call('roomStop', [])).toEqual({ ok: true, value: { open: false, addresses: [] } });
    expect(await host.call('roomStatus', []) as HostResult<RoomStatus>).toEqual({ ok: true, value: { open: false, addresses: [] } });
    await expect(fetch(started.value.joinUrl)).rejects.toThrow();
  });

  it('refuses options the schema does not know, or an address that is not this machine’s', async () => {
    const host = service(true);
    expect(await host.call('roomStart', [{ bind: 'internet' }])).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringMatching(/"lan" or "loopback"/) } });
    expect(await host.call('roomStart', [{ address: '10.9.8.7' }])).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringMatching(/not an address of this machine/) } });
  });

  it('says the build cannot host a room when main was given none', async () => {
    expect(await service(false).call('roomStatus', [])).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
