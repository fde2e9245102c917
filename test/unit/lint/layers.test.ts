/**
 * The import arrows of ARCHITECTURE.md are lint rules: these tests lint small snippets as if
 * they sat in each folder, through the real eslint.config.js, and check each rule fires (or
 * not). Folders of ours are judged by `boundaries/dependencies` on the file an import lands on,
 * so every import below names a file that exists; packages by `no-restricted-imports`; cycles
 * by `import-x/no-cycle`, and cycles between folders of renderer/ by `folders/no-cycle`.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error eslint.config.js is plain JavaScript without types
import { LAYERS } from '../../../eslint.config.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const IMPORT_RULES = new Set(['no-restricted-imports', 'boundaries/dependencies', 'boundaries/no-unknown-files', 'import-x/no-cycle']);
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of the import rules for `code` linted as the file at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal), `${filePath} should parse`).toEqual([]);
  return messages.filter((m) => IMPORT_RULES.has(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.message}`);
}

const importing = (specifier: string) => `import * as m from '${specifier}';\nexport const used = m;\n`;

/** Expects one refusal (an import that also closes a cycle is refused for that too, tested below). */
async function expectRefused(filePath: string, specifier: string, saying?: RegExp) {
  const messages = (await importProblems(filePath, importing(specifier))).filter((m) => !m.startsWith('import-x/no-cycle'));
  expect(messages, `${filePath} importing ${specifier}`).toHaveLength(1);
  if (saying) expect(messages[0]).toMatch(saying);
}

async function expectAllowed(filePath: string, specifier: string) {
  expect(await importProblems(filePath, importing(specifier)), `${filePath} importing ${specifier}`).toEqual([]);
}

describe('shared/ stays pure TypeScript', () => {
  it('refuses node:fs and fs in shared/', async () => {
    await expectRefused('shared/logic/readiness.ts', 'node:fs', /Node built-ins/);
    await expectRefused('shared/format/load.ts', 'fs', /Node built-ins/);
    await expectRefused('shared/model/types.ts', 'fs/promises');
    await expectRefused('shared/export/pdf.ts', 'path');
  });

  it('refuses react and its subpaths in shared/', async () => {
    await expectRefused('shared/report/build.ts', 'react', /no React/);
    await expectRefused('shared/report/build.ts', 'react/jsx-runtime');
    await expectRefused('shared/logic/x.ts', 'zustand');
    await expectRefused('shared/format/x.ts', 'dexie');
  });

  it('refuses electron in shared/', async () => {
    await expectRefused('shared/model/types.ts', 'electron', /electron/);
    await expectRefused('shared/host.ts', 'electron');
  });

  it('refuses renderer/ and electron/ from shared/', async () => {
    await expectRefused('shared/logic/readiness.ts', '../../renderer/state/appStore', /shared-logic may not import renderer-state/);
    await expectRefused('shared/logic/deep/inner.ts', '../../../renderer/state/appStore');
    await expectRefused('shared/report/build.ts', '../../electron/node/atomic-write');
  });
});

