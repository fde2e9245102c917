/**
 * One item of the Gantt: a handle to drag it (to another phase, or to another place in its
 * own) and its title on the left, marked when it is on the critical path; on the right its bar
 * (GanttBar). Subscribes to its own item and to whether it is critical or blocked, so a shift
 * of the schedule re-draws bars, not rows.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type ReactElement } from 'react';
import { Icon } from '../../../components/Icon';
import { useEditor } from '../../../state/editor/context';
import { deriveItemById, rowTiming } from '../common/derive';
import { itemTitle } from '../common/labels';
import { showItem } from '../common/selection';
import { GanttBar } from './GanttBar';
import { LABEL_W, ROW_H } from './geometry';
import { useWorkbookValue } from '../../../state/hooks';

interface GanttRowProps {
  readonly id: string;
  readonly weekW: number;
  readonly trackWidth: number;
  readonly selected: boolean;
}

type Mark = 'blocked' | 'critical' | '';

export const GanttRow = memo(function GanttRow({ id, weekW, trackWidth, selected }: GanttRowProps): ReactElement | null {
  const item = useWorkbookValue((w) => deriveItemById(w).get(id));
  const editor = useEditor();
  const mark = useWorkbookValue((w): Mark => {
    const t = rowTiming(w, id);
    return t.blockedBy ? 'blocked' : t.critical ? 'critical' : '';
  });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  if (!item) return null;
  const title = itemTitle(item);
  return (
    <div ref={setNodeRef} className={`gantt-row${mark ? ` is-${mark}` : ''}${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition, height: ROW_H }} data-item={id}>
      <div className="gantt-label" style={{ width: `var(--gantt-label-w, ${LABEL_W}px)` }}>
        <button type="button" ref={setActivatorNodeRef} className="gantt-grip" {...attributes} {...listeners}
          aria-label={`Move ${title}`} title="Drag to another phase or place; or press Space, then the arrow keys">
          <Icon name="grip" size={18} />
        </button>
        <button type="button" className="gantt-title" onClick={() => showItem(editor, id)} title={title} aria-current={selected ? 'true' : undefined}>
          {title}
        </button>
        {mark === 'critical' && <span className="gantt-flag flag-critical" title="On the critical path: any delay delays the whole roadmap">Critical</span>}
      </div>
      <div className="gantt-track">
        <GanttBar id={id} title={title} weeks={item.weeks} weekW={weekW} trackWidth={trackWidth} />
      </div>
    </div>
  );
});
