/**
 * Every open readiness gap, by question: what is missing, where (record and field in words,
 * never a JSON pointer) and who fixes it. Gaps of the same kind with the same fixer share one
 * row that names every record they concern, so a large workbook's list stays readable without
 * leaving any gap out.
 */
import { QUESTIONS, type WorkflowNode } from '../../model';
import { QUESTION_TEXT, type Gap } from '../../logic';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, filled, h1, h2, p, table } from '../blocks';
import { fixerOf } from '../fixer';
import { gapText } from '../gap-text';
import { locate, quoted } from '../locate';
import { plural } from '../verdict';

/** Gaps of one kind share a row from this many on. */
const GROUP_FROM = 3;

interface Row { readonly gap: Gap; readonly text: string; readonly where: string; readonly fixer: string; readonly kind: string }

export function gapsSection(ctx: ReportContext, title = 'Open readiness gaps'): Block[] {
  const blocks: Block[] = [h1(title)];
  if (ctx.readiness.gaps.length === 0) {
    blocks.push(p('None: every question is answered and nothing is left to accept.'));
    return blocks;
  }
  // Looked up by id: a large workbook has a gap for many of its thousand steps.
  const nodes = new Map(ctx.w.workflow.nodes.map((n) => [n.id, n]));
  blocks.push(p('Each blocker must be closed, and each warning closed or knowingly accepted, before the pilot scales. Gaps of one kind share a row that names every record they concern.'));
  for (const q of QUESTIONS) {
    // Blockers first, then warnings, each in the order readiness found them.
    const gaps = ctx.readiness.gaps.filter((g) => g.question === q && g.severity === 'blocker')
      .concat(ctx.readiness.gaps.filter((g) => g.question === q && g.severity !== 'blocker'));
    if (gaps.length === 0) continue;
    const blockers = gaps.filter((g) => g.severity === 'blocker').length;
    const counts = [blockers ? plural(blockers, 'blocker', 'blockers') : '', gaps.length - blockers ? plural(gaps.length - blockers, 'warning', 'warnings') : ''].filter(Boolean).join(', ');
    blocks.push(h2(`${QUESTION_TEXT[q].title}: ${counts}`));
    blocks.push(table(
      [col('Severity', 1.9), col('What is missing', 5), col('Where', 6.6), col('Fixes it', 3)],
      grouped(gaps.map((g) => row(ctx, g, nodes))).map((rs) => {
        const first = rs[0]!;
        return [
          first.gap.severity === 'blocker' ? filled('red', 'Blocker') : filled('amber', 'Warning'),
          cell(rs.length === 1 ? first.text : first.kind),
          cell(rs.length === 1 ? first.where : places(rs.map((r) => r.where))),
          cell(first.fixer),
        ];
      }),
    ));
  }
  return blocks;
}

function row(ctx: ReportContext, gap: Gap, nodes: ReadonlyMap<string, WorkflowNode>): Row {
  const text = gapText(ctx, gap);
  const f = fixerOf(ctx.w, gap);
  const fixer = f.personId !== undefined ? `${ctx.person(f.personId)}, ${f.role}` : `${f.role.charAt(0).toUpperCase()}${f.role.slice(1)}, not named yet`;
  const name = subjectName(ctx, nodes, gap.subjectId);
  // The same sentence with the record's name taken out: what gaps of one kind share.
  const kind = name ? text.split(name).join('…') : text;
  return { gap, text, where: locate(ctx.w, gap.path, gap.subjectId), fixer, kind };
}

/** Rows in their order, each kind that repeats GROUP_FROM times or more gathered at its first place. */
function grouped(rows: readonly Row[]): Row[][] {
  const byKey = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.gap.severity}\u0000${r.kind}\u0000${r.fixer}`;
    const group = byKey.get(key);
    if (group) group.push(r);
    else byKey.set(key, [r]);
  }
  const out: Row[][] = [];
  const placed = new Set<Row[]>();
  for (const r of rows) {
    const group = byKey.get(`${r.gap.severity}\u0000${r.kind}\u0000${r.fixer}`)!;
    if (group.length >= GROUP_FROM) {
      if (!placed.has(group)) { placed.add(group); out.push(group); }
    } else {
      out.push([r]);
    }
  }
  return out;
}

/**
 * "AI step (3): “A”, “B”, “C”" or "Decision (2), the reason for its tier: “A”, “B”" when every
 * place has the same words around the record's name, else each place in full.
 */
function places(wheres: readonly string[]): string {
  const parts = (w: string) => {
    const open = w.indexOf('“');
    const close = w.indexOf('”', open);
    return open < 0 || close < 0 ? null : { before: w.slice(0, open), name: w.slice(open, close + 1), after: w.slice(close + 1) };
  };
  const split = wheres.map(parts);
  const first = split[0];
  if (first && split.every((s) => s !== null && s.before === first.before && s.after === first.after)) {
    return `${first.before.trim()} (${wheres.length})${first.after}: ${split.map((s) => s!.name).join(', ')}`;
  }
  return `${wheres.length} places: ${wheres.join('; ')}`;
}

/** The subject's name as the gap's text quotes it, to take it out of the text. */
function subjectName(ctx: ReportContext, nodes: ReadonlyMap<string, WorkflowNode>, id: string | undefined): string | null {
  if (id === undefined) return null;
  const d = ctx.decision(id);
  if (d) return quoted(d.title, d.id);
  const m = ctx.metric(id);
  if (m) return quoted(m.name, m.id);
  const r = ctx.item(id);
  if (r) return quoted(r.title, r.id);
  const n = nodes.get(id);
  if (n) return quoted(n.label, n.id);
  return null;
}
