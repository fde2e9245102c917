/**
 * The palette: one item per node kind. Drag an item onto a lane to place a node there, or
 * press it (click, Enter, Space) to add one after the selected node, so that the keyboard can
 * build a whole map without dragging.
 */
import { useDraggable } from '@dnd-kit/core';
import type { ReactElement } from 'react';
import { NODE_KINDS, type NodeKind } from '../../../../shared/model';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { addNodeNext } from '../state/edits';
import type { DragData } from '../dnd/types';
import { NodeGlyph } from '../common/NodeGlyph';
import { useMap } from '../state/controller';

const HINT: Readonly<Record<NodeKind, string>> = {
  start: 'Where the workflow begins',
  end: 'Where it ends',
  step: 'Work a person does',
  'ai-step': 'Work the AI does: give it a trigger, what it reads, where its output goes',
  decision: 'A decision point: gets a decision record',
  handoff: 'Work passes to another lane',
  system: 'A system the work reads or writes',
};

export function Palette(): ReactElement {
  return (
    <div className="map-palette" role="toolbar" aria-label="Add a node" aria-describedby="map-palette-help">
      <span className="map-palette-title" aria-hidden="true">Add</span>
      {NODE_KINDS.map((kind) => <PaletteItem key={kind} kind={kind} />)}
      <span id="map-palette-help" className="visually-hidden">Drag an item onto a lane, or press it to add the node after the selected one.</span>
    </div>
  );
}

function PaletteItem({ kind }: { kind: NodeKind }): ReactElement {
  const map = useMap();
  const data: DragData = { type: 'palette', kind };
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: `palette:${kind}`, data });
  // The pointer drags; the keyboard presses the button (its own Space/Enter), which adds in place.
  const { onKeyDown: _keyboardDrag, ...pointer } = listeners ?? {};
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`map-palette-item${isDragging ? ' is-dragging' : ''}`}
      data-focus={kind === 'ai-step' ? '/workflow/nodes' : undefined}
      title={`${NODE_KIND_LABEL[kind]}: ${HINT[kind]}`}
      aria-label={`Add ${NODE_KIND_LABEL[kind]}`}
      onClick={() => addNodeNext(map, kind)}
      {...pointer}
    >
      <NodeGlyph kind={kind} />
      <span>{NODE_KIND_LABEL[kind]}</span>
    </button>
  );
}
