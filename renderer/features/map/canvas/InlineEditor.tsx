/**
 * Editing a node's label in place (double-click or Enter): Enter keeps it, Escape drops it,
 * leaving the field keeps it. Keys and pointer presses stay inside, so the canvas does not
 * move or delete nodes while you type.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { renameNode } from '../../../state/commands';
import { setMapUi } from '../state/mapUiStore';
import { useCanvasApi } from './CanvasContext';
import { useMap } from '../state/controller';

export function InlineEditor({ id, label, name }: { id: string; label: string; name: string }): ReactElement {
  const map = useMap();
  const [value, setValue] = useState(label);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const { focusCanvas } = useCanvasApi();

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, []);

  const close = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const text = value.replace(/\s*\n\s*/g, ' ').trim();
    if (keep && text !== label) map.editor.execute(renameNode(id, text));
    setMapUi(map, { editing: null });
    focusCanvas();
  };

  return (
    <textarea
      ref={ref}
      className="map-node-editor"
      aria-label={`Label of ${name}`}
      value={value}
      rows={2}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => close(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          close(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          close(false);
        }
      }}
      onPointerDown={(e) => e.stopPropagation()}
      onMouseDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
