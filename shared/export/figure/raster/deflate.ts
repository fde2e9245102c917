/**
 * The zlib stream of a PNG's scanlines (8-bit RGB, filter type None), deflated straight from
 * the rasterizer's packed pixels.
 *
 * Why not a general deflate (fflate): it hashes every byte, and a figure is megabytes of
 * bytes; that was most of the time of a DOCX export with many figures. A diagram's
 * redundancy is whole pixels: runs of one colour, rows that repeat the row above, and shapes
 * that recur (the same glyph in every label). So matches are looked for per pixel, on 32-bit
 * values: the pixel to the left, the pixel above, and the last place two pixels with the
 * same hash were seen. On the benchmark's maps and charts that is about four times as fast
 * as fflate at its fastest level, for files about a tenth larger. Still standard deflate
 * (dynamic Huffman blocks), so every PNG reader reads it.
 */

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order code length code lengths are written in (RFC 1951, 3.2.7). */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const LEN_CODE = new Uint8Array(259);
for (let c = 0; c < 29; c++) LEN_CODE.fill(c, LEN_BASE[c]!, c < 28 ? LEN_BASE[c + 1]! : 259);
LEN_CODE[258] = 28;
/** Distance code of d - 1 < 256 at [d - 1], of larger ones at [256 + ((d - 1) >> 7)], as zlib does. */
const DIST_CODE = new Uint8Array(512);
for (let c = 0; c < 30; c++) {
  const from = DIST_BASE[c]! - 1, to = c < 29 ? DIST_BASE[c + 1]! - 1 : 32768;
  for (let d = from; d < to; d++) DIST_CODE[d < 256 ? d : 256 + (d >> 7)] = c;
}
const distCode = (d: number): number => DIST_CODE[d <= 256 ? d - 1 : 256 + ((d - 1) >> 7)]!;

const WINDOW = 32768;
const MAX_MATCH = 258;
/** Symbols per block: enough for Huffman tables to pay off, few enough to follow the image's changes. */
const BLOCK_SYMBOLS = 1 << 16;
const HASH_BITS = 15;
/** A match in the symbol buffer: flag, length in bits 16–24, distance in bits 0–15. */
const MATCH = 0x10000000;

/** Huffman code lengths of at most `limit` bits; trees are always complete, even with one symbol. */
export function codeLengths(freq: ArrayLike<number>, limit: number): Uint8Array {
  const n = freq.length;
  const f = Float64Array.from(freq);
  for (;;) {
    const used: number[] = [];
    for (let i = 0; i < n; i++) if (f[i]! > 0) used.push(i);
    const lengths = new Uint8Array(n);
    if (used.length < 2) {
      const only = used[0] ?? 0;
      lengths[only] = 1;
      lengths[only === 0 ? 1 : 0] = 1;
      return lengths;
    }
    used.sort((a, b) => f[a]! - f[b]! || a - b);
    // Two queues: sorted leaves, and internal nodes, which are made in non-decreasing weight.
    const m = used.length;
    const weight = new Float64Array(2 * m - 1), parent = new Int32Array(2 * m - 1);
    for (let i = 0; i < m; i++) weight[i] = f[used[i]!]!;
    let leaf = 0, node = m;
    for (let next = m; next < 2 * m - 1; next++) {
      const a = leaf < m && (node >= next || weight[leaf]! <= weight[node]!) ? leaf++ : node++;
      const b = leaf < m && (node >= next || weight[leaf]! <= weight[node]!) ? leaf++ : node++;
      weight[next] = weight[a]! + weight[b]!;
      parent[a] = next; parent[b] = next;
    }
    const depth = new Uint8Array(2 * m - 1);
    let max = 0;
    for (let i = 2 * m - 3; i >= 0; i--) depth[i] = depth[parent[i]!]! + 1;
    for (let i = 0; i < m; i++) { lengths[used[i]!] = depth[i]!; max = Math.max(max, depth[i]!); }
    if (max <= limit) return lengths;
    // Too deep (rare): flatten the frequencies and build again.
    for (let i = 0; i < n; i++) if (f[i]! > 0) f[i] = Math.floor(f[i]! / 2) + 1;
  }
}

/** Canonical Huffman codes for `lengths`, bit-reversed because deflate sends them MSB first into an LSB-first stream. */
function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const count = new Uint16Array(16);
  for (const l of lengths) count[l]!++;
  count[0] = 0;
  const next = new Uint16Array(16);
  for (let b = 1, code = 0; b < 16; b++) { code = (code + count[b - 1]!) << 1; next[b] = code; }
  const out = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (l === 0) continue;
    let c = next[l]!++, r = 0;
    for (let k = 0; k < l; k++) { r = (r << 1) | (c & 1); c >>= 1; }
    out[i] = r;
  }
  return out;
}

