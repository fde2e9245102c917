/**
 * Text every document can show. A workbook may hold characters no format can carry or no
 * font can draw: C0 and C1 control characters (XML 1.0 forbids most of them, and a PDF shows
 * nothing for them), U+FFFE/U+FFFF (not characters at all) and lone surrogates (no UTF-8
 * encoder can write one). Each becomes U+FFFD, the replacement character: one visible mark
 * per character that cannot be shown, drawn by every font we use, and the same mark in the
 * DOCX, the PDF and the map's SVG. Tab, line feed and carriage return stay: renderers lay
 * them out as space and line breaks.
 */
import type { Report } from '../../report/types';

// eslint-disable-next-line no-control-regex -- finding the control characters is the point
const UNPRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const REPLACEMENT = '\uFFFD';

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, REPLACEMENT);
}

/** A copy of `value` with every string in it printable; shared where nothing changed. */
function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v: unknown, i) => {
      const p = printableDeep(v);
      if (p !== v) (out ??= value.slice())[i] = p;
    });
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const p = printableDeep(v);
    if (p !== v) (out ??= { ...value } as Record<string, unknown>)[k] = p;
  }
  return (out ?? value) as T;
}

/** Reports printableReport gave: the exporter makes one and the renderer asks again, and a walk of a large report costs tens of milliseconds. */
const PRINTABLE = new WeakSet<Report>();

/** The report with every text printable: both renderers start from this. */
export function printableReport(report: Report): Report {
  if (PRINTABLE.has(report)) return report;
  const out = printableDeep(report);
  PRINTABLE.add(out);
  return out;
}
