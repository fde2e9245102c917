/**
 * Validation of what the renderer sends over IPC, against the Host contract's schemas
 * (shared/host-payloads.ts): the typed arguments, or a refusal in words that becomes an
 * `invalid-payload` result. Nothing here touches files or Electron.
 */
import type { z } from 'zod';
import type { DocumentStateMessage, HostCall, HostCallArguments } from '../../shared/host';
import { DOCUMENT_STATE, HOST_CALL_ARGUMENTS } from '../../shared/host-payloads';

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The first problem zod found, said in words (the schemas word their own messages). */
function refusal(error: z.ZodError, what: string): { ok: false; message: string } {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 && !issue.message.startsWith('The ') ? ` (argument ${issue.path.map(String).join('.')})` : '';
  return { ok: false, message: issue ? `${issue.message}${where}` : `${what} is not valid.` };
}

export function validateCall<C extends HostCall>(call: C, args: readonly unknown[]): Validated<HostCallArguments<C>> {
  const parsed = HOST_CALL_ARGUMENTS[call].safeParse(args);
  return parsed.success ? { ok: true, value: parsed.data as HostCallArguments<C> } : refusal(parsed.error, `The arguments of ${call}`);
}

/** setDocumentState is a one-way message: a bad payload is dropped, there is no one to answer. */
export function validateDocumentState(payload: unknown): Validated<DocumentStateMessage> {
  const parsed = DOCUMENT_STATE.safeParse(payload);
  return parsed.success ? { ok: true, value: parsed.data } : refusal(parsed.error, 'The document state');
}
