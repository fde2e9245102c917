/**
 * React Flow (@xyflow/react) is a devDependency for the map bench's comparison only: the lint
 * refuses it everywhere in product code, and lets the bench use it.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function refusals(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as m from '${specifier}';\nexport const used = m;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('React Flow stays in the bench', () => {
  it('is refused in the renderer, shared/ and electron/, with its subpaths', async () => {
    for (const [file, specifier] of [
      ['renderer/features/map/canvas/MapCanvas.tsx', '@xyflow/react'],
      ['renderer/components/Button.tsx', '@xyflow/react/dist/style.css'],
      ['shared/report/figures/workflow-map.ts', '@xyflow/system'],
      ['electron/node/cli/main.ts', '@xyflow/react'],
      ['electron/main/index.ts', '@xyflow/react'],
    ]) {
      const messages = await refusals(file!, specifier!);
      expect(messages, `${file} importing ${specifier}`).toHaveLength(1);
      expect(messages[0]).toMatch(/React Flow is installed only to measure the map/);
    }
  });

  it('is allowed in the map bench', async () => {
    expect(await refusals('test/bench/map-reactflow-page.tsx', '@xyflow/react')).toEqual([]);
  });

  it('leaves the renderer’s other bans in place', async () => {
    expect(await refusals('renderer/features/map/canvas/MapCanvas.tsx', 'electron')).toHaveLength(1);
  });
});
