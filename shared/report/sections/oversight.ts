/**
 * Human oversight and logging of every medium- and high-tier decision, against the EU AI Act's
 * Art. 14(4) (a)–(e) and Art. 12, each marked met or missing from the workbook's fields
 * (references/oversight.ts holds the mapping, which the legend below prints), with what closes
 * each gap: per decision in a small register, by mark with counts in a large one. Low-tier
 * decisions auto-execute under sampling review; they are counted, not tabled.
 */
import type { Decision } from '../../model';
import type { ReportContext } from '../context';
import type { Block, TableCell } from '../types';
import { cell, col, filled, h1, p, small, table } from '../blocks';
import { TIER_LABEL } from '../labels';
import { CAPABILITIES, CAPABILITY_TEXT, oversightOf, type Capability, type CapabilityCheck } from '../references/oversight';
import { plural } from '../verdict';
import { DETAIL_MAX } from './tiers';

type Checked = { readonly d: Decision; readonly c: Readonly<Record<Capability, CapabilityCheck>> };

/** The adopted tier, or the suggested one while the decision is not yet classified. */
function tierOf(ctx: ReportContext, d: Decision) {
  const t = ctx.tiers.get(d.id)!;
  return { tier: t.adopted ?? t.suggested, suggested: t.adopted === null };
}

const tag = (k: Capability) => (k === 'log' ? 'Art. 12' : k);

/** "Describe what happens when the model is wrong (a, c); add a kill switch (e)". */
function toClose(c: Checked['c']): string {
  const marks = new Map<string, Capability[]>();
  for (const k of CAPABILITIES) for (const m of c[k].missing) marks.set(m, [...(marks.get(m) ?? []), k]);
  const parts = [...marks].map(([what, ks]) => `${what} (${ks.map(tag).join(', ')})`);
  return parts.length ? `${parts.join('; ')}.`.replace(/^./, (x) => x.toUpperCase()) : '—';
}

/** The medium- and high-tier decisions with their marks, and how many meet every mark: what the section and page 1 both state. */
function overseenChecks(ctx: ReportContext): { checks: Checked[]; met: number } {
  const checks = ctx.w.decisions.filter((d) => tierOf(ctx, d).tier !== 'low').map((d) => ({ d, c: oversightOf(ctx.w, d) }));
  return { checks, met: checks.filter(({ c }) => CAPABILITIES.every((k) => c[k].met)).length };
}

/** Page 1's line on oversight: how many medium- and high-tier decisions meet every mark; null when none is overseen. */
export function oversightSummary(ctx: ReportContext): string | null {
  const { checks, met } = overseenChecks(ctx);
  const n = checks.length;
  if (n === 0) return null;
  const of = met < n ? `${met} of ${plural(n, 'medium- or high-tier decision meets', 'medium- and high-tier decisions meet')}`
    : n === 1 ? 'The one medium- or high-tier decision meets' : `All ${n} medium- and high-tier decisions meet`;
  return `${of} every mark of EU AI Act Art. 14(4) and Art. 12${met === n ? '.' : `; see “${OVERSIGHT_HEADING}”.`}`;
}

const OVERSIGHT_HEADING = 'Human oversight and logging';

export function oversightSection(ctx: ReportContext): Block[] {
  const { checks, met } = overseenChecks(ctx);
  const low = ctx.w.decisions.length - checks.length;
  const blocks: Block[] = [
    h1(OVERSIGHT_HEADING),
    p('For every medium- and high-tier decision: can the people who oversee it do what the EU AI Act’s Art. 14(4) asks, and are its events logged as Art. 12 asks? Each mark is read from the workbook’s own fields; the legend says which.'),
  ];
  if (checks.length === 0) {
    blocks.push(p(ctx.w.decisions.length ? 'No decision is medium or high tier.' : 'No decisions have been inventoried yet.'));
  } else {
    const large = checks.length > DETAIL_MAX;
    blocks.push(p({ text: `${met} of ${plural(checks.length, 'decision meets', 'decisions meet')} every mark. `, bold: true },
      low ? `${plural(low, 'low-tier decision', 'low-tier decisions')} ${low === 1 ? 'auto-executes' : 'auto-execute'} under sampling review and ${low === 1 ? 'is' : 'are'} not listed.` : ''));
    blocks.push(table(
      [col('Decision', large ? 5 : 3.2), ...CAPABILITIES.map((k) => col(CAPABILITY_TEXT[k].short, 1.75, 'center')), ...(large ? [] : [col('To close', 4)])],
      checks.map(({ d, c }) => {
        const t = tierOf(ctx, d);
        return [
          cell({ text: d.title, bold: true }, ` (${TIER_LABEL[t.tier].toLowerCase()}${t.suggested ? ', suggested' : ''})`),
          ...CAPABILITIES.map((k) => mark(c[k])),
          ...(large ? [] : [cell(toClose(c))]),
        ];
      }),
    ));
    if (large) blocks.push(...byMark(checks));
  }
  blocks.push(table([col('Mark', 4.6), col('Met when', 8)], CAPABILITIES.map((k) => [
    cell({ text: CAPABILITY_TEXT[k].title, bold: true }), cell(`${CAPABILITY_TEXT[k].counts.replace(/^./, (x) => x.toUpperCase())}.`),
  ])));
  blocks.push(small('The mapping from fields to the Act’s capabilities is Sprintbook’s reading, not a legal assessment: a met mark says the workbook names what the capability needs, not that it works in production.'));
  return blocks;
}

/** For a large register: each mark, how many decisions meet it, and what the others lack, with counts. */
function byMark(checks: readonly Checked[]): Block[] {
  return [table([col('Mark', 3), col('Met', 2, 'right'), col('What the others need, and for how many decisions', 10)], CAPABILITIES.map((k) => {
    const missing = new Map<string, number>();
    for (const { c } of checks) for (const m of c[k].missing) missing.set(m, (missing.get(m) ?? 0) + 1);
    const met = checks.filter(({ c }) => c[k].met).length;
    return [
      cell({ text: CAPABILITY_TEXT[k].short, bold: true }),
      met === checks.length ? filled('green', `all ${met}`) : filled(met === 0 ? 'red' : 'amber', `${met} of ${checks.length}`),
      cell(missing.size ? [...missing].map(([what, n]) => `${what}: ${n}`).join('; ') : '—'),
    ];
  }))];
}

function mark(c: CapabilityCheck): TableCell {
  return c.met ? filled('green', 'Met') : filled('red', 'Missing');
}
