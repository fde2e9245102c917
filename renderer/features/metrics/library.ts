/**
 * The KPI library (templates/kpi-library.json): the measures a scale-up decision usually
 * needs, each with a definition and how to measure it. Adding one copies its name, unit and
 * direction into a new metric; everything else is the sprint's to fill in.
 */
import library from '../../../templates/kpi-library.json';
import { DEFAULT_CURRENCY, type Direction, type Metric, type MetricKind } from '../../../shared/model';

export interface LibraryEntry {
  readonly kind: Exclude<MetricKind, 'custom'>;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly howToMeasure: string;
}

export const KPI_LIBRARY = library as readonly LibraryEntry[];

export function libraryEntry(kind: MetricKind): LibraryEntry | undefined {
  return KPI_LIBRARY.find((e) => e.kind === kind);
}

/**
 * The unit a library measure takes in this workbook: the library writes cost in USD, but the
 * workbook's own currency (the model's default when it names none) is what its people count in.
 */
export function libraryUnit(entry: LibraryEntry, currency: string | undefined): string {
  return entry.kind === 'cost-per-unit' ? currency ?? DEFAULT_CURRENCY : entry.unit;
}

/** A new metric from the library (or a blank custom one), with nothing measured yet. */
export function newMetric(id: string, kind: MetricKind, name: string, currency: string | undefined): Metric {
  const entry = libraryEntry(kind);
  const unit = entry ? libraryUnit(entry, currency) : '';
  return { id, name, kind, unit, direction: entry?.direction ?? 'decrease', decisionIds: [], observations: [] };
}

/** The four kinds every scorecard should cover (readiness question 3); each is met by any of its kinds. */
export const EXPECTED_KINDS: readonly { readonly label: string; readonly kinds: readonly MetricKind[] }[] = [
  { label: 'Cycle time or time to first response', kinds: ['cycle-time', 'time-to-first-response'] },
  { label: 'Error rate', kinds: ['error-rate'] },
  { label: 'Rework rate', kinds: ['rework-rate'] },
  { label: 'Cost per unit of work', kinds: ['cost-per-unit'] },
];
