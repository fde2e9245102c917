/**
 * Stand-ins for the figures' PNGs while a pool draws them. The `docx` package hashes every
 * image and deflates it into its zip, and package.ts unzips that zip again to make it
 * deterministic: for a report's six megabytes of PNGs that was half a second of the thread
 * that writes the document, spent on data that does not compress. So docx is given a
 * one-pixel PNG per figure, followed by the figure's number (readers ignore what follows a
 * PNG's end, and the number makes each stand-in distinct, so docx keeps one file per figure),
 * and package.ts puts each drawn PNG in its stand-in's place, stored as it is.
 */
import { strFromU8, strToU8 } from 'fflate';

/** A one-pixel white PNG. */
const PIXEL = new Uint8Array([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13,
  73, 68, 65, 84, 120, 218, 99, 252, 207, 192, 80, 15, 0, 4, 133, 1, 128, 132, 169, 140, 33, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);
const MARK = 'sprintbook-figure-';

/** The stand-in for figure `id`'s PNG. */
export function pngPlaceholder(id: number): Uint8Array {
  const tail = strToU8(`${MARK}${id}`);
  const out = new Uint8Array(PIXEL.length + tail.length);
  out.set(PIXEL);
  out.set(tail, PIXEL.length);
  return out;
}

/** The figure a stand-in stands for, or null for any other file. */
export function placeholderFigure(bytes: Uint8Array): number | null {
  if (bytes.length <= PIXEL.length || bytes.length > PIXEL.length + MARK.length + 12) return null;
  for (let i = 0; i < PIXEL.length; i++) if (bytes[i] !== PIXEL[i]) return null;
  const tail = strFromU8(bytes.subarray(PIXEL.length));
  return tail.startsWith(MARK) && /^\d+$/.test(tail.slice(MARK.length)) ? Number(tail.slice(MARK.length)) : null;
}
