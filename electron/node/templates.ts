/**
 * Finds the app's templates folder (control catalog, DejaVu Sans) from wherever this code
 * runs: the sources under tsx, or the bundled command line in dist/cli. The export assets are
 * the catalog's names and a font provider (fonts.ts) that reads faces only when asked.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlInfo } from '../../shared/report';
import type { FontProvider } from '../../shared/export';
import { nodeFontProvider } from './fonts';

export function templatesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'templates', 'controls.json');
    if (existsSync(candidate)) return join(dir, 'templates');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The templates folder (fonts, control catalog) was not found next to Sprintbook.');
    dir = parent;
  }
}

const providers = new Map<string, FontProvider>();

export async function loadExportAssets(dir = templatesDir()): Promise<{ fonts: FontProvider; controls: ControlInfo[] }> {
  const catalog = await readFile(join(dir, 'controls.json'), 'utf8');
  const controls = (JSON.parse(catalog) as { id: string; name: string; description?: string }[])
    .map((c) => ({ id: c.id, name: c.name, ...(c.description ? { description: c.description } : {}) }));
  // One provider per folder, so a process exporting many documents reads each font once.
  let fonts = providers.get(dir);
  if (!fonts) providers.set(dir, (fonts = nodeFontProvider(dir)));
  return { fonts, controls };
}
