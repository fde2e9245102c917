/** The app store in React: main.tsx (or a test) provides it; components subscribe with narrow selectors. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './appStore';
import type { AppState } from './types';

export const AppContext = createContext<AppStore | null>(null);

/** The app store itself, for handlers that act on it (open a file, show a stage). */
export function useAppApi(): AppStore {
  const app = useContext(AppContext);
  if (!app) throw new Error('The app store is not provided.');
  return app;
}

export function useApp<T>(pick: (s: AppState) => T): T {
  return useStore(useAppApi(), pick);
}
