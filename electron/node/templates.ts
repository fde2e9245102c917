/**
 * Finds the app's templates folder (fonts, control catalog) from wherever this code runs:
 * the sources under tsx, or the bundled command line in dist/cli.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlInfo } from '../../shared/report';
import type { ExportFonts } from '../../shared/export';

export function templatesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'templates', 'fonts', 'DejaVuSans.ttf');
    if (existsSync(candidate)) return join(dir, 'templates');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The templates folder (fonts, control catalog) was not found next to Sprintbook.');
    dir = parent;
  }
}

export async function loadExportAssets(dir = templatesDir()): Promise<{ fonts: ExportFonts; controls: ControlInfo[] }> {
  const [regular, bold, catalog] = await Promise.all([
    readFile(join(dir, 'fonts', 'DejaVuSans.ttf')),
    readFile(join(dir, 'fonts', 'DejaVuSans-Bold.ttf')),
    readFile(join(dir, 'controls.json'), 'utf8'),
  ]);
  const controls = (JSON.parse(catalog) as { id: string; name: string; description?: string }[])
    .map((c) => ({ id: c.id, name: c.name, ...(c.description ? { description: c.description } : {}) }));
  return { fonts: { regular: new Uint8Array(regular), bold: new Uint8Array(bold) }, controls };
}
