/**
 * Routes as location hashes, so a reload comes back to the same workbook and stage:
 *   #/                       the library
 *   #/w/<workbook id>/<stage>
 */
import { isId } from '../../shared/model';
import { isStageId } from './stages';
import type { Route } from './types';

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '';
    }
  });
  if (parts[0] === 'w' && parts[1] && isId(parts[1])) {
    const stage = parts[2] && isStageId(parts[2]) ? parts[2] : 'overview';
    return { screen: 'workbook', workbookId: parts[1], stage };
  }
  return { screen: 'library' };
}

export function formatRoute(route: Route): string {
  return route.screen === 'library' ? '#/' : `#/w/${encodeURIComponent(route.workbookId)}/${route.stage}`;
}
