/**
 * The import arrows of ARCHITECTURE.md are a lint rule: these tests lint small snippets as if
 * they sat in each folder, through the real eslint.config.js, and check the rule fires (or not).
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of `no-restricted-imports` for `code` linted as the file at `filePath`. */
async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  expect(fatal, `${filePath} should parse`).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importing = (specifier: string) => `import * as m from '${specifier}';\nexport const used = m;\n`;

async function expectRefused(filePath: string, specifier: string, saying?: RegExp) {
  const messages = await restrictions(filePath, importing(specifier));
  expect(messages, `${filePath} importing ${specifier}`).toHaveLength(1);
  if (saying) expect(messages[0]).toMatch(saying);
}

async function expectAllowed(filePath: string, specifier: string) {
  expect(await restrictions(filePath, importing(specifier)), `${filePath} importing ${specifier}`).toEqual([]);
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

  it('refuses renderer/ and electron/ by relative path from shared/', async () => {
    await expectRefused('shared/logic/readiness.ts', '../../renderer/state/store');
    await expectRefused('shared/logic/deep/inner.ts', '../../../renderer/state/store');
    await expectRefused('shared/report/build.ts', '../../electron/node/cli/main');
  });
});

describe('inside shared/ the layers import only downwards', () => {
  it('refuses shared/format from shared/logic', async () => {
    await expectRefused('shared/logic/readiness.ts', '../format', /shared\/logic may import only shared\/model/);
    await expectRefused('shared/logic/readiness.ts', '../format/load');
    await expectRefused('shared/logic/readiness.ts', '../../shared/format/load');
    await expectRefused('shared/logic/sub/readiness.ts', '../../format/load');
  });

  it('refuses anything of ours in shared/model', async () => {
    await expectRefused('shared/model/types.ts', '../logic', /shared\/model imports nothing of ours/);
    await expectRefused('shared/model/types.ts', '../host');
  });

  it('refuses shared/model and shared/logic in shared/export, which renders a report', async () => {
    await expectRefused('shared/export/docx.ts', '../model');
    await expectRefused('shared/export/docx.ts', '../logic/scorecard');
  });

  it('refuses shared/report and shared/format from shared/host.ts', async () => {
    await expectRefused('shared/host.ts', './report/types');
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
    await expectRefused('renderer/state/store.ts', 'node:path', /Node built-ins/);
    await expectRefused('renderer/host/browserHost.ts', 'fs');
  });

  it('refuses electron/ by relative path from renderer/', async () => {
    await expectRefused('renderer/host/electronHost.ts', '../../electron/preload/index');
    await expectRefused('renderer/features/map/MapView.tsx', '../../../electron/node/files');
  });

  it('lets renderer/components import only shared/model of ours', async () => {
    await expectAllowed('renderer/components/TierBadge.tsx', '../../shared/model');
    await expectAllowed('renderer/components/TierBadge.tsx', './Badge');
    await expectRefused('renderer/components/TierBadge.tsx', '../state/store', /presentational/);
    await expectRefused('renderer/components/TierBadge.tsx', '../../shared/logic');
  });

  it('lets renderer/host import only shared/host of ours', async () => {
    await expectAllowed('renderer/host/browserHost.ts', '../../shared/host');
    await expectRefused('renderer/host/browserHost.ts', '../state/store', /renderer\/host may import only shared\/host/);
  });

  it('allows features their state, components, shared/ and React', async () => {
    await expectAllowed('renderer/features/map/MapView.tsx', '../../state/store');
    await expectAllowed('renderer/features/map/MapView.tsx', '../../components/Node');
    await expectAllowed('renderer/features/map/MapView.tsx', '../../../shared/logic');
    await expectAllowed('renderer/features/map/MapView.tsx', 'react');
    await expectAllowed('renderer/features/map/MapView.tsx', '@dnd-kit/core');
  });
});

describe('electron/ keeps the CLI on plain Node and the preload minimal', () => {
  it('refuses electron in electron/node/', async () => {
    await expectRefused('electron/node/cli/main.ts', 'electron', /plain Node/);
    await expectRefused('electron/node/atomic-write.ts', 'electron/main');
  });

  it('refuses renderer/ in electron/node/', async () => {
    await expectRefused('electron/node/cli/main.ts', '../../../renderer/state/store');
  });

  it('allows electron/node Node built-ins and shared/', async () => {
    await expectAllowed('electron/node/atomic-write.ts', 'node:fs/promises');
    await expectAllowed('electron/node/cli/main.ts', '../../../shared/format');
    await expectAllowed('electron/node/cli/main.ts', './io');
  });

  it('lets electron/preload import only electron and shared/host', async () => {
    await expectAllowed('electron/preload/index.ts', 'electron');
    await expectAllowed('electron/preload/index.ts', '../../shared/host');
    await expectRefused('electron/preload/index.ts', 'node:fs', /only electron and shared\/host/);
    await expectRefused('electron/preload/index.ts', '../../shared/model');
  });

  it('lets electron/main import electron, electron/node and shared/', async () => {
    await expectAllowed('electron/main/window.ts', 'electron');
    await expectAllowed('electron/main/ipc.ts', '../node/atomic-write');
    await expectAllowed('electron/main/ipc.ts', '../../shared/format');
    await expectRefused('electron/main/ipc.ts', '../../renderer/state/store');
  });
});

describe('tests and tools', () => {
  it('lets test files import anything', async () => {
    await expectAllowed('test/unit/shared/logic/readiness.test.ts', 'electron');
    await expectAllowed('test/e2e/app.test.ts', '../../renderer/state/store');
    await expectAllowed('shared/logic/readiness.test.ts', 'node:fs');
  });

  it('refuses a relative import that leaves the repository', async () => {
    await expectRefused('shared/logic/readiness.ts', '../../../shared/examples/x', /leaves the repository/);
  });
});
