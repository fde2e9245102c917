/**
 * Testing Library's `render` inside the test's app (helpers.ts): the app store in context, and
 * the open workbook's editor provided as WorkbookWindow provides it (a new editor remounts
 * what is under it, as a newly opened workbook does in the app).
 */
import { render as rtlRender, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { AppContext, useApp } from '../../../renderer/state/appContext';
import { EditorProvider } from '../../../renderer/state/editor/context';
import { testApp } from './helpers';

function OpenEditor({ children }: { children: ReactNode }): ReactElement {
  const editor = useApp((s) => s.editor);
  return <EditorProvider editor={editor}>{children}</EditorProvider>;
}

export function render(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>): RenderResult {
  const app = testApp();
  return rtlRender(ui, {
    ...options,
    wrapper: ({ children }) => <AppContext.Provider value={app}><OpenEditor>{children}</OpenEditor></AppContext.Provider>,
  });
}
