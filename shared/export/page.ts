/**
 * Page geometry in points, shared by both renderers so a DOCX page and a PDF page have the
 * same size, margins and text width (and tables the same column widths).
 */
import type { PageSize } from '../report/types';

export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Distance of the running header's text from the top edge, and the footer's from the bottom. */
  readonly headerDistance: number;
  readonly footerDistance: number;
  readonly textWidth: number;
}

const SIZES: Readonly<Record<PageSize, { width: number; height: number }>> = {
  // A4 is 210 × 297 mm; expressed in twips (11906 × 16838) so DOCX gets whole numbers.
  a4: { width: 11906 / 20, height: 16838 / 20 },
  letter: { width: 612, height: 792 },
};

export function pageGeometry(size: PageSize): PageGeometry {
  const { width, height } = SIZES[size];
  const marginLeft = 64;
  const marginRight = 64;
  return {
    width,
    height,
    marginTop: 72,
    marginBottom: 68,
    marginLeft,
    marginRight,
    headerDistance: 34,
    footerDistance: 30,
    textWidth: width - marginLeft - marginRight,
  };
}

/** Points → twentieths of a point, DOCX's unit for page and table measures. */
export const twips = (points: number): number => Math.round(points * 20);

/**
 * Scales relative widths to whole units summing exactly to `total` (largest remainder), so
 * a table's columns add up to the text width with no rounding gap or overflow.
 */
export function distribute(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const exact = safe.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0 && order.length > 0; k = (k + 1) % order.length, rest--) out[order[k]![1]]! += 1;
  return out;
}
