/**
 * "Present": opens the presenter window for this workbook through the host (a second window of
 * the same origin in a browser; a window on the second display in the desktop app) and says
 * what to do when the platform refuses (a blocked pop-up).
 */
import type { ReactElement } from 'react';
import { Button } from '../../components/Button';
import { services } from '../../db/services';
import { useApp } from '../../state/appContext';

export function PresentButton({ workbookId }: { workbookId: string }): ReactElement {
  const pushToast = useApp((s) => s.pushToast);
  const open = async () => {
    const result = await services().host.openPresenter(workbookId);
    if (!result.ok && result.error.code !== 'cancelled') pushToast({ tone: 'error', message: result.error.message });
  };
  return (
    <Button icon="panelRight" onClick={() => void open()} title="Open the presenter view: large type for the projector, following this window">
      Present
    </Button>
  );
}