describe('inside shared/ the layers import only downwards', () => {
  it('refuses shared/format from shared/logic, however deep the file sits', async () => {
    await expectRefused('shared/logic/readiness.ts', '../format', /shared-logic may not import shared-format/);
    await expectRefused('shared/logic/readiness.ts', '../format/load');
    await expectRefused('shared/logic/readiness.ts', '../../shared/format/load');
    await expectRefused('shared/logic/sub/readiness.ts', '../../format/load');
  });

  it('refuses anything of ours in shared/model', async () => {
    await expectRefused('shared/model/types.ts', '../logic', /shared-model may not import shared-logic/);
    await expectRefused('shared/model/types.ts', '../host');
  });

  it('refuses shared/model and shared/logic in shared/export, which renders a report', async () => {
    await expectRefused('shared/export/docx.ts', '../model');
    await expectRefused('shared/export/docx.ts', '../logic/scorecard');
  });

  it('refuses shared/report and shared/format from shared/host.ts', async () => {
    await expectRefused('shared/host.ts', './report/types', /shared-host may not import shared-report/);
    await expectRefused('shared/host.ts', './format');
  });

  it('allows each layer what ARCHITECTURE.md lists', async () => {
    await expectAllowed('shared/format/load.ts', '../model');
    await expectAllowed('shared/format/load.ts', './schema');
    await expectAllowed('shared/logic/readiness.ts', '../model/types');
    await expectAllowed('shared/logic/deep/inner.ts', '../../model');
    await expectAllowed('shared/logic/deep/inner.ts', '../tiers');
    await expectAllowed('shared/report/build.ts', '../logic');
    await expectAllowed('shared/report/build.ts', '../model');
    await expectAllowed('shared/export/docx.ts', '../report/types');
    await expectAllowed('shared/export/docx.ts', 'docx');
    await expectAllowed('shared/export/pdf.ts', 'jspdf');
    await expectAllowed('shared/host.ts', './model');
    await expectAllowed('shared/model/index.ts', './types');
  });
});

describe('renderer/ reaches its platform only through the Host', () => {
  it('refuses electron and node:path in renderer/', async () => {
    await expectRefused('renderer/features/map/MapView.tsx', 'electron', /renderer\/ must not import electron/);
    await expectRefused('renderer/state/appStore.ts', 'node:path', /Node built-ins/);
    await expectRefused('renderer/host/browserHost.ts', 'fs');
  });

  it('refuses electron/ from renderer/', async () => {
    await expectRefused('renderer/host/electronHost.ts', '../../electron/preload/api', /renderer-host may not import electron-preload/);
    await expectRefused('renderer/features/map/MapView.tsx', '../../../electron/node/atomic-write');
  });

  it('lets renderer/host import only shared/host of ours', async () => {
    await expectAllowed('renderer/host/browserHost.ts', '../../shared/host');
    await expectRefused('renderer/host/browserHost.ts', '../state/appStore', /renderer-host may not import renderer-state/);
  });
});

