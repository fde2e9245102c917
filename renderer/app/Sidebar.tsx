/** The sidebar: the sprint's stages as links (in sprint order), and the verdict at a glance. */
import { useDeferredValue, type ReactElement } from 'react';
import { Icon } from '../components/Icon';
import { Verdict } from '../components/ReadinessGlance';
import { useWorkbook } from '../state/hooks';
import { deriveReadiness } from '../state/selectors';
import type { StageId } from '../state/stages';
import { formatRoute } from './router';
import { STAGES } from './stages';

export function Sidebar({ workbookId, stage }: { workbookId: string; stage: StageId }): ReactElement {
  // Readiness of the whole workbook is the costliest thing drawn on every edit; deferring it
  // lets the edit itself reach the screen within a frame, with the verdict one frame behind.
  const workbook = useDeferredValue(useWorkbook());
  const readiness = deriveReadiness(workbook);
  const blockers = readiness.gaps.filter((g) => g.severity === 'blocker').length;
  return (
    <aside className="sidebar">
      <nav aria-label="Sprint stages">
        <ul className="nav-list">
          {STAGES.map((s) => (
            <li key={s.id} className="nav-item">
              <a
                className="nav-link"
                href={formatRoute({ screen: 'workbook', workbookId, stage: s.id })}
                aria-current={s.id === stage ? 'page' : undefined}
              >
                <Icon name={s.icon} />
                {s.name}
              </a>
              {s.id === 'readiness' && blockers > 0 && (
                <span className="nav-count" title={`${blockers} blockers`}>
                  {blockers}<span className="visually-hidden"> blockers</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <p className="sidebar-caption">Readiness</p>
        <Verdict summary={{ ready: readiness.ready, blockers }} />
      </div>
    </aside>
  );
}
