/**
 * Numbers as PDF content streams take them: at most three decimals, never an exponent
 * ("1e-7" is no PDF number), never "-0".
 */
export function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 1000) / 1000;
  if (r === 0) return '0';
  const s = r.toFixed(3).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