describe('the renderer\'s layers', () => {
  it('lets renderer/components import only shared/model of ours', async () => {
    await expectAllowed('renderer/components/TierBadge.tsx', '../../shared/model');
    await expectAllowed('renderer/components/TierBadge.tsx', './Badge');
    await expectRefused('renderer/components/TierBadge.tsx', '../state/appStore', /renderer-components may not import renderer-state/);
    await expectRefused('renderer/components/TierBadge.tsx', '../../shared/logic');
  });

  it('never lets state or db import a feature', async () => {
    await expectRefused('renderer/state/anything.ts', '../features/metrics/MetricsScreen', /renderer-state may not import feature \(metrics\)/);
    await expectRefused('renderer/db/anything.ts', '../features/roadmap/common/labels', /renderer-db may not import feature \(roadmap\)/);
    await expectRefused('renderer/state/anything.ts', '../db/db', /renderer-state may not import renderer-db/);
  });

  it('never lets the shared renderer folders import a feature or app/', async () => {
    await expectRefused('renderer/hooks/useThing.ts', '../features/roadmap/common/labels', /renderer-hooks may not import feature/);
    await expectRefused('renderer/fields/Thing.tsx', '../features/metrics/MetricsScreen', /renderer-fields may not import feature/);
    await expectRefused('renderer/people/Thing.tsx', '../app/shortcuts', /renderer-people may not import app/);
    await expectAllowed('renderer/people/Thing.tsx', '../fields/FixLink');
    await expectAllowed('renderer/fields/Thing.tsx', '../hooks/useAvailableStages');
  });

  it('never lets a feature import another feature', async () => {
    await expectRefused('renderer/features/roadmap/ItemEditor.tsx', '../metrics/MetricsScreen', /feature may not import feature \(metrics\)/);
    await expectRefused('renderer/features/overview/deep/Thing.tsx', '../../owners/OwnersScreen', /feature may not import feature \(owners\)/);
    await expectAllowed('renderer/features/roadmap/ItemEditor.tsx', './labels');
    await expectAllowed('renderer/features/roadmap/gantt/Thing.tsx', '../labels');
    await expectAllowed('renderer/features/roadmap/gantt/Thing.tsx', '../../../features/roadmap/common/labels');
  });

  it('never lets a feature import app/ (upwards)', async () => {
    await expectRefused('renderer/features/map/canvas/useKeys.ts', '../../../app/shortcuts', /feature may not import app/);
  });

  it('allows features their state, db, shared renderer folders, shared/ and packages', async () => {
    await expectAllowed('renderer/features/map/MapView.tsx', '../../state/appStore');
    await expectAllowed('renderer/features/map/MapView.tsx', '../../db/db');
    await expectAllowed('renderer/features/map/MapView.tsx', '../../components/Badge');
    await expectAllowed('renderer/features/map/MapView.tsx', '../../hooks/useAvailableStages');
    await expectAllowed('renderer/features/roadmap/ItemEditor.tsx', '../../fields/NumberField');
    await expectAllowed('renderer/features/owners/OwnersScreen.tsx', '../../people/PeopleSection');
    await expectAllowed('renderer/features/map/MapView.tsx', '../../../shared/logic');
    await expectAllowed('renderer/features/map/MapView.tsx', 'react');
    await expectAllowed('renderer/features/map/MapView.tsx', '@dnd-kit/core');
  });

  it('lets app/ reach the features only through the stage registry', async () => {
    await expectRefused('renderer/app/App.tsx', '../features/library/LibraryScreen', /app may not import feature \(library\)/);
    await expectRefused('renderer/app/dialogs/Thing.tsx', '../../features/metrics/MetricsScreen');
    await expectAllowed('renderer/app/stages.tsx', '../features/metrics/MetricsScreen');
    await expectAllowed('renderer/app/App.tsx', './stages');
  });

  it('refuses every import of ours in a renderer folder the layers do not know yet', async () => {
    await expectRefused('renderer/newfolder/thing.ts', '../state/appStore', /may not import renderer-state/);
  });
});

describe('electron/ keeps the CLI on plain Node and the preload minimal', () => {
  it('refuses electron in electron/node/', async () => {
    await expectRefused('electron/node/cli/main.ts', 'electron', /plain Node/);
    await expectRefused('electron/node/atomic-write.ts', 'electron/main');
  });

  it('refuses renderer/ in electron/node/', async () => {
    await expectRefused('electron/node/cli/main.ts', '../../../renderer/state/appStore', /electron-node may not import renderer-state/);
  });

  it('allows electron/node Node built-ins and shared/', async () => {
    await expectAllowed('electron/node/atomic-write.ts', 'node:fs/promises');
    await expectAllowed('electron/node/cli/main.ts', '../../../shared/format');
    await expectAllowed('electron/node/thing.ts', './atomic-write');
  });

  it('lets electron/preload import only electron and shared/host', async () => {
    await expectAllowed('electron/preload/index.ts', 'electron');
    await expectAllowed('electron/preload/index.ts', '../../shared/host');
    await expectRefused('electron/preload/index.ts', 'node:fs', /only electron and shared\/host/);
    await expectRefused('electron/preload/index.ts', '../../shared/model', /electron-preload may not import shared-model/);
  });

  it('lets electron/main import electron, electron/node and shared/', async () => {
    await expectAllowed('electron/main/window.ts', 'electron');
    await expectAllowed('electron/main/ipc.ts', '../node/atomic-write');
    await expectAllowed('electron/main/ipc.ts', '../../shared/format');
    await expectRefused('electron/main/ipc.ts', '../../renderer/state/appStore', /electron-main may not import renderer-state/);
  });
});

