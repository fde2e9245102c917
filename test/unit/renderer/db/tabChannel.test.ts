import { afterEach, describe, expect, it } from 'vitest';
import { isTabMessage, openTabChannel, type TabChannel, type TabMessage } from '../../../../renderer/db/tabChannel';
import { until } from './fakeDb';

describe('the channel between tabs (a real BroadcastChannel)', () => {
  const open: TabChannel[] = [];
  const raw: BroadcastChannel[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
    for (const c of raw.splice(0)) c.close();
  });

  it('carries a message to the other tabs, never back to its sender', async () => {
    const name = `test-${Math.random()}`;
    const a = openTabChannel(name, 'a');
    const b = openTabChannel(name, 'b');
    open.push(a, b);
    const heardByA: TabMessage[] = [];
    const heardByB: TabMessage[] = [];
    a.listen((m) => heardByA.push(m));
    b.listen((m) => heardByB.push(m));
    a.post({ kind: 'written', workbookId: 'wb-1', revision: 3 });
    await until(() => heardByB.length === 1);
    expect(heardByB).toEqual([{ kind: 'written', workbookId: 'wb-1', revision: 3, tab: 'a' }]);
    expect(heardByA).toEqual([]);
  });

  it('believes only well-formed messages: anything else posted on the channel is ignored', async () => {
    const name = `test-${Math.random()}`;
    const listener = openTabChannel(name, 'listener');
    const stranger = new BroadcastChannel(name);
    open.push(listener);
    raw.push(stranger);
    const heard: TabMessage[] = [];
    listener.listen((m) => heard.push(m));
    for (const junk of [null, 'written', { kind: 'written', workbookId: 'wb-1', tab: 'x' }, { kind: 'written', workbookId: 'wb-1', revision: -1, tab: 'x' }, { kind: 'delete-everything', workbookId: 'wb-1', tab: 'x' }]) {
      stranger.postMessage(junk);
    }
    stranger.postMessage({ kind: 'opened', workbookId: 'wb-1', tab: 'x' });
    await until(() => heard.length === 1);
    expect(heard).toEqual([{ kind: 'opened', workbookId: 'wb-1', tab: 'x' }]);
  });

  it('checks the shape of each kind of message', () => {
    expect(isTabMessage({ kind: 'written', workbookId: 'wb', revision: 2.5, tab: 't' })).toBe(false);
    expect(isTabMessage({ kind: 'closed', workbookId: 7, tab: 't' })).toBe(false);
    expect(isTabMessage({ kind: 'here', workbookId: 'wb', tab: 't' })).toBe(true);
  });
});
