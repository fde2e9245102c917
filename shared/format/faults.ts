/**
 * Why a file is refused: a one-line reason for people plus every fault with its JSON pointer.
 * Loading never throws for bad input; it returns a Refusal built from these.
 */

export interface Fault {
  /** JSON pointer (RFC 6901) to the offending value; "" is the whole document. */
  readonly path: string;
  readonly message: string;
}

export type RefusalKind =
  | 'encoding'        // not UTF-8
  | 'not-json'        // JSON.parse failed
  | 'not-sprintbook'  // no or wrong `format`
  | 'newer-version'   // made by a newer Sprintbook
  | 'unknown-version' // no migration path from this version
  | 'unsafe-key'      // __proto__, constructor, prototype
  | 'invalid';        // types, required fields, ids, duplicates

export interface Refusal {
  readonly kind: RefusalKind;
  /** One sentence that says why the file cannot be opened. */
  readonly reason: string;
  readonly faults: readonly Fault[];
}

export function refusal(kind: RefusalKind, reason: string, faults: readonly Fault[] = []): Refusal {
  return { kind, reason, faults };
}

/** A refusal as lines of text: the reason, then one fault per line with its pointer. */
export function describeRefusal(r: Refusal, limit = 100): string[] {
  const lines = [r.reason];
  for (const f of r.faults.slice(0, limit)) lines.push(`  ${f.path || '/'}: ${f.message}`);
  if (r.faults.length > limit) lines.push(`  … and ${r.faults.length - limit} more`);
  return lines;
}
