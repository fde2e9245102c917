/**
 * The top bar's quick tools (issue 13): Search everything and the parking lot, their keys
 * (hooks/quickToolKeys.ts), and whichever of their dialogs is open (state/quickTools.ts).
 */
import type { ReactElement } from 'react';
import { useStore } from 'zustand';
import { useQuickToolKeys } from '../hooks/quickToolKeys';
import { useEditor } from '../state/editor/context';
import { closeQuickTool, quickToolsOf } from '../state/quickTools';
import { CaptureDialog, ParkingLotButton, ParkingLotPanel, SearchButton, SearchDialog } from './stages';

export function QuickTools(): ReactElement {
  const editor = useEditor();
  const open = useStore(quickToolsOf(editor).store, (s) => s.open);
  useQuickToolKeys();
  const close = () => closeQuickTool(editor);
  return (
    <>
      <SearchButton />
      <ParkingLotButton />
      {open?.kind === 'search' && <SearchDialog onClose={close} />}
      {open?.kind === 'capture' && <CaptureDialog onClose={close} />}
      {open?.kind === 'parking-lot' && <ParkingLotPanel key={open.itemId ?? ''} itemId={open.itemId} onClose={close} />}
    </>
  );
}
