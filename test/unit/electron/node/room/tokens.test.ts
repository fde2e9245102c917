/** The room's tokens: long enough not to be guessed, and easy to type from a projector. */
import { describe, expect, it } from 'vitest';
import { groupedRoomToken, newRoomToken, newSecretToken, readRoomToken, ROOM_TOKEN_CHARS, sameSecret } from '../../../../../electron/node/room/tokens';
import { TokenBucket, WindowCounter } from '../../../../../electron/node/room/rate-limit';

describe('room tokens', () => {
  it('carry at least 128 random bits in characters without 0/o or 1/l confusion', () => {
    const token = newRoomToken();
    expect(token).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
    expect(ROOM_TOKEN_CHARS * Math.log2(32)).toBeGreaterThanOrEqual(128);
    const many = new Set(Array.from({ length: 1000 }, newRoomToken));
    expect(many.size).toBe(1000);
  });

  it('read back as typed from the short link: any case, with or without hyphens', () => {
    const token = newRoomToken();
    expect(readRoomToken(groupedRoomToken(token))).toBe(token);
    expect(readRoomToken(groupedRoomToken(token).toUpperCase())).toBe(token);
    expect(groupedRoomToken(token)).toMatch(/^(?:[0-9a-z]{5}-){5}[0-9a-z]$/);
    expect(readRoomToken('short')).toBeNull();
    expect(readRoomToken('o'.repeat(26))).toBeNull();
  });

  it('makes secrets of 256 bits and compares them without regard to length', () => {
    expect(newSecretToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const s = newSecretToken();
    expect(sameSecret(s, s)).toBe(true);
    expect(sameSecret(`${s}x`, s)).toBe(false);
    expect(sameSecret('', s)).toBe(false);
  });
});

describe('the rate limit', () => {
  it('lets a burst through, then the steady rate', () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
  });

  it('counts events in a sliding window', () => {
    const window = new WindowCounter(2, 1000);
    expect([window.add(0), window.add(100), window.add(200)]).toEqual([false, false, true]);
    expect(window.add(1150)).toBe(false);
  });
});
