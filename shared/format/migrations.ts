/**
 * Schema migrations: named steps from version N to N+1, applied in a chain on load.
 * The first real schema change is a one-file job: write `v1-to-v2.ts`, add it to
 * MIGRATIONS, raise CURRENT_SCHEMA_VERSION and the schema. Old steps are never removed, so
 * a file written by any version opens in every later one.
 */
import { pointer } from '../model';
import { refusal, type Refusal } from './faults';

export type RawObject = Record<string, unknown>;

export interface Migration {
  readonly from: number;
  readonly name: string;
  /** Takes a document of version `from` and returns one of version `from + 1`. Must not mutate its input. */
  readonly migrate: (doc: RawObject) => RawObject;
}

/** Version 1 is the first format, so there is nothing to migrate from yet. */
export const MIGRATIONS: readonly Migration[] = [];

export type Migrated = { ok: true; doc: RawObject; applied: string[] } | { ok: false; refusal: Refusal };

export function migrate(doc: RawObject, from: number, to: number, migrations: readonly Migration[]): Migrated {
  const applied: string[] = [];
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) {
      return {
        ok: false,
        refusal: refusal('unknown-version',
          `This workbook has schema version ${from}, which no Sprintbook release wrote; it cannot be migrated to version ${to}.`,
          [{ path: pointer('schemaVersion'), message: `No migration from version ${v} to ${v + 1}` }]),
      };
    }
    try {
      current = { ...step.migrate(current), schemaVersion: v + 1 };
    } catch (e) {
      return {
        ok: false,
        refusal: refusal('unknown-version', `Migrating the workbook from version ${v} to ${v + 1} (${step.name}) failed: ${e instanceof Error ? e.message : String(e)}`),
      };
    }
    applied.push(step.name);
  }
  return { ok: true, doc: current, applied };
}
