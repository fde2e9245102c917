/**
 * The sidebar: the sprint's stages as links (in sprint order), and the verdict at a glance; a
 * stop names each triggered kill criterion and the roadmap items it blocks, linked to them.
 */
import type { ReactElement } from 'react';
import { Icon } from '../components/Icon';
import { LayoutToggle } from '../components/LayoutToggle';
import { Verdict } from '../components/ReadinessGlance';
import { StopReasons } from '../components/StopReasons';
import { useRecordLinks } from '../hooks/useRecordLinks';
import { useDeferredDerived } from '../state/hooks';
import { useLayoutToggle } from '../state/layout';
import { deriveVerdict } from '../state/selectors';
import type { StageId } from '../state/stages';
import { formatRoute } from './router';
import { STAGES } from './stages';

export function Sidebar({ workbookId, stage }: { workbookId: string; stage: StageId }): ReactElement {
  // Deferred: the verdict follows an edit a frame later, so the edit itself is not held up.
  const view = useDeferredDerived(deriveVerdict);
  const links = useRecordLinks();
  const { blockers } = view;
  const toggle = useLayoutToggle('sidebar');
  // Collapsed, the sidebar is a rail of the stages' icons: their names become tooltips.
  const rail = !toggle.shown;
  return (
    <aside className={`sidebar${rail ? ' is-rail' : ''}`}>
      <LayoutToggle part="sidebar" icon="panelLeft" className="sidebar-toggle" {...toggle} onClick={toggle.toggle} />
      <nav aria-label="Sprint stages">
        <ul className="nav-list">
          {STAGES.map((s) => (
            <li key={s.id} className="nav-item">
              <a
                className="nav-link"
                href={formatRoute({ screen: 'workbook', workbookId, stage: s.id })}
                aria-current={s.id === stage ? 'page' : undefined}
                title={rail ? s.name : undefined}
              >
                <Icon name={s.icon} />
                <span className="nav-name">{s.name}</span>
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
      <div className={`sidebar-footer${view.verdict === 'stop' ? ' is-stop' : ''}`} role="region" aria-label="Readiness verdict">
        <p className="sidebar-caption">Readiness</p>
        <Verdict summary={view} />
        {view.verdict === 'stop' && <StopReasons reasons={view.stops} links={links} layout="compact" label="Why: stop and redesign" />}
      </div>
    </aside>
  );
}
