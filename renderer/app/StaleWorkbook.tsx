/**
 * What a tab shows once another tab or window changed its workbook: the top bar's save status
 * says "Not saved: changed elsewhere" for as long as the tab is stale, and a dialog (shown at
 * once, and again from the status) says what happened to this tab's changes and offers the ways
 * forward: reload to take the newer version, or keep this version as a new workbook.
 */
import { useState, type ReactElement } from 'react';
import { keepMineAsNewWorkbook, reloadNewerVersion } from '../actions/staleWorkbook';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Icon } from '../components/Icon';
import { formatTime } from '../components/format';
import type { StaleNotice } from '../db/notices';
import { useAppApi } from '../state/appContext';
import { useWorkbookValue } from '../state/hooks';

export function StaleStatus({ notice }: { notice: StaleNotice }): ReactElement {
  const [open, setOpen] = useState(true);
  return (
    <>
      <div className="save-status save-error" role="alert">
        <Icon name="alert" size={18} />
        <span className="save-text">Not saved: changed elsewhere</span>
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => setOpen(true)}>What now?</button>
      </div>
      {open && <StaleDialog notice={notice} onClose={() => setOpen(false)} />}
    </>
  );
}

function StaleDialog({ notice, onClose }: { notice: StaleNotice; onClose: () => void }): ReactElement {
  const title = useWorkbookValue((w) => w.title);
  const app = useAppApi();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <Dialog title="Changed in another tab or window" onClose={onClose} role="alertdialog"
      actions={(
        <>
          <Button onClick={onClose} disabled={busy}>Not now</Button>
          <Button onClick={() => run(() => keepMineAsNewWorkbook(app))} disabled={busy}>Keep my version as a new workbook</Button>
          <Button variant="primary" onClick={() => run(reloadNewerVersion)} disabled={busy}>Reload the newer version</Button>
        </>
      )}>
      <p>Another tab or window saved a newer version of “{title}” after this tab opened it. This tab saves nothing over it, so neither version overwrites the other.</p>
      {notice.keptAt !== null ? (
        <p>Your changes in this tab are kept in History as “Not saved: changed in another tab or window” (last at {formatTime(notice.keptAt)}), and whatever you change here from now on is kept there too.</p>
      ) : (
        <p>This tab has no changes of its own since then, so reloading loses nothing.</p>
      )}
      <p className="muted">Reload shows the newer version (your version stays in its History); or keep your version as a separate workbook in the library.</p>
    </Dialog>
  );
}
