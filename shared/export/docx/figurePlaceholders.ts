/**
 * Stand-ins for the figures' PNGs and SVGs while a pool draws the PNGs. The `docx` package
 * hashes every image (a SHA-1 in JavaScript, to name its file) and deflates it into its zip:
 * for a report's six megabytes of PNGs that was half a second of the thread that writes the
 * document, spent on data that does not compress, and hashing the governance model's SVGs
 * was another twentieth of a second. So docx is given a small stand-in per figure and format,
 * each saying which figure it stands for, and package.ts puts each figure's drawing in its
 * stand-in's place (the PNG stored as it is, the SVG deflated as the XML is). Each stand-in
 * is distinct, so docx keeps one file per figure and format.
 */
import { strFromU8, strToU8 } from 'fflate';

/** A one-pixel white PNG. */
const PIXEL = new Uint8Array([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13,
  73, 68, 65, 84, 120, 218, 99, 252, 207, 192, 80, 15, 0, 4, 133, 1, 128, 132, 169, 140, 33, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);
const MARK = 'sprintbook-figure-';
/** An empty SVG naming its figure: a picture still, should one ever be left in place. */
const SVG_STAND_IN = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="sprintbook-figure-(\d{1,12})"\/>$/;

/** The stand-in for figure `id`'s PNG: the pixel, followed by the figure's number (readers ignore what follows a PNG's end). */
export function pngPlaceholder(id: number): Uint8Array {
  const tail = strToU8(`${MARK}${id}`);
  const out = new Uint8Array(PIXEL.length + tail.length);
  out.set(PIXEL);
  out.set(tail, PIXEL.length);
  return out;
}

/** The stand-in for figure `id`'s SVG. */
export function svgPlaceholder(id: number): Uint8Array {
  return strToU8(`<svg xmlns="http://www.w3.org/2000/svg" id="${MARK}${id}"/>`);
}

/** The figure a PNG stand-in stands for, or null for any other file. */
export function placeholderFigure(bytes: Uint8Array): number | null {
  if (bytes.length <= PIXEL.length || bytes.length > PIXEL.length + MARK.length + 12) return null;
  for (let i = 0; i < PIXEL.length; i++) if (bytes[i] !== PIXEL[i]) return null;
  const tail = strFromU8(bytes.subarray(PIXEL.length));
  return tail.startsWith(MARK) && /^\d+$/.test(tail.slice(MARK.length)) ? Number(tail.slice(MARK.length)) : null;
}

/** The figure an SVG stand-in stands for, or null for any other file. */
export function svgPlaceholderFigure(bytes: Uint8Array): number | null {
  // A real figure's SVG is far longer; only something this short is worth reading as text.
  if (bytes.length > 100) return null;
  const m = SVG_STAND_IN.exec(strFromU8(bytes));
  return m ? Number(m[1]) : null;
}
