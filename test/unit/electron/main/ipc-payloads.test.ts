import { describe, expect, it } from 'vitest';
import { HOST_CALLS } from '../../../../shared/host';
import { HOST_CALL_ARGUMENTS, HOST_LIMITS as LIMITS } from '../../../../shared/host-payloads';
import { validateCall, validateDocumentState } from '../../../../electron/main/ipc-payloads';

const HANDLE = 'AbCdEfGhIjKlMnOpQrSt_-';
const PDF = 'application/pdf';

/** One good argument list per call. */
const GOOD: Record<(typeof HOST_CALLS)[number], unknown[][]> = {
  info: [[]],
  openWorkbook: [[]],
  takeLaunchFile: [[]],
  readWorkbook: [[HANDLE]],
  saveWorkbook: [[HANDLE, 'Plan.sprintbook', '{}'], [null, 'Plan', '{"format":"sprintbook"}'], [null, '', 'x']],
  saveExport: [['Governance.pdf', PDF, new Uint8Array([37, 80, 68, 70])], ['Scorecard.docx', 'text/csv; charset=utf-8', Buffer.from('a,b')]],
  saveExports: [['Read-out', [{ name: 'Governance.pdf', mimeType: PDF, bytes: new Uint8Array([37]) }, { name: 'Roadmap.docx', mimeType: PDF, bytes: Buffer.from('PK') }]], ['', [{ name: 'a.pdf', mimeType: PDF, bytes: new Uint8Array(0) }]]],
  openExternal: [['https://example.com/'], ['javascript:alert(1)']], // a string: the URL policy is judged later, by the service
  roomStart: [[{}], [{ title: 'Day 4', bind: 'lan', address: '192.168.1.20' }], [{ bind: 'loopback' }]],
  roomStop: [[]],
  roomStatus: [[]],
  openPresenter: [['wb-1'], ['01HZX8Q2M3']],
};

/** Bad argument lists per call: wrong count, wrong types, oversized, malformed. */
const BAD: Record<(typeof HOST_CALLS)[number], unknown[][]> = {
  info: [['extra']],
  openWorkbook: [[{ path: '/etc/passwd' }]],
  takeLaunchFile: [[1]],
  readWorkbook: [[], [42], [null], ['/home/me/plan.sprintbook'], ['short'], [`${HANDLE}x`], ['AbCdEfGhIjKlMnOpQrSt/.'], [HANDLE, 'extra']],
  saveWorkbook: [
    [], [HANDLE, 'x'], ['../plan.sprintbook', 'x', '{}'], [undefined, 'x', '{}'], [HANDLE, 42, '{}'], [HANDLE, 'x', ''],
    [HANDLE, 'x', { text: '{}' }], [HANDLE, 'x'.repeat(LIMITS.suggestedNameChars + 1), '{}'], [HANDLE, 'x', '{}', 'extra'],
  ],
  saveExport: [
    [], ['a.pdf', PDF], ['a.pdf', PDF, [1, 2, 3]], ['a.pdf', PDF, 'bytes'], ['a.pdf', PDF, new Uint16Array(2)],
    ['a.pdf', PDF, new ArrayBuffer(4)], ['a.pdf', 'not a mime', new Uint8Array(1)], ['a.pdf', '', new Uint8Array(1)],
    ['a.pdf', 'text/html\nX-Evil: 1', new Uint8Array(1)], [7, PDF, new Uint8Array(1)], ['a.pdf', PDF, null],
  ],
  saveExports: [
    [], ['x'], ['x', []], ['x', [{ name: 'a.pdf', mimeType: PDF }]], ['x', [{ name: 'a.pdf', mimeType: PDF, bytes: 'bytes' }]],
    ['x', [{ name: 'a.pdf', mimeType: 'not a mime', bytes: new Uint8Array(1) }]], ['x', [{ name: 'a.pdf', mimeType: PDF, bytes: new Uint8Array(1), path: '/etc' }]],
    ['x', Array.from({ length: 33 }, () => ({ name: 'a.pdf', mimeType: PDF, bytes: new Uint8Array(1) }))], [42, [{ name: 'a.pdf', mimeType: PDF, bytes: new Uint8Array(1) }]],
    ['x', [{ name: 'a.pdf', mimeType: PDF, bytes: new Uint8Array(1) }], 'extra'],
  ],
  openExternal: [[], [42], [''], [`https://example.com/${'a'.repeat(LIMITS.urlChars)}`], [{ href: 'https://example.com' }]],
  roomStart: [[], [null], [{ bind: 'internet' }], [{ address: 'example.com' }], [{ title: 'x'.repeat(201) }], [{ port: 80 }], [{}, 'extra']],
  roomStop: [['now']],
  openPresenter: [[], [42], [''], ['../index.html'], ['wb 1'], ['x'.repeat(65)], ['wb-1', 'extra']],
  roomStatus: [[{ token: true }]],
};

