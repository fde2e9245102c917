/** The Owners stage rendered as the workbook window would: on its route, with every stage built. */
import { render } from '../../render';
import { OwnersScreen } from '../../../../../renderer/features/owners/OwnersScreen';
import { AvailableStages } from '../../../../../renderer/hooks/useAvailableStages';
import { STAGE_IDS } from '../../../../../renderer/state/stages';
import type { Raci, Workbook } from '../../../../../shared/model';
import { openInFreshStore, state, template } from '../../helpers';

const ALL_STAGES = new Set(STAGE_IDS);

export function renderOwners(w: Workbook = template('support-triage')) {
  const opened = openInFreshStore(w);
  state().navigate({ screen: 'workbook', workbookId: w.id, stage: 'owners' });
  return { ...opened, ...render(<AvailableStages.Provider value={ALL_STAGES}><OwnersScreen /></AvailableStages.Provider>) };
}

/** `w` with only the RACI entries `keep` accepts. */
export const keepRaci = (w: Workbook, keep: (r: Raci) => boolean): Workbook => ({ ...w, raci: w.raci.filter(keep) });

/** `w` with nobody owning metric `id`. */
export function unownedMetric(w: Workbook, id: string): Workbook {
  return { ...w, metrics: w.metrics.map((m) => (m.id === id ? (({ ownerId: _gone, ...rest }) => rest)(m) : m)) };
}
