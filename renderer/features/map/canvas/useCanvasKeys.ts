/**
 * The canvas's keyboard, on the canvas and on its nodes (when no field has the keys): arrows
 * nudge the selection (Shift: five grid steps), Delete removes it, Enter or F2 edits a label,
 * Escape deselects, Ctrl/Cmd+A selects all, Ctrl/Cmd+D duplicates, + and − zoom, 0 is 100%,
 * Shift+1 fits the map, Shift+2 the selection, Space held pans with the pointer. A node picked
 * up with Space belongs to dnd-kit's keyboard sensor until it is dropped.
 */
import { useRef, type KeyboardEvent } from 'react';
import { isTextField } from '../../../hooks/textField';
import { GRID } from '../geometry/canvasLayout';
import { BIG_STEP } from '../dnd/keyboard';
import { deleteSelection, duplicateSelection, nudgeSelection } from '../state/edits';
import { setMapUi, useMapUi } from '../state/mapUiStore';
import { clearSelection, liveSelection, selectAll, selectOnly } from '../state/selection';
import { fitAll, fitBoxes, zoomStep, zoomTo } from '../state/view';

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

/** Ctrl/Cmd + key. */
const MOD_KEYS: Readonly<Record<string, () => void>> = {
  a: selectAll, d: duplicateSelection, '=': () => zoomStep(1), '+': () => zoomStep(1), '-': () => zoomStep(-1), '0': () => zoomTo(1),
};

export function useCanvasKeys(onSearch: () => void) {
  const space = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || isTextField(e.target as Element)) return;
    const ui = useMapUi.getState();
    if (ui.drag) return; // dnd-kit's keyboard sensor has the keys until the drop
    const mod = e.ctrlKey || e.metaKey;
    const nodeId = (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.code === 'Space' && !mod) {
      if (!e.repeat) space.current = true;
      setMapUi({ panning: true });
      return handled();
    }
    const arrow = ARROWS[e.key];
    if (arrow && !mod && !e.altKey) {
      if (nodeId && !liveSelection().nodeIds.includes(nodeId)) selectOnly([nodeId]);
      const step = (e.shiftKey ? BIG_STEP : 1) * GRID;
      nudgeSelection(arrow[0] * step, arrow[1] * step);
      return handled();
    }
    if (mod && !e.altKey) {
      const action = MOD_KEYS[e.key.toLowerCase()] ?? (e.key.toLowerCase() === 'f' ? onSearch : undefined);
      if (action) {
        handled();
        action();
      }
      return;
    }
    if (e.altKey) return;
    switch (e.key) {
      case 'Delete':
      case 'Backspace':
        handled();
        return deleteSelection();
      case 'Enter':
      case 'F2': {
        const id = nodeId ?? (liveSelection().nodeIds.length === 1 ? liveSelection().nodeIds[0]! : null);
        if (!id) return;
        handled();
        selectOnly([id]);
        return setMapUi({ editing: id });
      }
      case 'Escape':
        if (ui.linking) setMapUi({ linking: null });
        else clearSelection();
        return handled();
      case '+':
      case '=':
        handled();
        return zoomStep(1);
      case '-':
        handled();
        return zoomStep(-1);
      case '0':
        handled();
        return zoomTo(1);
    }
    if (e.shiftKey && (e.code === 'Digit1' || e.code === 'Digit2')) {
      handled();
      const ids = liveSelection().nodeIds;
      if (e.code === 'Digit2' && ids.length) fitBoxes(ids);
      else fitAll();
    }
  };

  const onKeyUp = (e: KeyboardEvent<HTMLElement>) => {
    if (e.code === 'Space') {
      space.current = false;
      setMapUi({ panning: false });
    }
  };

  const onBlur = () => {
    space.current = false;
    if (useMapUi.getState().panning) setMapUi({ panning: false });
  };

  return { space, onKeyDown, onKeyUp, onBlur };
}
