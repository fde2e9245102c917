/**
 * What the top bar carries for running the room: the block timer, the Present button, and the
 * presenter view's broadcaster (which must live as long as the workbook's window does).
 */
import type { ReactElement } from 'react';
import { useWorkbookValue } from '../../state/hooks';
import { BlockTimer } from './BlockTimer';
import { PresentButton } from './PresentButton';
import { PresenterBroadcaster } from './PresenterBroadcaster';

export function TopBarTimer(): ReactElement {
  const workbookId = useWorkbookValue((w) => w.id);
  return (
    <div className="topbar-room-clock">
      <BlockTimer workbookId={workbookId} />
      <PresentButton workbookId={workbookId} />
      <PresenterBroadcaster />
    </div>
  );
}
