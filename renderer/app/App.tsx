/** The two screens of the app (library, a workbook's window) and what floats above them. */
import type { ReactElement } from 'react';
import { Toasts } from '../components/Toasts';
import { LibraryScreen } from './stages';
import { useAppStore } from '../state/store';
import { AppDialogs } from './AppDialogs';
import { WorkbookWindow } from './WorkbookWindow';

export function App(): ReactElement {
  const route = useAppStore((s) => s.route);
  const toasts = useAppStore((s) => s.toasts);
  const dismissToast = useAppStore((s) => s.dismissToast);
  return (
    <>
      {route.screen === 'library' ? <LibraryScreen /> : <WorkbookWindow key={route.workbookId} workbookId={route.workbookId} stage={route.stage} />}
      <AppDialogs />
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </>
  );
}
