/**
 * The TypeScript types of the format and its zod schema are one contract: this file fails
 * `npm run typecheck` (and so the build) the moment a field is added, removed, renamed or
 * retyped in one and not the other.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Workbook } from '../../../../shared/model';
import { workbookSchemaV1 } from '../../../../shared/format/schema';

/** The same type, in both directions (the identity trick that also tells `any` apart). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/**
 * A type with the index signatures of loose objects removed (they carry unknown keys, which
 * the interfaces do not name) and every level readonly, so only the named fields are compared.
 */
type Named<T> = T extends readonly (infer U)[]
  ? readonly Named<U>[]
  : T extends object
    ? { readonly [K in keyof T as string extends K ? never : K]: Named<T[K]> }
    : T;

type SchemaWorkbook = Named<z.output<typeof workbookSchemaV1>>;

// Each line fails to compile when the two drift apart.
const schemaMatchesTypes: Same<SchemaWorkbook, Named<Workbook>> = true;
const parsedIsAWorkbook = (parsed: z.output<typeof workbookSchemaV1>): Workbook => parsed;

describe('the format types and the zod schema', () => {
  it('describe the same fields (checked by the compiler; this only keeps the checks referenced)', () => {
    expect(schemaMatchesTypes).toBe(true);
    expect(typeof parsedIsAWorkbook).toBe('function');
  });
});
