/**
 * The route lives in the store (ui slice) and mirrors the location hash (state/routes.ts), so
 * a reload comes back to the same place and Back/Forward move between screens.
 */
import { formatRoute, parseHash } from '../state/routes';
import type { AppStore } from '../state/appStore';

export { formatRoute, parseHash };

/** `isAvailable` keeps a hash naming a stage this version does not have from showing nothing. */
export function syncRouteWithHash(store: AppStore, isAvailable: (stage: string) => boolean, win: Window = window): () => void {
  const fromHash = () => {
    let route = parseHash(win.location.hash);
    if (route.screen === 'workbook' && !isAvailable(route.stage)) route = { ...route, stage: 'overview' };
    if (formatRoute(route) !== formatRoute(store.getState().route)) store.getState().navigate(route);
  };
  fromHash();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route === prev.route) return;
    const hash = formatRoute(s.route);
    if (win.location.hash !== hash) win.location.hash = hash;
  });
  win.addEventListener('hashchange', fromHash);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', fromHash);
  };
}

/** The presenter view's own hash, `#/present/<workbook id>` (a window that runs no editor). */
export { presenterHash, presenterWorkbookId } from '../state/presenterRoute';
