/** The sidebar: the sprint's stages as links (in sprint order), and the verdict at a glance. */
import type { ReactElement } from 'react';
import { Icon } from '../components/Icon';
import { Verdict } from '../components/ReadinessGlance';
import { useDeferredDerived } from '../state/hooks';
import { deriveReadiness } from '../state/selectors';
import type { StageId } from '../state/stages';
import { formatRoute } from './router';
import { STAGES } from './stages';

export function Sidebar({ workbookId, stage }: { workbookId: string; stage: StageId }): ReactElement {
  // Deferred: the verdict follows an edit a frame later, so the edit itself is not held up.
  const readiness = useDeferredDerived(deriveReadiness);
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
