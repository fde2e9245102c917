/**
 * The Host contract is declared once: each call's parameters are the zod schemas main checks
 * IPC payloads with. These checks fail `npm run typecheck` when the interface and the schemas
 * part ways, and the list of calls the IPC glue registers must be the schemas' list.
 */
import { describe, expect, it } from 'vitest';
import { HOST_CALLS, type Host, type HostCall } from '../../../shared/host';
import { DOCUMENT_STATE, HOST_CALL_ARGUMENTS } from '../../../shared/host-payloads';

/** The same type, in both directions (the identity trick that also tells `any` apart). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

// Each line fails to compile when the contract drifts from what the renderer calls.
const saveWorkbookTakes: Same<Parameters<Host['saveWorkbook']>, [string | null, string, string]> = true;
const saveExportTakes: Same<Parameters<Host['saveExport']>, [string, string, Uint8Array]> = true;
const readWorkbookTakes: Same<Parameters<Host['readWorkbook']>, [string]> = true;
const infoTakesNothing: Same<Parameters<Host['info']>, []> = true;
const everyCallListed: Same<(typeof HOST_CALLS)[number], HostCall> = true;
const documentState: Same<Parameters<Host['setDocumentState']>[0], { readonly title: string; readonly dirty: boolean }> = true;

describe('the Host contract', () => {
  it('types the calls from the schemas (checked by the compiler; this keeps the checks referenced)', () => {
    expect([saveWorkbookTakes, saveExportTakes, readWorkbookTakes, infoTakesNothing, everyCallListed, documentState]).toEqual([true, true, true, true, true, true]);
  });

  it('lists every call that has a schema, and no other', () => {
    expect([...HOST_CALLS].sort()).toEqual(Object.keys(HOST_CALL_ARGUMENTS).sort());
  });

  it('lets only a title and a dirty flag cross as the document state', () => {
    expect(DOCUMENT_STATE.parse({ title: 'Plan', dirty: true, path: '/etc/passwd' })).toEqual({ title: 'Plan', dirty: true });
  });
});
