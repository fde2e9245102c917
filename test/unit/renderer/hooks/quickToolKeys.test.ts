import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../renderer/app/shortcuts';
import { quickToolForKey } from '../../../../renderer/hooks/quickToolKeys';

const key = (k: string, code: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k, code, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt,
});

describe('the quick tools’ keys', () => {
  it('search with Ctrl+K, or Cmd+K on a Mac', () => {
    expect(quickToolForKey(key('k', 'KeyK', { ctrl: true }), false)).toBe('search');
    expect(quickToolForKey(key('K', 'KeyK', { ctrl: true }), false)).toBe('search');
    expect(quickToolForKey(key('k', 'KeyK', { meta: true }), true)).toBe('search');
    expect(quickToolForKey(key('k', 'KeyK', { ctrl: true }), true)).toBeNull();
  });

  it('park a question with Ctrl+Shift+. by the key’s place, whatever character the layout gives it', () => {
    expect(quickToolForKey(key('>', 'Period', { ctrl: true, shift: true }), false)).toBe('capture');
    expect(quickToolForKey(key(':', 'Period', { ctrl: true, shift: true }), false)).toBe('capture');
    expect(quickToolForKey(key('>', 'Period', { meta: true, shift: true }), true)).toBe('capture');
  });

  it('leave alone plain typing, Alt combinations and the app’s own shortcuts', () => {
    expect(quickToolForKey(key('k', 'KeyK'), false)).toBeNull();
    expect(quickToolForKey(key('.', 'Period', { ctrl: true }), false)).toBeNull();
    expect(quickToolForKey(key('k', 'KeyK', { ctrl: true, alt: true }), false)).toBeNull();
    for (const [k, code] of [['z', 'KeyZ'], ['y', 'KeyY'], ['s', 'KeyS'], ['o', 'KeyO']]) {
      expect(quickToolForKey(key(k!, code!, { ctrl: true }), false)).toBeNull();
    }
  });

  it('are none of the shortcuts the app already dispatches', () => {
    for (const mac of [false, true]) {
      const mod = mac ? { meta: true } : { ctrl: true };
      expect(commandForKey(key('k', 'KeyK', mod), mac)).toBeNull();
      expect(commandForKey(key('>', 'Period', { ...mod, shift: true }), mac)).toBeNull();
    }
  });
});
