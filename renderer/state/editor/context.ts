/**
 * The open workbook's editor in React: WorkbookWindow provides it, components take it with
 * `useEditor()` and subscribe to one of its stores with a narrow selector. A component under
 * no editor (the library) never asks.
 */
import { createContext, createElement, useContext, type ReactElement, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WorkbookEditor } from './WorkbookEditor';
import type { DocState, SaveStatus } from './types';

export const EditorContext = createContext<WorkbookEditor | null>(null);

/** Provides `editor` to `children`, made anew for each editor (a new session starts fresh). */
export function EditorProvider({ editor, children }: { editor: WorkbookEditor | null; children: ReactNode }): ReactElement {
  return createElement(EditorContext.Provider, { key: editor?.session.id ?? 0, value: editor }, children);
}

export function useEditor(): WorkbookEditor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('No workbook is open.');
  return editor;
}

/** The editor when a workbook is open, else null (the top bar over the library). */
export const useEditorOrNull = (): WorkbookEditor | null => useContext(EditorContext);

/** A value picked from the document (workbook, history, file), compared with Object.is. */
export function useDoc<T>(pick: (d: DocState) => T): T {
  return useStore(useEditor().doc, pick);
}

export function useSaveStatus(): SaveStatus {
  return useStore(useEditor().save, (s) => s.status);
}
