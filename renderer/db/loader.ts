/**
 * The format's loader, fetched on first use. It carries the zod schema, the largest part of
 * the format; the library (the first screen) never parses a workbook, so it does not wait
 * for it. Everything else of shared/format (writer, references, value checks) is small and
 * imported directly from its module.
 */
import type { LoadResult } from '../../shared/format/load';

export type { LoadResult };

const loader = () => import('../../shared/format/load');

export async function loadText(text: string): Promise<LoadResult> {
  return (await loader()).loadWorkbook(text);
}

export async function loadBytes(bytes: Uint8Array): Promise<LoadResult> {
  return (await loader()).loadWorkbookBytes(bytes);
}

/** Starts fetching the loader early (e.g. when the app starts) without waiting for it. */
export function preloadLoader(): void {
  void loader().catch(() => undefined);
}
