/**
 * A workbook's window: top bar, the sidebar of stages, and the current stage. Opens the
 * workbook named by the route from the library (unless it is already open) and says so
 * plainly when it is gone or cannot be opened by this version.
 */
import { Suspense, useEffect, useRef, useState, type ReactElement } from 'react';
import { describeRefusal } from '../../shared/format/faults';
import { openStored, type StoredOpen } from '../actions/workbooks';
import { Button } from '../components/Button';
import { describeStorageError } from '../db/errors';
import type { StageId } from '../state/stages';
import { useApp, useAppApi } from '../state/appContext';
import { EditorProvider } from '../state/editor/context';
import { Sidebar } from './Sidebar';
import { AvailableStages } from '../hooks/useAvailableStages';
import { AVAILABLE_STAGES, STAGES } from './stages';
import { TopBar } from './TopBar';
import { useWindowLayout } from './useWindowLayout';
import { WindowFrame } from './WindowFrame';

type Failure = Exclude<StoredOpen, { state: 'opened' }> | { readonly state: 'error'; readonly message: string };

export function WorkbookWindow({ workbookId, stage }: { workbookId: string; stage: StageId }): ReactElement {
  const app = useAppApi();
  const editor = useApp((s) => (s.editor?.workbook.id === workbookId ? s.editor : null));
  const navigate = useApp((s) => s.navigate);
  const [failure, setFailure] = useState<Failure | null>(null);
  const main = useRef<HTMLElement>(null);
  useWindowLayout(editor);

  useEffect(() => {
    let live = true;
    openStored(app, workbookId).then(
      (r) => live && setFailure(r.state === 'opened' ? null : r),
      (e: unknown) => live && setFailure({ state: 'error', message: describeStorageError(e) }),
    );
    return () => {
      live = false;
    };
  }, [app, workbookId]);

  useEffect(() => {
    main.current?.scrollTo?.({ top: 0 });
  }, [stage]);

  if (failure) return <OpenFailure failure={failure} onBack={() => navigate({ screen: 'library' })} />;
  if (!editor) {
    return <div className="center-screen" role="status"><span className="spinner" aria-hidden="true" /> Opening the workbook…</div>;
  }
  const Screen = (STAGES.find((s) => s.id === stage) ?? STAGES[0]!).Screen;
  return (
    <EditorProvider editor={editor}>
      <AvailableStages.Provider value={AVAILABLE_STAGES}>
        <WindowFrame>
          <button type="button" className="skip-link" onClick={() => main.current?.focus()}>Skip to content</button>
          <TopBar />
          <Sidebar workbookId={workbookId} stage={stage} />
          <main id="main" ref={main} className="stage" tabIndex={-1}>
            <Suspense fallback={<div className="center-screen" role="status"><span className="spinner" aria-hidden="true" /> Loading…</div>}>
              <Screen />
            </Suspense>
          </main>
        </WindowFrame>
      </AvailableStages.Provider>
    </EditorProvider>
  );
}

function OpenFailure({ failure, onBack }: { failure: Failure; onBack: () => void }): ReactElement {
  const lines = failure.state === 'refused' ? describeRefusal(failure.result.refusal) : [];
  return (
    <div className="center-screen">
      <div className="card notice notice-bad" role="alert">
        <h1>{failure.state === 'missing' ? 'This workbook is not in the library' : 'This workbook cannot be opened'}</h1>
        {failure.state === 'missing' && <p>It may have been deleted, or it was kept in another browser profile.</p>}
        {failure.state === 'error' && <p>{failure.message}</p>}
        {failure.state === 'refused' && (
          <>
            <p>{lines[0]}</p>
            {lines.length > 1 && <pre className="fault-lines">{lines.slice(1).join('\n')}</pre>}
            <p className="muted">Nothing was changed.</p>
          </>
        )}
        <Button variant="primary" icon="arrowLeft" onClick={onBack}>Back to the library</Button>
      </div>
    </div>
  );
}
