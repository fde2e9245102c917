/**
 * Everything time- or identity-like that ends up in a file, derived from the caller's clock
 * (`now`) and the content alone, so the same report exported twice, on any machine and in
 * any time zone, gives the same bytes.
 */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** PDF date in UTC (`D:YYYYMMDDHHmmSS+00'00'`): jsPDF's own conversion uses the local zone. */
export function pdfDate(now: Date): string {
  return `D:${pad(now.getUTCFullYear(), 4)}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`
    + `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}+00'00'`;
}

/** W3C date-time in UTC to the second, as core.xml wants. */
export function isoSeconds(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A Date whose *local* fields equal `now`'s UTC date at noon: zip writers read local fields,
 * so this gives every machine the same DOS timestamp (noon is never inside a DST jump).
 */
export function zipDate(now: Date): Date {
  // DOS dates only span 1980–2107 (and fflate takes 1980–2099): clamp rather than fail.
  const year = Math.min(2099, Math.max(1980, Number.isFinite(now.getTime()) ? now.getUTCFullYear() : 1980));
  if (year !== now.getUTCFullYear()) return new Date(year, 0, 1, 12, 0, 0);
  return new Date(year, now.getUTCMonth(), now.getUTCDate(), 12, 0, 0);
}

/** 128-bit FNV-1a-style hash as 32 hex digits: a stable PDF file identifier for the content. */
export function hashHex(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds.map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      h = (h ^ (h >>> 13)) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  }).join('').toUpperCase();
}
