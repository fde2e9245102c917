/**
 * One node on the canvas. It subscribes to its own record, position, selection, gaps and drag
 * offset by id (state/hooks.ts), so a drag re-renders the nodes it moves and no other. It is
 * not a dnd-kit draggable itself: a press hands over to the one drag proxy (NodeDragProxy), so
 * a thousand nodes cost dnd-kit nothing until one of them is grabbed.
 */
import { memo, useMemo, type PointerEvent, type ReactElement } from 'react';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { grabNodeWithKey, grabNodeWithPointer } from '../dnd/NodeDragProxy';
import { useDragOffset, useLaneName, useNode, useNodeLint, useNodePosition, useNodeSelected } from '../state/hooks';
import { setMapUi,  } from '../state/mapUiStore';
import { useMapUi } from '../state/hooks';
import { currentSelection, selectOnly, toggleNode } from '../state/selection';
import { reveal } from '../state/view';
import { useCanvasApi } from './CanvasContext';
import { DecisionCountBadge } from './DecisionCountBadge';
import { InlineEditor } from './InlineEditor';
import { useMap } from '../state/controller';

/** The id of the canvas's keyboard instructions, which every node refers to. */
export const NODE_HELP_ID = 'map-node-help';

export const MapNode = memo(function MapNode({ id }: { id: string }): ReactElement | null {
  const map = useMap();
  const node = useNode(id);
  const [x, y] = useNodePosition(id);
  const offset = useDragOffset(id);
  const selected = useNodeSelected(id);
  const lint = useNodeLint(id);
  const laneName = useLaneName(node?.laneId);
  const editing = useMapUi((s) => s.editing === id);
  // Handles show on hover, and on a selected node (touch has no hover); never during a drag.
  const handles = useMapUi((s) => s.drag === null && (selected || s.hovered === id || s.linking?.from === id));
  const linkTarget = useMapUi((s) => s.linking !== null && s.linking.over === id);
  const label = node?.label ?? '';
  const match = useMapUi((s) => s.search.trim() !== '' && label.toLowerCase().includes(s.search.trim().toLowerCase()));
  const { beginLink, focusCanvas } = useCanvasApi();

  const body = useMemo(() => {
    if (!node) return null;
    const [severity, ...messages] = lint ? lint.split('\n') : [];
    return (
      <>
        {node.kind === 'decision' && (
          <svg className="map-node-diamond" viewBox="0 0 150 56" preserveAspectRatio="none" aria-hidden="true"><polygon points="75,1.5 148.5,28 75,54.5 1.5,28" /></svg>
        )}
        {node.kind === 'ai-step' && <span className="map-node-ai" aria-hidden="true">AI</span>}
        <span className="map-node-label">{node.label || NODE_KIND_LABEL[node.kind]}</span>
        {(node.kind === 'decision' || node.kind === 'ai-step') && <DecisionCountBadge nodeId={id} />}
        {severity && (
          <span className={`map-node-lint lint-${severity}`} id={`lint-${id}`} title={messages.join('\n')}>
            <span aria-hidden="true">{severity === 'blocker' ? '!' : '?'}</span>
            <span className="visually-hidden">{messages.join(' ')}</span>
          </span>
        )}
      </>
    );
  }, [node, lint, id]);

  if (!node || Number.isNaN(x)) return null;
  const name = `${NODE_KIND_LABEL[node.kind]}: ${node.label || 'no label'}${laneName ? `, lane ${laneName}` : ''}`;
  const classes = [
    'map-node', `map-node-${node.kind}`, selected && 'is-selected', offset && 'is-moving', lint && `has-${lint.slice(0, lint.indexOf('\n'))}`,
    match && 'is-match', linkTarget && 'is-link-target', editing && 'is-editing',
  ].filter(Boolean).join(' ');

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    focusCanvas();
    if (e.shiftKey || e.metaKey || e.ctrlKey) toggleNode(map, id);
    else if (!currentSelection(map).nodeIds.includes(id)) selectOnly(map, [id]);
    grabNodeWithPointer(map, e, id);
  };

  return (
    <div
      role="button"
      tabIndex={0}
      aria-roledescription="node"
      aria-pressed={offset ? true : undefined}
      className={classes}
      data-node-id={id}
      data-map-item=""
      aria-label={name}
      aria-describedby={lint ? `lint-${id} ${NODE_HELP_ID}` : NODE_HELP_ID}
      style={{ left: x, top: y, transform: offset ? `translate(${offset.dx}px, ${offset.dy}px)` : undefined }}
      onPointerDown={onPointerDown}
      // Clicks keep the keyboard on the canvas (Space pans there); Tab reaches the nodes themselves.
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => grabNodeWithKey(map, e, id)}
      onClick={(e) => {
        if (!e.shiftKey && !e.metaKey && !e.ctrlKey && currentSelection(map).nodeIds.length > 1) selectOnly(map, [id]);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        selectOnly(map, [id]);
        setMapUi(map, { editing: id });
      }}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        if (!currentSelection(map).nodeIds.includes(id)) selectOnly(map, [id]);
        reveal(map, id);
      }}
    >
      {body}
      {handles && !editing && <Handles onStart={(e) => beginLink(id, e)} />}
      {editing && <InlineEditor id={id} label={node.label} name={name} />}
    </div>
  );
});

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** Handles on the four sides: drag one to another node to connect them (the inspector does it by keyboard). */
function Handles({ onStart }: { onStart: (e: PointerEvent) => void }): ReactElement {
  return (
    <>
      {SIDES.map((side) => (
        <span
          key={side}
          className={`map-handle map-handle-${side}`}
          aria-hidden="true"
          title="Drag to another node to connect"
          onPointerDown={(e) => {
            e.stopPropagation();
            e.preventDefault();
            onStart(e);
          }}
          onMouseDown={(e) => e.stopPropagation()}
        />
      ))}
    </>
  );
}
