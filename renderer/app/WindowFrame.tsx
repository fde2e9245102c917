/**
 * The workbook window's grid, shaped by its layout: with the sidebar collapsed it keeps a rail
 * of stage icons. The window itself never scrolls; each stage scrolls inside its own area.
 */
import type { ReactElement, ReactNode } from 'react';
import { useLayoutShown } from '../state/layout';

export function WindowFrame({ children }: { children: ReactNode }): ReactElement {
  const sidebar = useLayoutShown('sidebar');
  const inspector = useLayoutShown('inspector');
  const toolbars = useLayoutShown('toolbars');
  const classes = ['window', sidebar ? '' : 'no-sidebar', inspector ? '' : 'no-inspector', toolbars ? '' : 'no-toolbars'];
  return <div className={classes.filter(Boolean).join(' ')}>{children}</div>;
}
