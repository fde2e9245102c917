/**
 * The Unicode bidirectional algorithm (bidi-js, a kept library): embedding levels for a
 * paragraph, so Hebrew and Arabic read right to left, numbers and Latin inside them left to
 * right, and mixed lines come out in the order a reader expects. Text without right-to-left
 * characters or bidi controls skips the algorithm: every level is 0.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

const RTL_OR_CONTROL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Levels per UTF-16 unit (odd: right to left), the paragraph's direction found from its first strong character. */
export function embeddingLevels(text: string): Uint8Array {
  if (!RTL_OR_CONTROL.test(text)) return new Uint8Array(text.length);
  return bidi.getEmbeddingLevels(text, 'auto').levels;
}

/**
 * Visual order of `pieces` (in logical order, each with one level), by rule L2: from the
 * highest level down to the lowest odd one, reverse every run of pieces at that level or above.
 */
export function visualOrder<T extends { readonly level: number }>(pieces: readonly T[]): T[] {
  const out = [...pieces];
  if (out.length < 2) return out;
  let max = 0, minOdd = Infinity;
  for (const p of out) {
    max = Math.max(max, p.level);
    if (p.level % 2 === 1) minOdd = Math.min(minOdd, p.level);
  }
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < out.length;) {
      if (out[i]!.level < level) { i++; continue; }
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}
