/**
 * What opening the workbook found: dangling references (each with its path, and whether it is
 * fixed by now), and a migration from an older format. Nothing was dropped silently.
 */
import { useState, type ReactElement } from 'react';
import { QUESTION_TEXT } from '../../../shared/logic';
import { IconButton } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useDerived } from '../../state/hooks';
import { deriveProblems } from '../../state/selectors';
import { useDoc } from '../../state/editor/context';

export function ProblemsBanner(): ReactElement | null {
  const problems = useDoc((d) => d.loadProblems);
  const migratedFrom = useDoc((d) => d.migratedFrom);
  const current = useDerived(deriveProblems);
  const [hidden, setHidden] = useState(false);
  if (hidden || (problems.length === 0 && migratedFrom === null)) return null;
  const open = new Set(current.map((p) => `${p.path}|${p.message}`));
  const left = problems.filter((p) => open.has(`${p.path}|${p.message}`)).length;
  return (
    <div className={`card notice ${left > 0 ? 'notice-warn' : 'notice-info'}`} role="region" aria-label="Problems found when opening">
      <div className="notice-head">
        <Icon name={left > 0 ? 'alert' : 'info'} />
        <h2 className="notice-title">
          {problems.length > 0
            ? `Opened with ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}${left < problems.length ? ` (${problems.length - left} fixed since)` : ''}`
            : 'Opened from an older format'}
        </h2>
        <IconButton icon="x" label="Hide this notice" onClick={() => setHidden(true)} />
      </div>
      {migratedFrom !== null && <p>The file was written in format version {migratedFrom}; it was brought up to date. Saving writes the current version.</p>}
      {problems.length > 0 && (
        <>
          <p>Each counts as a blocker under its readiness question until it is fixed.</p>
          <ul className="problem-list">
            {problems.map((p, i) => {
              const fixed = !open.has(`${p.path}|${p.message}`);
              return (
                <li key={i} className={fixed ? 'is-fixed' : undefined}>
                  <span className="problem-question">{QUESTION_TEXT[p.question].short}</span>
                  <span>{p.message}{fixed && <strong> Fixed.</strong>}</span>
                  <code className="pointer">{p.path}</code>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
