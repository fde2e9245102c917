import { describe, expect, it } from 'vitest';
import { createTimerStore, formatRemaining, parseTimer, remainingMs, timerKey, type TimedBlock } from '../../../../renderer/state/timer';

const BLOCK: TimedBlock = { day: 4, index: 1, title: 'Suggested tiers', minutes: 60 };

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function setup() {
  let now = 1_000_000;
  const storage = memoryStorage();
  const make = () => createTimerStore('wb-1', { storage, now: () => now });
  return { storage, make, advance: (ms: number) => { now += ms; }, now: () => now };
}

describe('the block timer', () => {
  it('counts a started block down from its length', () => {
    const t = setup();
    const store = t.make();
    store.getState().start(BLOCK);
    t.advance(90_000);
    expect(remainingMs(store.getState().run!, t.now())).toBe(58.5 * 60_000);
  });

  it('comes back after a reload still running, with the time that passed meanwhile gone', () => {
    const t = setup();
    t.make().getState().start(BLOCK);
    t.advance(10 * 60_000);
    const reloaded = t.make();
    expect(reloaded.getState().run).toMatchObject({ status: 'running', block: BLOCK });
    expect(remainingMs(reloaded.getState().run!, t.now())).toBe(50 * 60_000);
  });

  it('keeps a paused block paused across a reload, with the time it had left', () => {
    const t = setup();
    const store = t.make();
    store.getState().start(BLOCK);
    t.advance(5 * 60_000);
    store.getState().pause();
    t.advance(30 * 60_000);
    const reloaded = t.make();
    expect(reloaded.getState().run).toEqual({ status: 'paused', block: BLOCK, remainingMs: 55 * 60_000 });
    reloaded.getState().resume();
    t.advance(60_000);
    expect(remainingMs(reloaded.getState().run!, t.now())).toBe(54 * 60_000);
  });

  it('adds five minutes, counted from now once the block has overrun', () => {
    const t = setup();
    const store = t.make();
    store.getState().start({ ...BLOCK, minutes: 10 });
    store.getState().addMinutes(5);
    expect(remainingMs(store.getState().run!, t.now())).toBe(15 * 60_000);
    t.advance(17 * 60_000);
    expect(remainingMs(store.getState().run!, t.now())).toBe(-2 * 60_000);
    store.getState().addMinutes(5);
    expect(remainingMs(store.getState().run!, t.now())).toBe(5 * 60_000);
  });

  it('keeps the sound off until asked, and forgets a stopped timer', () => {
    const t = setup();
    const store = t.make();
    expect(store.getState().sound).toBe(false);
    store.getState().start(BLOCK);
    store.getState().setSound(true);
    store.getState().stop();
    expect(t.make().getState()).toMatchObject({ run: null, sound: true });
    store.getState().setSound(false);
    expect(t.storage.items.has(timerKey('wb-1'))).toBe(false);
  });

  it('reads nothing from a key another version or a hand wrote badly', () => {
    expect(parseTimer('not json')).toEqual({ run: null, sound: false });
    expect(parseTimer('{"run":{"status":"running","block":{"day":1},"endsAt":5}}')).toEqual({ run: null, sound: false });
    expect(parseTimer('{"run":{"status":"paused","block":{"day":1,"index":0,"title":"x","minutes":5},"remainingMs":"soon"},"sound":true}')).toEqual({ run: null, sound: true });
  });

  it('shows minutes and seconds, rounding up while counting and marking an overrun', () => {
    expect(formatRemaining(12 * 60_000 + 4_100)).toBe('12:05');
    expect(formatRemaining(9_000)).toBe('0:09');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-90_500)).toBe('−1:30');
  });
});
