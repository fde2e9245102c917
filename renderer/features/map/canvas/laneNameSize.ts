/**
 * The type size of a lane's name: 13 px, smaller when its longest word would not fit the lane
 * header's width, because names wrap between words and never inside one ("Customer-support"
 * stays whole). Bold text averages about 0.62 em a character; the smallest size is 9 px, where
 * a word longer still is cut at the header's edge rather than broken.
 */
const FULL = 13;
const SMALLEST = 9;
const EM_PER_CHAR = 0.62;

export function laneNameSize(name: string, width: number): number {
  const longest = Math.max(0, ...name.split(/[\s\u2010-\u2015/-]+/).map((w) => [...w].length));
  if (longest * FULL * EM_PER_CHAR <= width) return FULL;
  return Math.max(SMALLEST, Math.floor((width / (longest * EM_PER_CHAR)) * 2) / 2);
}
