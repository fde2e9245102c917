/**
 * An AI step at a glance, the way readiness asks about it: what triggers it, what it reads,
 * what it writes, where it hands off. A missing one is said, not left blank.
 */
import type { ReactElement } from 'react';
import type { EdgeKind } from '../../../../shared/model';
import { selectOnly } from '../state/selection';
import { useNodeEdges, useNodeName } from './NodeConnectors';
import { useMap } from '../state/controller';

const ROWS: readonly { kind: EdgeKind; incoming: boolean; title: string; missing: string; required: boolean }[] = [
  { kind: 'triggers', incoming: true, title: 'Triggered by', missing: 'Nothing triggers it yet', required: true },
  { kind: 'reads', incoming: false, title: 'Reads', missing: 'Reads nothing yet', required: true },
  { kind: 'writes', incoming: false, title: 'Writes', missing: 'Writes nothing yet', required: false },
  { kind: 'handoff', incoming: false, title: 'Hands off to', missing: 'No hand-off', required: false },
];

export function AiGlance({ nodeId }: { nodeId: string }): ReactElement {
  const map = useMap();
  const edges = useNodeEdges(nodeId);
  const name = useNodeName();
  const hasOutput = edges.some((e) => e.from === nodeId && (e.kind === 'writes' || e.kind === 'handoff'));
  return (
    <section className="map-inspector-section map-ai-glance" aria-label="The AI step at a glance">
      <h3>At a glance</h3>
      <dl>
        {ROWS.map((row) => {
          const found = edges.filter((e) => e.kind === row.kind && (row.incoming ? e.to === nodeId : e.from === nodeId));
          const gap = found.length === 0 && (row.required || !hasOutput);
          return (
            <div key={row.kind} className={gap ? 'is-gap' : undefined}>
              <dt>{row.title}</dt>
              <dd>
                {found.length === 0 ? <span className={gap ? 'map-missing' : 'muted'}>{row.missing}</span> : found.map((e) => (
                  <button key={e.id} type="button" className="map-link-button" onClick={() => selectOnly(map, [], [e.id])}>
                    <span>{name(row.incoming ? e.from : e.to)}{e.label && <span className="map-glance-label">{e.label}</span>}</span>
                  </button>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
