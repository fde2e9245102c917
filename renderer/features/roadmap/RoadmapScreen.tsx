/**
 * Roadmap (day 9): sequence the work into phases, with dependencies and gates on the kill
 * criteria. The schedule is the core's (critical-path method, phase gates, blocked items); the
 * Gantt and the list show the same data, the list for the keyboard and screen readers.
 */
import { useRef, useState, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { Section } from '../../components/Section';
import { useFocusRequest } from '../../hooks/useFocusRequest';
import { addRoadmapItem, blankRoadmapItem, newRoadmapItemId } from '../../state/commands';
import { useEditor } from '../../state/editor/context';
import { Gantt } from './gantt/Gantt';
import { ItemEditor } from './ItemEditor';
import { RoadmapList } from './RoadmapList';
import { ScheduleSummary } from './ScheduleSummary';
import { showItem, useSelectedItem } from './common/selection';
import { SuggestDialog } from './SuggestDialog';
import { useWorkbookValue } from '../../state/hooks';

type View = 'gantt' | 'list';

export function RoadmapScreen(): ReactElement {
  const editor = useEditor();
  const root = useRef<HTMLDivElement>(null);
  // Before useFocusRequest: the editor of a requested item must be in this render.
  const selectedId = useSelectedItem();
  useFocusRequest(root);
  const [view, setView] = useState<View>('gantt');
  const [suggesting, setSuggesting] = useState(false);
  const count = useWorkbookValue((w) => w.roadmap.length);

  const add = () => {
    const w = editor.workbook;
    const id = newRoadmapItemId(w);
    if (editor.execute(addRoadmapItem(blankRoadmapItem(id, 'foundation')))) showItem(editor, id, 'title');
  };

  return (
    <div className="stage-page stage-wide" ref={root}>
      <header className="stage-header">
        <p className="eyebrow">Day 9 · Sequence the roadmap</p>
        <h1>Roadmap</h1>
      </header>
      <p className="lead">In what order do we scale, and where do we stop if it is not working? Phases run in order; gates on the kill criteria stop what comes after.</p>
      <Section title="Schedule" id="roadmap-schedule" focusKey="/roadmap"
        actions={<>
          <Button icon="lightbulb" onClick={() => setSuggesting(true)}>Suggest a roadmap</Button>
          <Button icon="plus" variant="primary" onClick={add}>Add item</Button>
        </>}>
        <ScheduleSummary />
        {count > 0 && (
          <>
            <div className="view-switch" role="group" aria-label="View">
              <Button size="sm" icon="gantt" aria-pressed={view === 'gantt'} onClick={() => setView('gantt')}>Gantt</Button>
              <Button size="sm" icon="list" aria-pressed={view === 'list'} onClick={() => setView('list')}>List</Button>
            </div>
            {view === 'gantt' ? <Gantt selectedId={selectedId} /> : <RoadmapList selectedId={selectedId} />}
          </>
        )}
      </Section>
      {selectedId && <ItemEditor key={selectedId} id={selectedId} />}
      {suggesting && <SuggestDialog onClose={() => setSuggesting(false)} />}
    </div>
  );
}

export default RoadmapScreen;
