/** The top bar's way into Search everything, with its shortcut on it. */
import type { ReactElement } from 'react';
import { Button } from '../../components/Button';
import { QUICK_TOOL_SHORTCUT } from '../../hooks/quickToolKeys';
import { useEditor } from '../../state/editor/context';
import { openQuickTool } from '../../state/quickTools';

export function SearchButton(): ReactElement {
  const editor = useEditor();
  return (
    <Button className="search-button" onClick={() => openQuickTool(editor, { kind: 'search' })} title={`Search everything (${QUICK_TOOL_SHORTCUT.search})`}>
      Search <kbd className="search-button-key">{QUICK_TOOL_SHORTCUT.search}</kbd>
    </Button>
  );
}