class BitWriter {
  bytes: Uint8Array;
  length = 0;
  private acc = 0;
  private bits = 0;

  constructor(capacity: number) { this.bytes = new Uint8Array(capacity); }

  /** Appends the low `n` (≤ 16) bits of `value`. */
  put(value: number, n: number): void {
    this.acc |= value << this.bits;
    this.bits += n;
    while (this.bits >= 8) {
      if (this.length === this.bytes.length) {
        const grown = new Uint8Array(this.bytes.length * 2);
        grown.set(this.bytes);
        this.bytes = grown;
      }
      this.bytes[this.length++] = this.acc & 255;
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }

  /** Pads to a whole byte. */
  align(): void { if (this.bits > 0) this.put(0, 8 - this.bits); }
}

/** Writes one dynamic-Huffman block of `count` symbols. */
function writeBlock(out: BitWriter, syms: Uint32Array, count: number, last: boolean): void {
  const lf = new Uint32Array(286), df = new Uint32Array(30);
  for (let i = 0; i < count; i++) {
    const s = syms[i]!;
    if (s < 256) lf[s]!++;
    else { lf[257 + LEN_CODE[(s >>> 16) & 511]!]!++; df[distCode(s & 65535)]!++; }
  }
  lf[256] = 1; // end of block
  const ll = codeLengths(lf, 15), dl = codeLengths(df, 15);
  let hlit = 286;
  while (hlit > 257 && ll[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && dl[hdist - 1] === 0) hdist--;
  const lengths = new Uint8Array(hlit + hdist);
  lengths.set(ll.subarray(0, hlit));
  lengths.set(dl.subarray(0, hdist), hlit);
  // The code lengths, run-length coded: 16 repeats the previous length, 17 and 18 repeat zero.
  const rle: number[] = [];
  const cf = new Uint32Array(19);
  for (let i = 0; i < lengths.length;) {
    const v = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === v) run++;
    if (v === 0 && run >= 3) {
      const r = Math.min(run, 138);
      if (r >= 11) { rle.push(18, r - 11); cf[18]!++; } else { rle.push(17, r - 3); cf[17]!++; }
      i += r;
      continue;
    }
    rle.push(v, 0); cf[v]!++; i++;
    for (let rest = run - 1; v !== 0 && rest >= 3;) {
      const r = Math.min(rest, 6);
      rle.push(16, r - 3); cf[16]!++;
      i += r; rest -= r;
    }
  }
  const cl = codeLengths(cf, 7), cc = canonicalCodes(cl);
  let hclen = 19;
  while (hclen > 4 && cl[CL_ORDER[hclen - 1]!] === 0) hclen--;
  out.put(last ? 1 : 0, 1);
  out.put(2, 2); // dynamic Huffman
  out.put(hlit - 257, 5); out.put(hdist - 1, 5); out.put(hclen - 4, 4);
  for (let i = 0; i < hclen; i++) out.put(cl[CL_ORDER[i]!]!, 3);
  for (let i = 0; i < rle.length; i += 2) {
    const s = rle[i]!;
    out.put(cc[s]!, cl[s]!);
    if (s >= 16) out.put(rle[i + 1]!, s === 16 ? 2 : s === 17 ? 3 : 7);
  }
  const lc = canonicalCodes(ll), dc = canonicalCodes(dl);
  for (let i = 0; i < count; i++) {
    const s = syms[i]!;
    if (s < 256) { out.put(lc[s]!, ll[s]!); continue; }
    const len = (s >>> 16) & 511, d = s & 65535;
    const c = LEN_CODE[len]!, e = distCode(d);
    out.put(lc[257 + c]!, ll[257 + c]!);
    if (LEN_EXTRA[c]) out.put(len - LEN_BASE[c]!, LEN_EXTRA[c]!);
    out.put(dc[e]!, dl[e]!);
    if (DIST_EXTRA[e]) out.put(d - DIST_BASE[e]!, DIST_EXTRA[e]!);
  }
  out.put(lc[256]!, ll[256]!);
}

/** Adler-32 of the scanlines: a filter byte (0) then r, g, b of each pixel, row by row. */
function adler32(pixels: Uint32Array, width: number, height: number): number {
  let a = 1, b = 0;
  for (let y = 0, i = 0; y < height; y++) {
    b += a; // the filter byte adds 0 to a
    for (const end = i + width; i < end;) {
      // A pixel's three bytes at once: a gains r + g + b', b gains 3a + 3r + 2g + b'. Sums
      // stay exact (far below 2^53) over 4096 pixels between reductions.
      for (const stop = Math.min(end, i + 4096); i < stop; i++) {
        const v = pixels[i]!;
        const r = v & 255, g = (v >> 8) & 255, bl = v >>> 16;
        b += 3 * a + 3 * r + 2 * g + bl;
        a += r + g + bl;
      }
      a %= 65521; b %= 65521;
    }
  }
  return (b * 65536 + a) >>> 0;
}

/** zlib-wrapped deflate of the scanlines of `pixels` (r | g << 8 | b << 16, `width` × `height`). */
export function zlibScanlines(pixels: Uint32Array, width: number, height: number): Uint8Array {
  const rowBytes = width * 3 + 1;
  const byteAt = (i: number, x: number): number => ((i - x) / width) * rowBytes + 1 + 3 * x;
  // A long match is cut into 258-byte pieces: room for a whole row's worth after the block limit.
  const syms = new Uint32Array(BLOCK_SYMBOLS + 8 + Math.ceil((3 * width) / MAX_MATCH));
  const head = new Int32Array(1 << HASH_BITS);
  const out = new BitWriter(Math.max(1024, (pixels.length * 3) >> 3));
  let count = 0;
  out.put(0x78, 8); out.put(0x01, 8); // deflate, 32 KiB window, fastest
  const match = (bytes: number, dist: number): void => {
    // Pieces of 258 keep whole pixels together; what is left is a multiple of 3, never under 3.
    for (; bytes > MAX_MATCH; bytes -= MAX_MATCH) syms[count++] = MATCH | (MAX_MATCH << 16) | dist;
    syms[count++] = MATCH | (bytes << 16) | dist;
  };
  for (let y = 0, i = 0; y < height; y++) {
    syms[count++] = 0; // filter type None
    const rowStart = i, end = i + width;
    while (i < end) {
      const v = pixels[i]!;
      let best = 0, dist = 0;
      // Same as the pixel to the left …
      if (i > rowStart) {
        let n = 0;
        while (i + n < end && pixels[i + n] === pixels[i + n - 1]) n++;
        if (n > 0) { best = n; dist = 3; }
      }
      // … as the pixel above …
      if (y > 0 && rowBytes <= WINDOW) {
        let n = 0;
        while (i + n < end && pixels[i + n] === pixels[i + n - width]) n++;
        if (n > best) { best = n; dist = rowBytes; }
      }
      // … or as where these two pixels were last seen.
      if (i + 1 < end) {
        const h = Math.imul(v ^ Math.imul(pixels[i + 1]!, 0x9e3779b1), 0x85ebca6b) >>> (32 - HASH_BITS);
        const seen = head[h]! - 1;
        head[h] = i + 1;
        if (seen >= 0) {
          const sx = seen % width;
          const d = byteAt(i, i - rowStart) - byteAt(seen, sx);
          if (d <= WINDOW) {
            // Within one row at both ends: a match must not run over a filter byte.
            const limit = Math.min(end - i, width - sx);
            let n = 0;
            while (n < limit && pixels[i + n] === pixels[seen + n]) n++;
            if (n > best) { best = n; dist = d; }
          }
        }
      }
      // A row starts with no pixel to its left, so a flat row would go as one long match a
      // row back, whose distance costs 10 extra bits per 258-byte piece. When a run of this
      // pixel follows, one literal and then that run (distance 3, no extra bits) costs less.
      if (i === rowStart && best > 0) {
        let run = 0;
        while (i + 1 + run < end && pixels[i + 1 + run] === v) run++;
        if (run + 1 >= best) best = 0;
      }
      if (best > 0) {
        match(3 * best, dist);
        i += best;
      } else {
        syms[count++] = v & 255;
        syms[count++] = (v >> 8) & 255;
        syms[count++] = v >>> 16;
        i++;
      }
      if (count >= BLOCK_SYMBOLS) { writeBlock(out, syms, count, false); count = 0; }
    }
  }
  writeBlock(out, syms, count, true);
  out.align();
  const check = adler32(pixels, width, height);
  out.put(check >>> 24, 8); out.put((check >>> 16) & 255, 8); out.put((check >>> 8) & 255, 8); out.put(check & 255, 8);
  return out.bytes.slice(0, out.length);
}
