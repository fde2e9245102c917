import { describe, expect, it } from 'vitest';
import { HandleRegistry, isHandleShaped } from '../../../../electron/node/handle-registry';

describe('the handle registry', () => {
  it('hands out an opaque handle for a picked file and resolves it back', () => {
    const registry = new HandleRegistry();
    const handle = registry.register('/home/me/Plan.sprintbook', 'workbook');
    expect(handle).not.toContain('Plan');
    expect(isHandleShaped(handle)).toBe(true);
    expect(registry.resolve(handle, 'workbook')).toEqual({ ok: true, entry: { path: '/home/me/Plan.sprintbook', kind: 'workbook' } });
  });

  it('refuses handles it never gave out', () => {
    const registry = new HandleRegistry();
    registry.register('/home/me/Plan.sprintbook', 'workbook');
    expect(registry.resolve('AAAAAAAAAAAAAAAAAAAAAA', 'workbook')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses things that are not handles at all, paths among them', () => {
    const registry = new HandleRegistry();
    for (const value of ['/home/me/Plan.sprintbook', '../Plan.sprintbook', '', 'short', null, 42, { handle: 'x' }]) {
      expect(registry.resolve(value, 'workbook'), String(value)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('keeps workbook handles and export handles apart', () => {
    const registry = new HandleRegistry();
    const exported = registry.register('/home/me/Governance.pdf', 'export');
    expect(registry.resolve(exported, 'workbook')).toEqual({ ok: false, reason: 'wrong-kind' });
  });

  it('gives the same file the same handle, and different files different ones', () => {
    const registry = new HandleRegistry();
    const a = registry.register('/home/me/A.sprintbook', 'workbook');
    expect(registry.register('/home/me/A.sprintbook', 'workbook')).toBe(a);
    expect(registry.register('/home/me/B.sprintbook', 'workbook')).not.toBe(a);
  });

  it('makes handles that cannot be guessed: 128 random bits, all different', () => {
    const registry = new HandleRegistry();
    const handles = new Set(Array.from({ length: 500 }, (_, i) => registry.register(`/tmp/w${i}.sprintbook`, 'workbook')));
    expect(handles.size).toBe(500);
    for (const handle of handles) expect(Buffer.from(handle, 'base64url')).toHaveLength(16);
  });

  it('draws again when a random handle is already taken', () => {
    const draws = [new Uint8Array(16).fill(1), new Uint8Array(16).fill(1), new Uint8Array(16).fill(2)];
    const registry = new HandleRegistry(() => draws.shift()!);
    const a = registry.register('/tmp/a.sprintbook', 'workbook');
    const b = registry.register('/tmp/b.sprintbook', 'workbook');
    expect(a).not.toBe(b);
    expect(registry.resolve(b, 'workbook')).toMatchObject({ ok: true, entry: { path: '/tmp/b.sprintbook' } });
  });

  it('refuses to register relative paths, .. segments and non-workbook files as workbooks', () => {
    const registry = new HandleRegistry();
    expect(() => registry.register('Plan.sprintbook', 'workbook')).toThrow(/not absolute/);
    expect(() => registry.register('/home/me/../Plan.sprintbook', 'workbook')).toThrow(/\.\./);
    expect(() => registry.register('/home/me/Plan.txt', 'workbook')).toThrow(/\.sprintbook/);
    expect(() => registry.register('/home/me/Governance', 'export')).toThrow(/extension/);
    expect(registry.size).toBe(0);
  });

  it('forgets a handle on request', () => {
    const registry = new HandleRegistry();
    const handle = registry.register('/tmp/a.sprintbook', 'workbook');
    registry.forget(handle);
    expect(registry.resolve(handle, 'workbook')).toEqual({ ok: false, reason: 'unknown' });
  });
});
