/**
 * What the exporters need besides the workbook and the fonts (fonts.ts): the control
 * catalog's names.
 */
import type { ControlInfo } from '../../../shared/report/context';
import catalog from '../../../templates/controls.json';

export const CONTROLS: readonly ControlInfo[] = (catalog as { id: string; name: string; description?: string }[])
  .map((c) => ({ id: c.id, name: c.name, ...(c.description ? { description: c.description } : {}) }));
