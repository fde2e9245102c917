/**
 * The cover, which is page 1 of every document: the verdict, what the reader must decide
 * (sections/decide.ts), who ran the sprint, and the workbook's fingerprint, shown short after
 * the subtitle (and explained when there is room); the whole fingerprint goes into the document's
 * metadata (`Report.fingerprint`).
 */
import { shortFingerprint } from '../../logic';
import type { ReportContext } from '../context';
import type { Cover } from '../types';
import { STAGE_LABEL } from '../labels';
import { verdictOf } from '../verdict';
import { decideFacts, type CoverFact } from './decide';

/** `context`: what else page 1 of this document says when there is room, after the pilot and the fingerprint. */
export function coverOf(ctx: ReportContext, docTitle: string, subtitle: string, gapsHeading: string, context: readonly CoverFact[] = []): Cover {
  const { w, fmt } = ctx;
  const v = verdictOf(ctx);
  const sprint = [
    w.sprint.startDate ? `sprint started ${fmt.date(w.sprint.startDate)}` : '',
    w.sprint.facilitatorId ? `facilitated by ${ctx.person(w.sprint.facilitatorId)}` : '',
  ].filter(Boolean).join(', ');
  const pilot = `${w.pilot.name || 'Not named yet'}${w.pilot.stage ? ` (where it stands: ${STAGE_LABEL[w.pilot.stage].toLowerCase()})` : ''}`;
  const tail = [
    { label: 'Pilot', value: `${pilot}${sprint ? `; ${sprint}` : ''}.`, optional: true },
    ...(ctx.fingerprint ? [{ label: 'Workbook fingerprint', value: fingerprintWords(ctx.fingerprint), optional: true }] : []),
    ...context,
  ];
  const facts = decideFacts(ctx, gapsHeading, tail);
  return {
    title: docTitle,
    // The fingerprint rides on the subtitle, so page 1 shows it however full the page is.
    subtitle: `${w.title}${subtitle ? ` · ${subtitle}` : ''}${ctx.fingerprint ? ` · workbook ${shortFingerprint(ctx.fingerprint)}` : ''}`,
    ...(w.organization ? { organization: w.organization } : {}),
    date: fmt.date(ctx.today),
    verdict: { text: v.text, tone: v.tone },
    facts,
  };
}

function fingerprintWords(hex: string): string {
  // Of the canonical text, not the file's bytes: a file written by hand or by another version
  // hashes differently, and a reader who hashed the file would think the document forged.
  return `${shortFingerprint(hex)}: the start of the SHA-256 of the exported workbook’s canonical text, not of its file’s bytes. The whole is in the document’s properties; “sprintbook verify” checks it.`;
}