describe('no import cycle', () => {
  it('refuses a file that imports a file importing it back (App.tsx imports AppDialogs.tsx)', async () => {
    const messages = await importProblems('renderer/app/AppDialogs.tsx', importing('./App'));
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)]);
  });

  it('refuses a longer cycle, through a folder’s index', async () => {
    // shared/model/index.ts re-exports ./types: types importing the index closes the loop.
    const messages = await importProblems('shared/model/types.ts', importing('./index'));
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-cycle/)]);
  });

  it('refuses two folders of renderer/ importing each other, though no file closes the loop', async () => {
    // palette/Palette.tsx imports dnd/types.ts; a file of dnd/ importing palette/ closes a folder cycle.
    const [result] = await eslint.lintText(importing('../palette/Palette'), { filePath: 'renderer/features/map/dnd/MapDnd.tsx' });
    const cycles = (result?.messages ?? []).filter((m) => m.ruleId === 'folders/no-cycle').map((m) => m.message);
    expect(cycles).toEqual([expect.stringMatching(/^Folder cycle: renderer\/features\/map\/dnd → renderer\/features\/map\/palette → renderer\/features\/map\/dnd\./)]);
    expect(await importProblems('renderer/features/map/dnd/MapDnd.tsx', importing('../common/NodeGhost'))).toEqual([]);
  });

  it('refuses a feature’s root imported back by its subfolders (the screen imports editor/, editor/ imports the root)', async () => {
    const [result] = await eslint.lintText(importing('../DecisionsScreen'), { filePath: 'renderer/features/decisions/editor/DecisionEditor.tsx' });
    expect((result?.messages ?? []).some((m) => m.ruleId === 'folders/no-cycle')).toBe(true);
  });

  it('has no cycle between the layers themselves: each imports only layers below it', () => {
    const layers = LAYERS as Record<string, readonly string[]>;
    const done = new Set<string>();
    const visiting: string[] = [];
    const visit = (name: string): void => {
      if (done.has(name)) return;
      expect(visiting, `a cycle of layers: ${[...visiting, name].join(' → ')}`).not.toContain(name);
      visiting.push(name);
      for (const below of layers[name] ?? []) visit(below);
      visiting.pop();
      done.add(name);
    };
    for (const name of Object.keys(layers)) visit(name);
    expect(done.size).toBe(Object.keys(layers).length);
  });
});

describe('tests and tools', () => {
  it('lets test files import anything', async () => {
    await expectAllowed('test/unit/shared/logic/readiness.test.ts', 'electron');
    await expectAllowed('test/e2e/app.test.ts', '../../renderer/state/appStore');
    await expectAllowed('shared/logic/readiness.test.ts', 'node:fs');
  });
});

describe('the workshop room’s layers', () => {
  it('lets shared/room import shared/model and zod, nothing else of ours', async () => {
    await expectAllowed('shared/room/votes.ts', '../model');
    await expectAllowed('shared/room/votes.ts', 'zod');
    await expectRefused('shared/room/votes.ts', '../format', /shared-room may not import shared-format/);
    await expectRefused('shared/room/votes.ts', 'node:crypto', /Node built-ins/);
  });

  it('keeps the participant page to shared/room: not the app, not the workbook', async () => {
    await expectAllowed('renderer/participant/main.ts', '../../shared/room/limits');
    await expectRefused('renderer/participant/main.ts', '../../shared/format', /renderer-participant may not import shared-format/);
    await expectRefused('renderer/participant/main.ts', '../app/App');
    await expectRefused('renderer/participant/main.ts', '../../electron/node/room');
  });

  it('lets the app and the room server use the protocol', async () => {
    await expectAllowed('renderer/features/overview/Room.tsx', '../../../shared/room');
    await expectAllowed('electron/node/room/server.ts', '../../../shared/room');
    await expectAllowed('shared/host.ts', './room/status');
  });
});
