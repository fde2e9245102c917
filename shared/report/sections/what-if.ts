/**
 * The roadmap's what-if: for every kill criterion, what it would stop if it triggered — the
 * items gated on its metric are blocked, and the later items wait on them, through their
 * dependencies within the phase and, through the phase gate, every item of the later phases
 * (DOMAIN.md, "Sequenced roadmap"; shared/logic's killImpact).
 */
import { PHASES, type Phase } from '../../model';
import { killImpact } from '../../logic';
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { cell, col, h2, p, table, toned } from '../blocks';
import { PHASE_LABEL } from '../labels';
import { quoted } from '../locate';
import { plural } from '../verdict';

export function whatIfSection(ctx: ReportContext): Block[] {
  const { w, fmt } = ctx;
  const kills = w.metrics.filter((m) => m.kill !== undefined);
  const blocks: Block[] = [h2('What each kill criterion would stop')];
  if (kills.length === 0) {
    blocks.push(p('No metric has a kill criterion, so nothing in the roadmap can be stopped by the data. Set one for each metric.'));
    return blocks;
  }
  blocks.push(p('If a metric triggers its kill criterion, the items gated on it are blocked and the later items wait on them. Read each row as: “if this triggers, these items are blocked, and these later items wait on them”.'));
  const title = (id: string) => quoted(ctx.item(id)?.title, id);
  blocks.push(table([col('If this triggers', 4.4), col('These items are blocked', 4.6), col('These later items wait on them', 6.4)], kills.map((m) => {
    const impact = killImpact(w, m.id);
    const triggered = ctx.scores.get(m.id)?.killTriggered;
    const rule = `${m.direction === 'decrease' ? 'above' : 'below'} ${fmt.value(m.kill!.threshold, m.unit)}`;
    const first: Inline[] = [{ text: m.name, bold: true }, ` (${rule})`, ...(triggered ? [toned(' — triggered now', 'red')] : [])];
    if (impact.blockedItemIds.length === 0) {
      return [cell(...first), cell(toned('Nothing: no item has a gate on it', 'amber', false)), cell('—')];
    }
    return [cell(...first), cell(impact.blockedItemIds.map(title).join(', ')), cell(waiting(ctx, impact.blockedItemIds, impact.waitingItemIds))];
  })));
  return blocks;
}

/** Same-phase dependents by name; later phases, which wait through the phase gate, by phase and count. */
function waiting(ctx: ReportContext, blocked: readonly string[], ids: readonly string[]): string {
  if (ids.length === 0) return 'Nothing';
  const phaseOf = (id: string) => ctx.item(id)?.phase;
  const earliest = Math.min(...blocked.map((id) => PHASES.indexOf(phaseOf(id)!)));
  const later = new Map<Phase, number>();
  const dependents: string[] = [];
  for (const id of ids) {
    const phase = phaseOf(id)!;
    if (PHASES.indexOf(phase) > earliest) later.set(phase, (later.get(phase) ?? 0) + 1);
    else dependents.push(quoted(ctx.item(id)?.title, id));
  }
  const parts: string[] = [];
  if (dependents.length) parts.push(`${dependents.join(', ')} (through their dependencies)`);
  if (later.size) {
    // "Every item" only where it is every one: an item the same criterion blocks is not waiting.
    const phases = PHASES.filter((ph) => later.has(ph)).map((ph) => {
      const n = later.get(ph)!, all = ctx.w.roadmap.filter((r) => r.phase === ph).length;
      return n === all ? `every item of ${PHASE_LABEL[ph]} (${plural(n, 'item', 'items')})` : `the other ${n === 1 ? 'item' : `${n} items`} of ${PHASE_LABEL[ph]}`;
    });
    const names = later.size && ids.length - dependents.length <= 6
      ? `: ${ids.filter((id) => PHASES.indexOf(phaseOf(id)!) > earliest).map((id) => quoted(ctx.item(id)?.title, id)).join(', ')}` : '';
    parts.push(`${phases.join(' and ')}, through the phase gate${names}`);
  }
  const text = parts.join('; and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
