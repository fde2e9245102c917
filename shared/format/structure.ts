/**
 * Two rules JSON.parse cannot enforce, checked on the text of a file that parsed:
 * an object that names the same key twice is refused (JSON.parse silently keeps the last, so
 * which one counts would depend on the reader), and nothing nests deeper than 64 levels
 * (JSON.stringify recurses, so a file that opens could not be saved).
 *
 * Hand-written rather than a library: both checks need the JSON pointer of the fault, must
 * not recurse (a hostile file nests a million levels deep and would overflow a recursive
 * parser such as jsonc-parser's visitor), and run on every load; a single pass over the
 * characters costs about 20 ms for a 1 MB workbook, a quarter of loading it (`npm run bench -- core`).
 */
import { MAX_NESTING, pointer } from '../model';
import type { Fault } from './faults';

interface Frame {
  readonly isObject: boolean;
  /** The key or index this container sits under in its parent. */
  readonly at: string | number;
  /** Keys seen so far (objects only). */
  readonly keys: Set<string> | null;
  /** The key whose value comes next, or the index of the next array item. */
  next: string | number;
}

const QUOTE = 0x22, BACKSLASH = 0x5c, OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d, COLON = 0x3a, COMMA = 0x2c;

export interface StructureFault extends Fault {
  readonly kind: 'duplicate-key' | 'depth';
}

/**
 * Faults of `text`: every duplicated key (at the second occurrence), and the first value that
 * nests deeper than MAX_NESTING (the scan stops there). Depth is counted on any text; the
 * duplicates only mean something once the text is known to be valid JSON.
 */
export function findStructureFaults(text: string): StructureFault[] {
  const faults: StructureFault[] = [];
  const stack: Frame[] = [];
  const pathTo = (extra: string | number) => pointer(...stack.slice(1).map((f) => f.at), ...(stack.length ? [extra] : []));
  let expectKey = false;

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = endOfString(text, i);
      // An unterminated string: the text is not JSON, which JSON.parse will report.
      if (end < 0) return faults;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i, end + 1);
        // Escapes make "a" and "\u0061" the same key: compare decoded keys.
        const key = raw.includes('\\') ? decodeKey(raw) : raw.slice(1, -1);
        if (key === null) return faults;
        if (top.keys!.has(key)) {
          faults.push({ kind: 'duplicate-key', path: pathTo(key), message: `The key "${key}" appears twice in this object; which one would count? Keep one.` });
        }
        top.keys!.add(key);
        top.next = key;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const parent = stack[stack.length - 1];
      const at = parent ? parent.next : '';
      if (stack.length >= MAX_NESTING) {
        faults.push({
          kind: 'depth',
          path: pathTo(at),
          message: `This value nests deeper than ${MAX_NESTING} levels of objects and lists; a workbook needs 5. Remove the nesting.`,
        });
        return faults;
      }
      const isObject = c === OPEN_BRACE;
      stack.push({ isObject, at, keys: isObject ? new Set() : null, next: isObject ? '' : 0 });
      expectKey = isObject;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      expectKey = false;
    } else if (c === COMMA) {
      // Outside any container only in text that is not JSON at all: JSON.parse will say so.
      const top = stack[stack.length - 1];
      if (!top) continue;
      if (top.isObject) expectKey = true;
      else top.next = (top.next as number) + 1;
    } else if (c === COLON) {
      expectKey = false;
    }
  }
  return faults;
}

/** A key with escapes, decoded; null when the escapes are not JSON's. */
function decodeKey(raw: string): string | null {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return null;
  }
}

/** The index of the quote that closes the string opening at `start`, or -1 when none does. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    // An escaped quote is preceded by an odd number of backslashes.
    let backslashes = 0;
    for (let k = q - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}
