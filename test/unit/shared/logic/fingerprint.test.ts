import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isFingerprint, sha256Hex, shortFingerprint } from '../../../../shared/logic';

describe('the workbook fingerprint', () => {
  it('is the SHA-256 of the text as UTF-8, in lowercase hex', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes text in any script the way Node hashes its UTF-8 bytes', async () => {
    const text = 'Ελληνικά, 日本語, हिन्दी, עברית, 👩🏽‍💼\n';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
  });

  it('changes when one character changes', async () => {
    expect(await sha256Hex('{"title": "A"}')).not.toBe(await sha256Hex('{"title": "B"}'));
  });

  it('is shown by its first twelve digits and recognized only whole', async () => {
    const hex = await sha256Hex('abc');
    expect(shortFingerprint(hex)).toBe('ba7816bf8f01');
    expect(isFingerprint(hex)).toBe(true);
    expect(isFingerprint(hex.slice(1))).toBe(false);
    expect(isFingerprint(hex.toUpperCase())).toBe(false);
  });
});
