/**
 * What each Host call takes, declared once as zod schemas: the `Host` interface (host.ts) takes
 * its calls' parameter types from here, and Electron's main process checks every IPC payload
 * against the same schemas, so the two cannot drift apart. The renderer is untrusted input
 * there (a compromised page can send anything): every count, type and size is bounded, and a
 * refusal says what is wrong in words.
 *
 * host.ts imports this file for its types only, so the renderer and the preload never load zod
 * for it; Electron's main process does.
 */
import { z } from 'zod';
import { ROOM_START_OPTIONS } from './room/start-options';
import { ID_PATTERN } from './model/ids';

/** Far above any real workbook or export, low enough that a runaway renderer cannot exhaust main's memory. */
export const HOST_LIMITS = {
  workbookTextChars: 32 * 1024 * 1024,
  exportBytes: 100 * 1024 * 1024,
  suggestedNameChars: 255,
  mimeTypeChars: 127,
  urlChars: 2048,
  titleChars: 500,
} as const;

/** The handles Electron hands out for files the user picked: 16 random bytes, 22 base64url characters. */
export const HANDLE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** `type/subtype` with an optional `; charset=…`, as in RFC 6838. */
const MIME_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}(?:\s*;\s*[a-z0-9-]+=[a-z0-9-]+)*$/i;

function text(what: string, max: number, { empty = false } = {}) {
  const schema = z.string({ error: `${what} must be a string.` })
    .max(max, { error: (issue) => `${what} is too long (${String((issue.input as string).length)} characters; at most ${max}).` });
  return empty ? schema : schema.min(1, { error: `${what} must not be empty.` });
}

const handle = z.string({ error: 'The file handle must be a string.' }).regex(HANDLE_PATTERN, { error: 'The file handle is malformed.' });
const suggestedName = text('The suggested name', HOST_LIMITS.suggestedNameChars, { empty: true });

/** Bytes arrive from structured clone as a Uint8Array (a Buffer is one too); a plain array or a string is refused. */
export function isByteArray(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

const bytes = z.custom<Uint8Array>(isByteArray, { error: 'The export must be bytes (a Uint8Array).' })
  .refine((b) => b.byteLength <= HOST_LIMITS.exportBytes, { error: `The export is too large (at most ${HOST_LIMITS.exportBytes} bytes).` });

/** At most this many documents in one "Save all". */
export const MAX_SAVED_TOGETHER = 32;

const exportFile = z.object({
  name: suggestedName,
  mimeType: text('The MIME type', HOST_LIMITS.mimeTypeChars).regex(MIME_PATTERN, { error: 'The MIME type is malformed.' }),
  bytes,
}, { error: 'Each document must be an object with a name, a MIME type and bytes.' }).strict();

/** The arguments of `call`: exactly these, in this order. */
function args<const T extends readonly [] | readonly [z.ZodType, ...z.ZodType[]]>(call: string, items: T) {
  const count = items.length;
  return z.tuple(items as unknown as [], {
    error: (issue) => issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'invalid_type'
      ? `${call} takes ${count} argument${count === 1 ? '' : 's'}, got ${Array.isArray(issue.input) ? issue.input.length : 'none'}.`
      : undefined,
  }) as unknown as z.ZodTuple<{ -readonly [K in keyof T]: T[K] }, null>;
}

/** Each call's arguments. A new Host call is a new line here (and its result type in host.ts). */
export const HOST_CALL_ARGUMENTS = {
  info: args('info', []),
  openWorkbook: args('openWorkbook', []),
  readWorkbook: args('readWorkbook', [handle]),
  saveWorkbook: args('saveWorkbook', [handle.nullable(), suggestedName, text('The workbook text', HOST_LIMITS.workbookTextChars)]),
  saveExport: args('saveExport', [
    suggestedName,
    text('The MIME type', HOST_LIMITS.mimeTypeChars).regex(MIME_PATTERN, { error: 'The MIME type is malformed.' }),
    bytes,
  ]),
  // "Save all": one folder (Electron) or one zip (browser) for every document; the name is the zip's or nothing.
  saveExports: args('saveExports', [
    suggestedName,
    z.array(exportFile, { error: 'The documents must be a list.' })
      .min(1, { error: 'There are no documents to save.' })
      .max(MAX_SAVED_TOGETHER, { error: `At most ${MAX_SAVED_TOGETHER} documents are saved together.` }),
  ]),
  takeLaunchFile: args('takeLaunchFile', []),
  // The URL's scheme is judged by the service (https: and mailto: only), not here.
  openExternal: args('openExternal', [text('The URL', HOST_LIMITS.urlChars)]),
  roomStart: args('roomStart', [ROOM_START_OPTIONS]),
  roomStop: args('roomStop', []),
  roomStatus: args('roomStatus', []),
  openPresenter: args('openPresenter', [z.string({ error: 'The workbook id must be a string.' }).regex(ID_PATTERN, { error: 'The workbook id is malformed.' })]),
};

/** The one-way message behind `setDocumentState`: only these two fields cross. */
export const DOCUMENT_STATE = z.object({
  title: text('The title', HOST_LIMITS.titleChars, { empty: true }),
  dirty: z.boolean({ error: 'dirty must be a boolean.' }),
}, { error: 'The document state must be an object.' });
