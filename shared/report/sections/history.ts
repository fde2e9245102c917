/**
 * The revision history: the workbook's audit trail, oldest first as the workbook keeps it, each
 * entry a sentence. Every action code the app writes (renderer/state/commands: tier-adopted,
 * control-added, control-removed, exported) and the one older files carry (tier-override) has
 * its own sentence; a code from elsewhere is described in words, never printed as a code.
 * Control ids inside an entry's detail are given their catalog names.
 */
import type { AuditEntry } from '../../model';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, h1, small, table } from '../blocks';
import { humanize, TIER_LABEL } from '../labels';
import { subjectPhrase } from '../locate';
import { curlyQuotes } from '../gap-text';

type Sentence = (who: string, subject: string, detail: string) => string;

const SENTENCES: Readonly<Record<string, Sentence>> = {
  'tier-adopted': (who, subject, detail) => `${who} adopted a risk tier for ${subject}${detail ? `: ${detail}` : '.'}`,
  'tier-override': (who, subject, detail) => `${who} chose a tier other than the suggested one for ${subject}${detail ? `: ${detail}` : '.'}`,
  'control-added': (who, subject, detail) => `${who} added a required control to ${subject}${detail ? `: ${detail}` : '.'}`,
  'control-removed': (who, subject, detail) => `${who} removed a required control from ${subject}${detail ? `: ${detail}` : '.'}`,
  exported: (who, _subject, detail) => `${who} exported the documents${detail ? `: ${detail}` : '.'}`,
};

/** What the documents say for an action code; exported for the test that every code has words. */
export function historySentence(ctx: ReportContext, a: AuditEntry): string {
  const who = a.actorId !== undefined ? ctx.person(a.actorId) : 'Someone';
  const subject = a.subjectId !== undefined ? subjectPhrase(ctx.w, a.subjectId).replace('a record that is not in the workbook', 'a record since deleted') : 'the workbook';
  const detail = a.detail?.trim() ? sentence(readableDetail(ctx, a.detail.trim())) : '';
  const known = SENTENCES[a.action];
  if (known) return known(who, subject, detail);
  const what = humanize(a.action).toLowerCase();
  return `${who} recorded a change (${what || 'not named'}) to ${subject}${detail ? `: ${detail}` : '.'}`;
}

/** Control ids and tier words in a detail, as the documents name them elsewhere. */
function readableDetail(ctx: ReportContext, detail: string): string {
  let text = curlyQuotes(detail);
  const ids = [...new Set([...ctx.catalog.map((c) => c.id), 'audit-log', 'sampling-review', 'human-confirmation', 'human-decision', 'dual-approval',
    'confidence-threshold', 'kill-switch', 'rate-limit', 'customer-disclosure', 'access-control'])];
  for (const id of ids) text = text.replace(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g'), ctx.control(id));
  return text.replace(/^(low|medium|high)\b/, (t) => TIER_LABEL[t as 'low'])
    .replace(/\(suggested (low|medium|high)\)/, (_m, t: string) => `(suggested: ${TIER_LABEL[t as 'low'].toLowerCase()})`);
}

function sentence(s: string): string {
  return /[.!?…]$/u.test(s) ? s : `${s}.`;
}

export function historySection(ctx: ReportContext): Block[] {
  const { audit } = ctx.w;
  return [
    h1('Appendix: revision history'),
    small('What was decided in the workbook and by whom, oldest first, from the audit trail the app keeps: tier decisions, required controls added or removed, and exports.'),
    table(
      [col('When', 3), col('What happened', 12)],
      audit.map((a) => [cell(formatDateTime(ctx, a.at)), cell(historySentence(ctx, a))]),
      'Nothing has been recorded yet.',
    ),
  ];
}

/** The time as recorded, with its own offset: the reader sees what the facilitator's clock said. */
export function formatDateTime(ctx: ReportContext, at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2})[^Zz+-]*([Zz]|[+-]\d{2}:\d{2})$/.exec(at);
  if (!m) return at;
  const zone = m[3]!.toUpperCase() === 'Z' ? 'UTC' : `UTC${m[3]}`;
  return `${ctx.fmt.shortDate(m[1]!)} ${m[2]} ${zone}`;
}

