import { describe, expect, it } from 'vitest';
import { leadingTier } from '../../../../../renderer/features/room/tiers';
import { roomTimerOf } from '../../../../../renderer/features/room/useBlockTimerRelay';
import type { TimerRun } from '../../../../../renderer/state/timer';

describe('the tier a revealed vote offers first', () => {
  it('is the most chosen tier', () => {
    expect(leadingTier({ low: 3, medium: 1, high: 0 }, 'high')).toBe('low');
  });

  it('on a tie, is the suggestion when it is among the tied, else the higher (safer) tier', () => {
    expect(leadingTier({ low: 2, medium: 0, high: 2 }, 'low')).toBe('low');
    expect(leadingTier({ low: 2, medium: 2, high: 0 }, 'high')).toBe('medium');
    expect(leadingTier({ low: 0, medium: 0, high: 0 }, undefined)).toBe('high');
  });
});

describe('the block timer as the phones get it', () => {
  const block = { day: 4, index: 1, title: 'Classify every decision', minutes: 45 };
  const now = Date.parse('2026-11-02T10:00:00Z');

  it('counts the seconds left of a running block, and of a paused one', () => {
    const running: TimerRun = { status: 'running', block, endsAt: now + 18 * 60_000 + 42_000 };
    expect(roomTimerOf(running, 4, 'Classify every decision', now)).toEqual({ running: true, remainingSeconds: 18 * 60 + 42 });
    const paused: TimerRun = { status: 'paused', block, remainingMs: 90_000 };
    expect(roomTimerOf(paused, 4, 'Classify every decision', now)).toEqual({ running: false, remainingSeconds: 90 });
  });

  it('goes negative once the block overruns', () => {
    const over: TimerRun = { status: 'running', block, endsAt: now - 30_000 };
    expect(roomTimerOf(over, 4, 'Classify every decision', now)?.remainingSeconds).toBe(-30);
  });

  it('is none for another block, or when nothing is timed', () => {
    const running: TimerRun = { status: 'running', block, endsAt: now + 60_000 };
    expect(roomTimerOf(running, 5, 'Classify every decision', now)).toBeUndefined();
    expect(roomTimerOf(running, 4, 'Another block', now)).toBeUndefined();
    expect(roomTimerOf(null, 4, 'Classify every decision', now)).toBeUndefined();
  });
});
