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
import { setMapUi,  } from '../state/mapUiStore';
import { clearSelection, liveSelection, selectAll, selectOnly } from '../state/selection';
import { fitAll, fitBoxes, zoomStep, zoomTo } from '../state/view';
import { useMap, type MapController } from '../state/controller';

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

/** Ctrl/Cmd + key. */
const MOD_KEYS: Readonly<Record<string, (map: MapController) => void>> = {
  a: selectAll, d: duplicateSelection, '=': (map) => zoomStep(map, 1), '+': (map) => zoomStep(map, 1), '-': (map) => zoomStep(map, -1), '0': (map) => zoomTo(map, 1),
};

export function useCanvasKeys(onSearch: () => void) {
  const map = useMap();
  const space = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || isTextField(e.target as Element)) return;
    const ui = map.ui.getState();
    if (ui.drag) return; // dnd-kit's keyboard sensor has the keys until the drop
    const mod = e.ctrlKey || e.metaKey;
    const nodeId = (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id') ?? null;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.code === 'Space' && !mod) {
      if (!e.repeat) space.current = true;
      setMapUi(map, { panning: true });
      return handled();
    }
    const arrow = ARROWS[e.key];
    if (arrow && !mod && !e.altKey) {
      if (nodeId && !liveSelection(map).nodeIds.includes(nodeId)) selectOnly(map, [nodeId]);
      const step = (e.shiftKey ? BIG_STEP : 1) * GRID;
      nudgeSelection(map, arrow[0] * step, arrow[1] * step);
      return handled();
    }
    if (mod && !e.altKey) {
      const key = e.key.toLowerCase();
      const action = MOD_KEYS[key];
      if (action || key === 'f') {
        handled();
        if (action) action(map);
        else onSearch();
      }
      return;
    }
    if (e.altKey) return;
    switch (e.key) {
      case 'Delete':
      case 'Backspace':
        handled();
        return deleteSelection(map);
      case 'Enter':
      case 'F2': {
        const id = nodeId ?? (liveSelection(map).nodeIds.length === 1 ? liveSelection(map).nodeIds[0]! : null);
        if (!id) return;
        handled();
        selectOnly(map, [id]);
        return setMapUi(map, { editing: id });
      }
      case 'Escape':
        if (ui.linking) setMapUi(map, { linking: null });
        else clearSelection(map);
        return handled();
      case '+':
      case '=':
        handled();
        return zoomStep(map, 1);
      case '-':
        handled();
        return zoomStep(map, -1);
      case '0':
        handled();
        return zoomTo(map, 1);
    }
    if (e.shiftKey && (e.code === 'Digit1' || e.code === 'Digit2')) {
      handled();
      const ids = liveSelection(map).nodeIds;
      if (e.code === 'Digit2' && ids.length) fitBoxes(map, ids);
      else fitAll(map);
    }
  };

  const onKeyUp = (e: KeyboardEvent<HTMLElement>) => {
    if (e.code === 'Space') {
      space.current = false;
      setMapUi(map, { panning: false });
    }
  };

  const onBlur = () => {
    space.current = false;
    if (map.ui.getState().panning) setMapUi(map, { panning: false });
  };

  return { space, onKeyDown, onKeyUp, onBlur };
}