describe('IPC payload validation', () => {
  it('has a schema for every Host call', () => {
    expect(Object.keys(HOST_CALL_ARGUMENTS).sort()).toEqual([...HOST_CALLS].sort());
  });

  for (const call of HOST_CALLS) {
    it(`accepts good arguments for ${call}`, () => {
      for (const args of GOOD[call]) {
        const result = validateCall(call, args);
        expect(result.ok, `${call}(${JSON.stringify(args)})`).toBe(true);
        if (result.ok) expect(result.value).toEqual(args);
      }
    });

    it(`refuses bad arguments for ${call}`, () => {
      for (const args of BAD[call]) {
        const result = validateCall(call, args);
        expect(result.ok, `${call}(${JSON.stringify(args)?.slice(0, 80)})`).toBe(false);
        if (!result.ok) expect(result.message).not.toBe('');
      }
    });
  }

  it('refuses a workbook text over the size limit without copying it', () => {
    const huge = 'x'.repeat(LIMITS.workbookTextChars + 1);
    expect(validateCall('saveWorkbook', [null, 'Plan', huge])).toMatchObject({ ok: false, message: expect.stringMatching(/too long/) });
  });

  it('refuses export bytes over the size limit', () => {
    const huge = new Uint8Array(LIMITS.exportBytes + 1);
    expect(validateCall('saveExport', ['a.pdf', PDF, huge])).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });

  it('refuses arguments that are not an array at all', () => {
    expect(validateCall('info', 'nope' as unknown as unknown[]).ok).toBe(false);
  });

  it('says what is wrong in words', () => {
    expect(validateCall('readWorkbook', [])).toEqual({ ok: false, message: 'readWorkbook takes 1 argument, got 0.' });
    expect(validateCall('saveWorkbook', [null, 'Plan', '{}', 'extra'])).toEqual({ ok: false, message: 'saveWorkbook takes 3 arguments, got 4.' });
    expect(validateCall('readWorkbook', ['../plan.sprintbook'])).toEqual({ ok: false, message: 'The file handle is malformed.' });
    expect(validateCall('saveExport', ['a.pdf', 'pdf', new Uint8Array(1)])).toEqual({ ok: false, message: 'The MIME type is malformed.' });
    expect(validateCall('saveExport', ['a.pdf', 'application/pdf', [1]])).toEqual({ ok: false, message: 'The export must be bytes (a Uint8Array).' });
    expect(validateCall('openExternal', [''])).toEqual({ ok: false, message: 'The URL must not be empty.' });
  });
});

describe('document state validation', () => {
  it('accepts a title and a dirty flag', () => {
    expect(validateDocumentState({ title: 'Plan', dirty: true })).toEqual({ ok: true, value: { title: 'Plan', dirty: true } });
    expect(validateDocumentState({ title: '', dirty: false }).ok).toBe(true);
  });

  it('keeps only the two fields it knows', () => {
    expect(validateDocumentState({ title: 'Plan', dirty: false, path: '/etc' })).toEqual({ ok: true, value: { title: 'Plan', dirty: false } });
  });

  it('refuses anything else', () => {
    for (const payload of [null, 'Plan', [], { title: 'Plan' }, { title: 1, dirty: true }, { title: 'x', dirty: 'yes' }, { title: 'x'.repeat(LIMITS.titleChars + 1), dirty: true }]) {
      expect(validateDocumentState(payload).ok, JSON.stringify(payload)?.slice(0, 60)).toBe(false);
    }
  });
});
