/**
 * A found text with what matched marked, cut to a window around the first match when it is
 * long (a metric's method can be a paragraph), with an ellipsis where it was cut.
 */
import type { ReactElement } from 'react';

type Range = readonly [number, number];

/** The part of `text` to show: at most `max` characters, starting a little before the first range. */
export function excerpt(text: string, ranges: readonly Range[], max: number): { readonly start: number; readonly end: number } {
  if (text.length <= max) return { start: 0, end: text.length };
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - 20, text.length - max));
  return { start, end: Math.min(text.length, start + max) };
}

export function Highlight({ text, ranges, max = 90 }: { text: string; ranges: readonly Range[]; max?: number }): ReactElement {
  const { start, end } = excerpt(text, ranges, max);
  const parts: ReactElement[] = [];
  let at = start;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(a, at), to = Math.min(b, end);
    if (to <= from) continue;
    if (from > at) parts.push(<span key={`t${at}`}>{text.slice(at, from)}</span>);
    parts.push(<mark key={`m${from}`}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < end) parts.push(<span key={`t${at}`}>{text.slice(at, end)}</span>);
  return <>{start > 0 && '…'}{parts}{end < text.length && '…'}</>;
}
