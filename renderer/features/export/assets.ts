/**
 * What the exporters need besides the workbook: the DejaVu fonts (fetched as files from the
 * build, only when exporting, never inlined in a script) and the control catalog's names.
 */
import type { ExportFonts } from '../../../shared/export';
import type { ControlInfo } from '../../../shared/report/context';
import catalog from '../../../templates/controls.json';
import boldUrl from '../../../templates/fonts/DejaVuSans-Bold.ttf?url';
import regularUrl from '../../../templates/fonts/DejaVuSans.ttf?url';

export const CONTROLS: readonly ControlInfo[] = (catalog as { id: string; name: string; description?: string }[])
  .map((c) => ({ id: c.id, name: c.name, ...(c.description ? { description: c.description } : {}) }));

let fonts: Promise<ExportFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The export font ${url} could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadFonts(): Promise<ExportFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed load is not cached: the next export tries again.
  fonts.catch(() => (fonts = null));
  return fonts;
}
