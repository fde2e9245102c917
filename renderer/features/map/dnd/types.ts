/** What travels with a drag on the map (dnd-kit `data`): a node being moved, or a palette item. */
import type { NodeKind } from '../../../../shared/model';

export type DragData = { readonly type: 'node'; readonly id: string } | { readonly type: 'palette'; readonly kind: NodeKind };

/** What a drop target carries: its band index in the layout (-1: the canvas below every lane). */
export interface DropData { readonly band: number }

export const dragDataOf = (data: unknown): DragData | null => {
  const d = data as DragData | undefined;
  return d && (d.type === 'node' || d.type === 'palette') ? d : null;
};

export const bandOfDrop = (data: unknown): number => {
  const band = (data as DropData | undefined)?.band;
  return typeof band === 'number' ? band : -1;
};
