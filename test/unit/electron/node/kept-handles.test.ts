import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FileRef, HostResult, OpenedFile } from '../../../../shared/host';
import { createHostService, type Dialogs } from '../../../../electron/main/host-service';
import { LaunchFiles } from '../../../../electron/main/launch-file';
import { HandleRegistry } from '../../../../electron/node/handle-registry';
import { keptHandlesWriter, MAX_KEPT_HANDLES, parseKeptHandles, readKeptHandles } from '../../../../electron/node/kept-handles';

const STARTER = new URL('../../../../templates/starters/blank.sprintbook', import.meta.url);

/** Main as it starts: a registry restored from the kept file, reporting changes to it. */
function startMain(keptFile: string, dialogs: Partial<Dialogs> = {}) {
  const keep = keptHandlesWriter(keptFile);
  const registry = new HandleRegistry(undefined, { restore: readKeptHandles(keptFile), onWorkbookHandles: keep });
  const service = createHostService({
    registry,
    launchFiles: new LaunchFiles(),
    dialogs: { chooseWorkbookToOpen: vi.fn(), chooseWorkbookSaveTarget: vi.fn(), chooseExportSaveTarget: vi.fn(), ...dialogs } as Dialogs,
    openExternal: async () => undefined,
    info: { kind: 'electron', platform: 'linux', version: '0.1.0' },
  });
  return { service, registry, settled: keep.settled };
}

describe('workbook handles kept across restarts of the desktop app', () => {
  it('lets the renderer save, after a restart, to the file it opened before, without a dialog', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sprintbook-kept-'));
    const keptFile = join(dir, 'file-handles.json');
    const workbook = join(dir, 'Plan.sprintbook');
    const text = await readFile(STARTER, 'utf8');
    await writeFile(workbook, text);

    const before = startMain(keptFile, { chooseWorkbookToOpen: vi.fn(async () => workbook) });
    const opened = (await before.service.call('openWorkbook', [])) as HostResult<OpenedFile>;
    if (!opened.ok) throw new Error(opened.error.message);
    await before.settled();

    const saveTarget = vi.fn();
    const after = startMain(keptFile, { chooseWorkbookSaveTarget: saveTarget });
    const edited = text.replace('"title": "', '"title": "Saved after a restart: ');
    const saved = (await after.service.call('saveWorkbook', [opened.value.handle, 'x.sprintbook', edited])) as HostResult<FileRef>;
    expect(saved).toEqual({ ok: true, value: { handle: opened.value.handle, name: 'Plan.sprintbook' } });
    expect(saveTarget).not.toHaveBeenCalled();
    expect(await readFile(workbook, 'utf8')).toBe(edited);
  });

  it('keeps only workbook handles, the most recently used last', async () => {
    const reported: unknown[] = [];
    const registry = new HandleRegistry(undefined, { onWorkbookHandles: (h) => reported.push(h.map((k) => k.path)) });
    registry.register('/w/A.sprintbook', 'workbook');
    registry.register('/w/B.sprintbook', 'workbook');
    registry.register('/w/report.pdf', 'export');
    registry.register('/w/A.sprintbook', 'workbook');
    expect(reported).toEqual([['/w/A.sprintbook'], ['/w/A.sprintbook', '/w/B.sprintbook'], ['/w/B.sprintbook', '/w/A.sprintbook']]);
  });

  it('restores nothing it would not have handed out: malformed handles, relative or non-workbook paths', () => {
    const good = 'AAAAAAAAAAAAAAAAAAAAAA';
    const registry = new HandleRegistry(undefined, {
      restore: [
        { handle: good, path: '/w/A.sprintbook' },
        { handle: 'short', path: '/w/B.sprintbook' },
        { handle: 'BBBBBBBBBBBBBBBBBBBBBB', path: 'relative/C.sprintbook' },
        { handle: 'CCCCCCCCCCCCCCCCCCCCCC', path: '/etc/passwd' },
      ],
    });
    expect(registry.resolve(good, 'workbook')).toEqual({ ok: true, entry: { path: '/w/A.sprintbook', kind: 'workbook' } });
    expect(registry.workbookHandles()).toEqual([{ handle: good, path: '/w/A.sprintbook' }]);
  });

  it('reads a damaged or missing file as nothing kept, never failing the start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sprintbook-kept-'));
    expect(readKeptHandles(join(dir, 'absent.json'))).toEqual([]);
    await writeFile(join(dir, 'damaged.json'), '{"handles": [');
    expect(readKeptHandles(join(dir, 'damaged.json'))).toEqual([]);
    expect(parseKeptHandles('{"handles": 5}')).toEqual([]);
    expect(parseKeptHandles('null')).toEqual([]);
  });

  it(`writes the newest ${MAX_KEPT_HANDLES}, one write at a time, the last call winning`, async () => {
    const writes: string[] = [];
    const keep = keptHandlesWriter('/kept.json', async (_path, data) => void writes.push(String(data)));
    const handles = Array.from({ length: MAX_KEPT_HANDLES + 5 }, (_, i) => ({ handle: `${String(i).padStart(22, 'A')}`, path: `/w/${i}.sprintbook` }));
    keep(handles.slice(0, 1));
    keep(handles.slice(0, 2));
    keep(handles);
    await keep.settled();
    expect(writes.length).toBeLessThanOrEqual(2);
    const last = parseKeptHandles(writes[writes.length - 1]!);
    expect(last).toHaveLength(MAX_KEPT_HANDLES);
    expect(last[last.length - 1]!.path).toBe(`/w/${MAX_KEPT_HANDLES + 4}.sprintbook`);
  });
});
