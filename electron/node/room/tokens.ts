/**
 * The room's secrets and ids. The room token (in the join link) is 130 random bits written in
 * Crockford's lowercase base32, so it can be typed on a phone without the shift key and read
 * aloud without 0/o or 1/l confusion; participant and facilitator tokens are 256 random bits.
 * Tokens are looked up by their SHA-256 digest and compared in constant time, so neither a map
 * lookup nor a comparison leaks a secret by timing.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';
export const ROOM_TOKEN_CHARS = 26;

/** 26 characters of 5 random bits each: 130 bits. */
export function newRoomToken(): string {
  let token = '';
  for (let i = 0; i < ROOM_TOKEN_CHARS; i++) token += BASE32[randomInt(32)];
  return token;
}

/** A room token as typed: case and hyphens do not matter; null when it cannot be one. */
export function readRoomToken(typed: string): string | null {
  const token = typed.toLowerCase().replaceAll('-', '');
  return token.length === ROOM_TOKEN_CHARS && [...token].every((c) => BASE32.includes(c)) ? token : null;
}

/** The token in groups of five, for the short link read out or typed. */
export function groupedRoomToken(token: string): string {
  return token.match(/.{1,5}/g)!.join('-');
}

/** A secret handed to one participant or to the facilitator: 256 random bits, base64url. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A public id (a participant, an inbox item, a vote): unique, not secret. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('base64url')}`;
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}
