/**
 * Copy, cut and paste on the canvas through the system clipboard (the platform's own events,
 * so no permission prompt): our JSON under a MIME type of our own and as plain text, so a copy
 * pastes into another workbook, in this window or another.
 */
import { useEffect, type RefObject } from 'react';
import { isTextField } from '../../../hooks/textField';
import { MAP_CLIPBOARD_MIME } from '../clipboard/payload';
import { copySelectionText, deleteSelection, pasteText } from '../state/edits';
import { useMap } from '../state/controller';

export function useClipboard(viewport: RefObject<HTMLElement | null>): void {
  const map = useMap();
  useEffect(() => {
    const ours = () => {
      const active = document.activeElement;
      return !!viewport.current && !!active && viewport.current.contains(active) && !isTextField(active);
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (!ours() || !e.clipboardData) return;
      const text = copySelectionText(map);
      if (!text) return;
      e.clipboardData.setData(MAP_CLIPBOARD_MIME, text);
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (cut) deleteSelection(map);
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (!ours() || !e.clipboardData) return;
      const text = e.clipboardData.getData(MAP_CLIPBOARD_MIME) || e.clipboardData.getData('text/plain');
      if (pasteText(map, text)) e.preventDefault();
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [viewport]);
}
