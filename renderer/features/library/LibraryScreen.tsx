/**
 * The library, the app's home: every workbook in this browser, most recently changed first,
 * each with its readiness at a glance, as cards or as the portfolio table (a remembered
 * toggle); new (blank or from a template), open a file, and rename, duplicate or delete (with
 * Undo). Everything here is drawn from the small summaries kept at save time
 * (renderer/db/summaries): the library never reads a workbook's full text to draw.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactElement } from 'react';
import { openFile } from '../../actions/files';
import { createWorkbook } from '../../actions/workbooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import type { LibraryEntry } from '../../db/summaries';
import { describeStorageError } from '../../db/errors';
import { services } from '../../db/services';
import { useApp, useAppApi } from '../../state/appContext';
import { duplicate, remove, rename } from './libraryActions';
import { NewWorkbookDialog } from './NewWorkbookDialog';
import { RenameDialog } from './RenameDialog';
import { BLANK_TEMPLATE } from '../../actions/templates';
import { WorkbookCard } from './WorkbookCard';
import { PortfolioTable } from './PortfolioTable';
import { rememberedLibraryView, rememberLibraryView, type LibraryView } from './libraryView';

type Listed = { rows: LibraryEntry[] } | { error: string };
type Pending = { kind: 'new' } | { kind: 'rename'; row: LibraryEntry } | { kind: 'delete'; row: LibraryEntry } | null;

export function LibraryScreen(): ReactElement {
  const app = useAppApi();
  const storageError = useApp((s) => s.storageError);
  const [pending, setPending] = useState<Pending>(null);
  const [view, setView] = useState<LibraryView>(rememberedLibraryView);
  const show = (next: LibraryView) => {
    setView(next);
    rememberLibraryView(next);
  };
  const listed = useLiveQuery<Listed>(async () => {
    try {
      return { rows: await services().db.summaries.orderBy('savedAt').reverse().toArray() };
    } catch (e) {
      return { error: describeStorageError(e) };
    }
  }, [storageError]);

  // Arriving here (also by Back): the open workbook's last changes are written, then it closes.
  useEffect(() => {
    void services().autosave.flush().then(() => {
      const s = app.getState();
      if (s.route.screen === 'library' && s.editor) s.closeWorkbook();
    });
  }, [app]);

  useEffect(() => {
    document.title = 'Sprintbook';
  }, []);

  const rows = listed && 'rows' in listed ? listed.rows : [];
  return (
    <div className="library">
      <header className="library-header">
        <div className="brand"><Icon name="book" size={26} /><span>Sprintbook</span></div>
        <div className="library-actions">
          <Button variant="primary" icon="plus" onClick={() => void createWorkbook(app, BLANK_TEMPLATE.text)}>New workbook</Button>
          <Button icon="book" onClick={() => setPending({ kind: 'new' })}>New from template…</Button>
          <Button icon="open" onClick={() => void openFile(app)}>Open file…</Button>
        </div>
      </header>
      <main className="library-main" id="main">
        <div className="library-intro library-intro-row">
          <div>
            <h1>Your workbooks</h1>
            <p className="muted">
              {rows.length === 0 ? 'Kept in this browser, saved as you work.' : `${rows.length} ${rows.length === 1 ? 'workbook' : 'workbooks'}${view === 'cards' ? ', most recently changed first' : ''}. Kept in this browser, saved as you work.`}
            </p>
          </div>
          {rows.length > 0 && (
            <div className="library-views" role="group" aria-label="Show the workbooks as">
              <Button size="sm" variant="ghost" aria-pressed={view === 'cards'} onClick={() => show('cards')}>Cards</Button>
              <Button size="sm" variant="ghost" aria-pressed={view === 'portfolio'} onClick={() => show('portfolio')}>Portfolio</Button>
            </div>
          )}
        </div>
        {(storageError || (listed && 'error' in listed)) && (
          <div className="notice notice-bad" role="alert">
            <Icon name="alert" />
            <p>{storageError ?? (listed && 'error' in listed ? listed.error : '')}</p>
          </div>
        )}
        {!listed && <p role="status" className="muted">Loading your workbooks…</p>}
        {listed && rows.length === 0 && !('error' in listed) && <EmptyLibrary onTemplates={() => setPending({ kind: 'new' })} />}
        {rows.length > 0 && view === 'portfolio' && <PortfolioTable entries={rows} />}
        {rows.length > 0 && view === 'cards' && (
          <ul className="wb-grid" aria-label="Workbooks">
            {rows.map((row) => (
              <WorkbookCard key={row.id} row={row}
                onRename={() => setPending({ kind: 'rename', row })}
                onDuplicate={() => void duplicate(app, row.id)}
                onDelete={() => setPending({ kind: 'delete', row })} />
            ))}
          </ul>
        )}
      </main>
      {pending?.kind === 'new' && (
        <NewWorkbookDialog onClose={() => setPending(null)} onChoose={(t) => { setPending(null); void createWorkbook(app, t.text); }} />
      )}
      {pending?.kind === 'rename' && (
        <RenameDialog title={pending.row.title} onClose={() => setPending(null)}
          onRename={(title) => { setPending(null); void rename(app, pending.row.id, title); }} />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog title="Delete this workbook?" danger confirmLabel="Delete workbook"
          onCancel={() => setPending(null)}
          onConfirm={() => { setPending(null); void remove(app, pending.row.id); }}>
          <p>“{pending.row.title}” and its history will be removed from this browser. Files you saved elsewhere are not touched.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function EmptyLibrary({ onTemplates }: { onTemplates: () => void }): ReactElement {
  const app = useAppApi();
  return (
    <div className="card empty-state">
      <Icon name="book" size={40} />
      <h2>No workbooks yet</h2>
      <p className="muted">Start a blank sprint, try the worked example, or open a <code>.sprintbook</code> file someone sent you.</p>
      <div className="row-gap">
        <Button variant="primary" icon="plus" onClick={() => void createWorkbook(app, BLANK_TEMPLATE.text)}>New workbook</Button>
        <Button icon="book" onClick={onTemplates}>New from template…</Button>
        <Button icon="open" onClick={() => void openFile(app)}>Open file…</Button>
      </div>
    </div>
  );
}
