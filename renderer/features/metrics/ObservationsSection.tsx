/**
 * A metric's observations: the dated values the scorecard reads. Edited in place, added one at
 * a time, or imported many at once. Shown in the order entered; the latest (as the scorecard
 * reads it) is marked. A long series shows its most recent entries first and the rest on
 * request: a table of hundreds of fields is slow to draw and rarely what anyone edits.
 */

/** How many of the most recently entered observations are shown before "Show all". */
export const RECENT_ROWS = 50;
import { useState, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { latestObservation } from '../../../shared/logic';
import type { Metric } from '../../../shared/model';
import { ObservationAdd } from './ObservationAdd';
import { ObservationImport } from './ObservationImport';
import { ObservationRow } from './ObservationRow';

export function ObservationsSection({ metric, name }: { metric: Metric; name: string }): ReactElement {
  const latest = latestObservation(metric);
  const [all, setAll] = useState(false);
  const n = metric.observations.length;
  const from = all ? 0 : Math.max(0, n - RECENT_ROWS);
  return (
    <section className="observations" aria-labelledby="observations-title" data-focus={`${metric.id}/observations`} tabIndex={-1}>
      <h3 id="observations-title" className="subheading">Observations <span className="muted small">({metric.observations.length})</span></h3>
      <ObservationAdd metricId={metric.id} unit={metric.unit} />
      <ObservationImport metricId={metric.id} metricName={name} />
      {metric.observations.length === 0
        ? <p className="empty-note">No observations yet. Add the first measurement after go-live, or import a series.</p>
        : (
          <div className="table-wrap observations-wrap">
            <table className="data-table observations-table">
              <caption className="visually-hidden">Observations of {name}</caption>
              <thead><tr><th scope="col">Date</th><th scope="col">Value{metric.unit ? ` (${metric.unit})` : ''}</th><th scope="col">Note</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
              <tbody>
                {metric.observations.slice(from).map((o, k) => (
                  <ObservationRow key={from + k} metricId={metric.id} index={from + k} observation={o} latest={o === latest} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      {from > 0 && (
        <p className="observations-more">
          <span className="muted small">Showing the {n - from} most recently entered of {n} observations.</span>
          <Button size="sm" onClick={() => setAll(true)}>Show all {n}</Button>
        </p>
      )}
    </section>
  );
}
