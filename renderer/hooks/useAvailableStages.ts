/**
 * The stages this version has, handed down by the workbook window from the stage registry.
 * A context rather than an import: the registry imports the screens, and screens asking the
 * registry would import themselves in a circle.
 */
import { createContext, useContext } from 'react';
import type { StageId } from '../state/stages';

export const AvailableStages = createContext<ReadonlySet<StageId>>(new Set<StageId>(['overview']));

export function useAvailableStages(): ReadonlySet<StageId> {
  return useContext(AvailableStages);
}
