import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileRef, HostResult, OpenedFile } from '../../../../shared/host';
import { HandleRegistry } from '../../../../electron/node/handle-registry';
import { createHostService, type Dialogs, type HostService } from '../../../../electron/main/host-service';
import { LaunchFiles } from '../../../../electron/main/launch-file';

const STARTER = new URL('../../../../templates/starters/blank.sprintbook', import.meta.url);
const PDF_MIME = 'application/pdf';

let dir: string;
let workbookText: string;
let dialogs: { [K in keyof Dialogs]: ReturnType<typeof vi.fn> };
let launchFiles: LaunchFiles;
let openExternal: ReturnType<typeof vi.fn>;
let service: HostService;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sprintbook-host-'));
  workbookText = await readFile(STARTER, 'utf8');
  dialogs = { chooseWorkbookToOpen: vi.fn(), chooseWorkbookSaveTarget: vi.fn(), chooseExportSaveTarget: vi.fn(), chooseExportFolder: vi.fn() };
  launchFiles = new LaunchFiles();
  openExternal = vi.fn(async () => {});
  service = createHostService({
    registry: new HandleRegistry(),
    launchFiles,
    dialogs: dialogs as unknown as Dialogs,
    openExternal: openExternal as unknown as (url: string) => Promise<void>,
    info: { kind: 'electron', platform: 'linux', version: '0.1.0' },
  });
});

const call = <T>(name: Parameters<HostService['call']>[0], ...args: unknown[]) => service.call(name, args) as Promise<HostResult<T>>;

