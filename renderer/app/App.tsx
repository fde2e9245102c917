/** The two screens of the app (library, a workbook's window) and what floats above them, under the page's app store. */
import type { ReactElement } from 'react';
import type { AppStore } from '../state/appStore';
import { Toasts } from '../components/Toasts';
import { LibraryScreen } from './stages';
import { AppContext, useApp } from '../state/appContext';
import { EditorProvider } from '../state/editor/context';
import { AppDialogs } from './AppDialogs';
import { WorkbookWindow } from './WorkbookWindow';

/** The app with `app` in context (main.tsx; tests make their own store). */
export function AppRoot({ app }: { app: AppStore }): ReactElement {
  return <AppContext.Provider value={app}><App /></AppContext.Provider>;
}

export function App(): ReactElement {
  const route = useApp((s) => s.route);
  const toasts = useApp((s) => s.toasts);
  const dismissToast = useApp((s) => s.dismissToast);
  const editor = useApp((s) => s.editor);
  return (
    <>
      {route.screen === 'library' ? <LibraryScreen /> : <WorkbookWindow key={route.workbookId} workbookId={route.workbookId} stage={route.stage} />}
      <EditorProvider editor={editor}><AppDialogs /></EditorProvider>
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </>
  );
}
