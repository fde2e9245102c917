/**
 * Validation of what the renderer sends over IPC, one validator per Host call. The renderer is
 * treated as untrusted input (a compromised page can send anything): each validator checks the
 * argument count, every type and every size, and returns the typed arguments or a refusal that
 * becomes an `invalid-payload` result. Nothing here touches files or Electron.
 */
import type { HostCall } from '../../shared/host';
import { isHandleShaped } from '../node/handle-registry';

/** Limits: far above any real workbook or export, low enough that a runaway renderer cannot exhaust main's memory. */
export const LIMITS = {
  workbookTextChars: 32 * 1024 * 1024,
  exportBytes: 100 * 1024 * 1024,
  suggestedNameChars: 255,
  mimeTypeChars: 127,
  urlChars: 2048,
  titleChars: 500,
} as const;

export interface CallArgs {
  info: [];
  openWorkbook: [];
  readWorkbook: [handle: string];
  saveWorkbook: [handle: string | null, suggestedName: string, text: string];
  saveExport: [suggestedName: string, mimeType: string, bytes: Uint8Array];
  takeLaunchFile: [];
  openExternal: [url: string];
}

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

type Validator<C extends HostCall> = (args: readonly unknown[]) => Validated<CallArgs[C]>;

const fail = (message: string) => ({ ok: false, message }) as const;
const pass = <T>(value: T) => ({ ok: true, value }) as const;

function arity(args: readonly unknown[], count: number, call: HostCall): string | null {
  return Array.isArray(args) && args.length === count ? null : `${call} takes ${count} argument${count === 1 ? '' : 's'}, got ${Array.isArray(args) ? args.length : 'none'}.`;
}

function boundedString(value: unknown, what: string, max: number, allowEmpty = false): string | null {
  if (typeof value !== 'string') return `${what} must be a string.`;
  if (!allowEmpty && value.length === 0) return `${what} must not be empty.`;
  if (value.length > max) return `${what} is too long (${value.length} characters; at most ${max}).`;
  return null;
}

/** Handles are 22 base64url characters; anything else is not even worth a lookup. */
function handleProblem(value: unknown): string | null {
  return isHandleShaped(value) ? null : 'The file handle is malformed.';
}

/** Bytes arrive from structured clone as a Uint8Array (a Buffer is one too); a plain array or a string is refused. */
export function isByteArray(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** `type/subtype` with an optional `; charset=…`, as in RFC 6838, lower-cased. */
const MIME_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}(?:\s*;\s*[a-z0-9-]+=[a-z0-9-]+)*$/i;

const noArgs = <C extends 'info' | 'openWorkbook' | 'takeLaunchFile'>(call: C): Validator<C> => (args) => {
  const problem = arity(args, 0, call);
  return problem ? fail(problem) : pass([] as CallArgs[C]);
};

export const VALIDATORS: { readonly [C in HostCall]: Validator<C> } = {
  info: noArgs('info'),
  openWorkbook: noArgs('openWorkbook'),
  takeLaunchFile: noArgs('takeLaunchFile'),
  readWorkbook: (args) => {
    const problem = arity(args, 1, 'readWorkbook') ?? handleProblem(args[0]);
    return problem ? fail(problem) : pass([args[0] as string]);
  },
  saveWorkbook: (args) => {
    const [handle, suggestedName, text] = args;
    const problem = arity(args, 3, 'saveWorkbook')
      ?? (handle === null ? null : handleProblem(handle))
      ?? boundedString(suggestedName, 'The suggested name', LIMITS.suggestedNameChars, true)
      ?? boundedString(text, 'The workbook text', LIMITS.workbookTextChars);
    return problem ? fail(problem) : pass([handle as string | null, suggestedName as string, text as string]);
  },
  saveExport: (args) => {
    const [suggestedName, mimeType, bytes] = args;
    const problem = arity(args, 3, 'saveExport')
      ?? boundedString(suggestedName, 'The suggested name', LIMITS.suggestedNameChars, true)
      ?? boundedString(mimeType, 'The MIME type', LIMITS.mimeTypeChars)
      ?? (MIME_PATTERN.test(mimeType as string) ? null : 'The MIME type is malformed.')
      ?? (isByteArray(bytes) ? null : 'The export must be bytes (a Uint8Array).')
      ?? ((bytes as Uint8Array).byteLength <= LIMITS.exportBytes ? null : `The export is too large (at most ${LIMITS.exportBytes} bytes).`);
    return problem ? fail(problem) : pass([suggestedName as string, mimeType as string, bytes as Uint8Array]);
  },
  openExternal: (args) => {
    const problem = arity(args, 1, 'openExternal') ?? boundedString(args[0], 'The URL', LIMITS.urlChars);
    return problem ? fail(problem) : pass([args[0] as string]);
  },
};

export function validateCall<C extends HostCall>(call: C, args: readonly unknown[]): Validated<CallArgs[C]> {
  return (VALIDATORS[call] as Validator<C>)(args);
}

/** setDocumentState is a one-way message: a bad payload is dropped, there is no one to answer. */
export function validateDocumentState(payload: unknown): Validated<{ title: string; dirty: boolean }> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return fail('The document state must be an object.');
  const { title, dirty } = payload as Record<string, unknown>;
  const problem = boundedString(title, 'The title', LIMITS.titleChars, true) ?? (typeof dirty === 'boolean' ? null : 'dirty must be a boolean.');
  return problem ? fail(problem) : pass({ title: title as string, dirty: dirty as boolean });
}
