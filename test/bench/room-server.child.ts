/**
 * The room server for `npm run bench -- room`, in a process of its own so its memory is its own:
 * starts a loopback room, reports its status, and answers `stats` (memory, handling times,
 * refusals) until told to stop.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRoomHost } from '../../electron/node/room';

const dir = mkdtempSync(join(tmpdir(), 'sprintbook-room-bench-'));
mkdirSync(join(dir, 'participant'));
writeFileSync(join(dir, 'participant', 'index.html'), '<!doctype html><main id="app"></main>');
const host = createRoomHost({ rendererDir: dir, facilitator: { listener: 'own', origins: [] }, addresses: () => [] });
const started = await host.start({ title: 'Bench room', bind: 'loopback' });
if (!started.ok) throw new Error(started.error.message);

const send = (message: unknown) => process.send!(message);
send({ type: 'status', status: started.value });

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    global.gc?.();
    const room = host.room;
    send({
      type: 'stats',
      memory: process.memoryUsage(),
      handling: room?.counters.handlingTimes(),
      handled: room?.counters.handled,
      refused: room?.counters.snapshot(),
    });
  }
  if (message.type === 'stop') {
    void host.stop().then(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