async function openedFromDialog(path: string): Promise<OpenedFile> {
  dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(path);
  const result = await call<OpenedFile>('openWorkbook');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('opening a workbook', () => {
  it('returns the bytes, the file’s name and a handle, never the path', async () => {
    const path = join(dir, 'Plan.sprintbook');
    await writeFile(path, workbookText);
    const opened = await openedFromDialog(path);
    expect(new TextDecoder().decode(opened.bytes)).toBe(workbookText);
    expect(opened.name).toBe('Plan.sprintbook');
    expect(opened.handle).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify({ ...opened, bytes: null })).not.toContain(dir);
  });

  it('answers cancelled when the dialog is closed', async () => {
    dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(null);
    expect(await call('openWorkbook')).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('answers not-found for a file that vanished, naming only the file', async () => {
    dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(join(dir, 'gone.sprintbook'));
    const result = await call('openWorkbook');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(result.error.message).not.toContain(dir);
  });

  it('refuses a file that is not a .sprintbook', async () => {
    await writeFile(join(dir, 'notes.txt'), 'x');
    dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(join(dir, 'notes.txt'));
    expect(await call('openWorkbook')).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('re-reads a file by its handle, and refuses handles it never gave out', async () => {
    const path = join(dir, 'Plan.sprintbook');
    await writeFile(path, workbookText);
    const opened = await openedFromDialog(path);
    await writeFile(path, `${workbookText}\n`);
    const again = await call<OpenedFile>('readWorkbook', opened.handle);
    expect(again.ok && again.value.bytes.length).toBe(workbookText.length + 1);
    expect(await call('readWorkbook', 'AAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
    expect(await call('readWorkbook', join(dir, 'Plan.sprintbook'))).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('saving a workbook', () => {
  it('asks where when there is no handle, adds the extension and hands out a handle', async () => {
    dialogs.chooseWorkbookSaveTarget.mockResolvedValueOnce(join(dir, 'Q3 plan'));
    const saved = await call<FileRef>('saveWorkbook', null, 'Q3/Q4 plan', workbookText);
    expect(saved).toMatchObject({ ok: true, value: { name: 'Q3 plan.sprintbook' } });
    expect(dialogs.chooseWorkbookSaveTarget).toHaveBeenCalledWith('Q3-Q4 plan.sprintbook');
    expect(await readFile(join(dir, 'Q3 plan.sprintbook'), 'utf8')).toBe(workbookText);
  });

  it('writes to the file behind a handle atomically and keeps the previous version as .bak', async () => {
    const path = join(dir, 'Plan.sprintbook');
    await writeFile(path, workbookText);
    const opened = await openedFromDialog(path);
    const changed = workbookText.replace('"title": "', '"title": "Renamed ');
    const saved = await call<FileRef>('saveWorkbook', opened.handle, 'ignored', changed);
    expect(saved).toEqual({ ok: true, value: { handle: opened.handle, name: 'Plan.sprintbook' } });
    expect(await readFile(path, 'utf8')).toBe(changed);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(workbookText);
    expect((await readdir(dir)).sort()).toEqual(['Plan.sprintbook', 'Plan.sprintbook.bak']);
    expect(dialogs.chooseWorkbookSaveTarget).not.toHaveBeenCalled();
  });

  it('refuses unknown handles and handles of exports', async () => {
    expect(await call('saveWorkbook', 'AAAAAAAAAAAAAAAAAAAAAA', 'x', workbookText)).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
    dialogs.chooseExportSaveTarget.mockResolvedValueOnce(join(dir, 'Governance.pdf'));
    const exported = await call<FileRef>('saveExport', 'Governance', PDF_MIME, new Uint8Array([1]));
    expect(exported.ok).toBe(true);
    if (exported.ok) {
      expect(await call('saveWorkbook', exported.value.handle, 'x', workbookText)).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
    }
    expect(await readFile(join(dir, 'Governance.pdf'))).toEqual(Buffer.from([1]));
  });

  it('refuses text that would not open again, and writes nothing', async () => {
    dialogs.chooseWorkbookSaveTarget.mockResolvedValue(join(dir, 'Plan.sprintbook'));
    expect(await call('saveWorkbook', null, 'Plan', '{"format":"something else"}')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('saveWorkbook', null, 'Plan', 'not json')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers cancelled when the save dialog is closed', async () => {
    dialogs.chooseWorkbookSaveTarget.mockResolvedValueOnce(null);
    expect(await call('saveWorkbook', null, 'Plan', workbookText)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it.skipIf(process.getuid?.() === 0)('answers permission when the folder is read-only', async () => {
    await chmod(dir, 0o500);
    dialogs.chooseWorkbookSaveTarget.mockResolvedValueOnce(join(dir, 'Plan.sprintbook'));
    expect(await call('saveWorkbook', null, 'Plan', workbookText)).toMatchObject({ ok: false, error: { code: 'permission' } });
    await chmod(dir, 0o700);
  });
});

describe('saving an export', () => {
  it('asks where, with the extension of its type, and writes the bytes', async () => {
    dialogs.chooseExportSaveTarget.mockResolvedValueOnce(join(dir, 'Scorecard'));
    const saved = await call<FileRef>('saveExport', 'KPI scorecard', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', new Uint8Array([80, 75]));
    expect(saved).toMatchObject({ ok: true, value: { name: 'Scorecard.docx' } });
    expect(dialogs.chooseExportSaveTarget).toHaveBeenCalledWith('KPI scorecard.docx', expect.objectContaining({ extension: '.docx' }));
    expect(await readFile(join(dir, 'Scorecard.docx'))).toEqual(Buffer.from([80, 75]));
  });

  it('refuses types it does not export, before any dialog', async () => {
    expect(await call('saveExport', 'run.sh', 'application/x-sh', new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('saveExport', 'page', 'text/html', new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(dialogs.chooseExportSaveTarget).not.toHaveBeenCalled();
  });

  it('answers cancelled when the dialog is closed', async () => {
    dialogs.chooseExportSaveTarget.mockResolvedValueOnce(null);
    expect(await call('saveExport', 'a', PDF_MIME, new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('saving every document at once', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const files = [
    { name: 'Governance model.pdf', mimeType: PDF_MIME, bytes: new Uint8Array([1]) },
    { name: 'Governance model.docx', mimeType: DOCX, bytes: new Uint8Array([2]) },
    { name: '../Roadmap', mimeType: PDF_MIME, bytes: new Uint8Array([3]) },
  ];

  it('asks for one folder and writes every document in it, with safe names, saying what it wrote', async () => {
    dialogs.chooseExportFolder.mockResolvedValueOnce(dir);
    expect(await call('saveExports', 'Read-out', files)).toEqual({
      ok: true, value: { place: basename(dir), kind: 'folder', written: ['Governance model.pdf', 'Governance model.docx', '-Roadmap.pdf'] },
    });
    expect(dialogs.chooseExportFolder).toHaveBeenCalledTimes(1);
    expect(dialogs.chooseExportSaveTarget).not.toHaveBeenCalled();
    expect((await readdir(dir)).sort()).toEqual(['-Roadmap.pdf', 'Governance model.docx', 'Governance model.pdf']);
    expect(await readFile(join(dir, 'Governance model.docx'))).toEqual(Buffer.from([2]));
  });

  it('never replaces a file already in the folder: the new one is numbered', async () => {
    await writeFile(join(dir, 'Governance model.pdf'), 'kept');
    dialogs.chooseExportFolder.mockResolvedValueOnce(dir);
    const saved = await call<{ written: string[] }>('saveExports', '', files.slice(0, 1));
    expect(saved).toMatchObject({ ok: true, value: { written: ['Governance model (2).pdf'] } });
    expect(await readFile(join(dir, 'Governance model.pdf'), 'utf8')).toBe('kept');
  });

  it('refuses types it does not export before any dialog, and answers cancelled when the dialog is closed', async () => {
    expect(await call('saveExports', 'x', [{ name: 'run.sh', mimeType: 'application/x-sh', bytes: new Uint8Array([1]) }])).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(dialogs.chooseExportFolder).not.toHaveBeenCalled();
    dialogs.chooseExportFolder.mockResolvedValueOnce(null);
    expect(await call('saveExports', 'x', files)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the launch file', () => {
  it('is opened once, then there is none', async () => {
    const path = join(dir, 'Launched.sprintbook');
    await writeFile(path, workbookText);
    launchFiles.offer(path);
    const first = await call<OpenedFile | null>('takeLaunchFile');
    expect(first).toMatchObject({ ok: true, value: { name: 'Launched.sprintbook' } });
    expect(await call('takeLaunchFile')).toEqual({ ok: true, value: null });
  });

  it('is null when the app was started without one', async () => {
    expect(await call('takeLaunchFile')).toEqual({ ok: true, value: null });
  });
});

describe('opening a link outside the app', () => {
  it('passes https: and mailto: to the system', async () => {
    expect(await call('openExternal', 'https://example.com/')).toEqual({ ok: true, value: undefined });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('refuses anything else without calling the system', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/']) {
      expect(await call('openExternal', url)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('every call', () => {
  it('answers invalid-payload for malformed arguments instead of throwing', async () => {
    expect(await call('saveWorkbook', 1, 2, 3)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('info', 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('nope' as never)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('answers io, not a rejection, when a dialog fails', async () => {
    dialogs.chooseWorkbookToOpen.mockRejectedValueOnce(new Error('no display'));
    expect(await call('openWorkbook')).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/no display/) } });
  });

  it('answers info with the host’s description', async () => {
    expect(await service.call('info', [])).toEqual({ kind: 'electron', platform: 'linux', version: '0.1.0' });
  });
});
