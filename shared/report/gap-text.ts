/**
 * A gap as a document states it. The rules' message names the record and what is missing;
 * where it holds numbers or control ids, the document says it again in the workbook's locale
 * and with the controls' names (a kill threshold "4 %", not "4"; "Human decision", not
 * "human-decision"), and every record name is set in typographic quotes.
 */
import type { Gap } from '../logic';
import type { ReportContext } from './context';
import { quoted } from './locate';

const METRIC_FIELD = /^\/metrics\/(\d+)\/(kill|kill\/threshold|target\/value)$/;
const DECISION_CONTROLS = /^\/decisions\/(\d+)\/controls$/;

/** "Decision "Approve" lacks …" → "Decision “Approve” lacks …". */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '“$1”');
}

export function gapText(ctx: ReportContext, gap: Gap): string {
  return specific(ctx, gap) ?? curlyQuotes(gap.message);
}

function specific(ctx: ReportContext, gap: Gap): string | null {
  const { fmt } = ctx;
  const controls = DECISION_CONTROLS.exec(gap.path);
  if (controls) {
    const d = ctx.w.decisions[Number(controls[1])];
    const t = d && ctx.tiers.get(d.id);
    if (!d || !t || t.missingControls.length === 0) return null;
    return `Decision ${quoted(d.title, d.id)} lacks required controls: ${t.missingControls.map((c) => ctx.control(c)).join(', ')}.`;
  }
  const field = METRIC_FIELD.exec(gap.path);
  const m = field ? ctx.w.metrics[Number(field[1])] : undefined;
  const s = m ? ctx.scores.get(m.id) : undefined;
  if (!field || !m || !s || m.id !== gap.subjectId) return null;
  const name = quoted(m.name, m.id);
  if (field[2] === 'kill' && m.kill && s.killBreached && s.latest !== null && s.latestDate !== null) {
    const measured = `${fmt.value(s.latest, m.unit)} on ${fmt.date(s.latestDate)} breaches the kill threshold of ${fmt.value(m.kill.threshold, m.unit)}`;
    if (!s.killTriggered) {
      return `Metric ${name} is past its kill threshold (${measured}), measured before the criterion is judged from ${fmt.date(m.kill.evaluateOn!)}.`;
    }
    return `Stop and redesign: metric ${name} triggered its kill criterion (${measured}).`;
  }
  if (s.limits === null) return null;
  const [lower, upper] = fmt.approxAll([s.limits.lower, s.limits.upper], m.unit);
  const band = `the natural process limits ${lower} to ${upper}`;
  if (field[2] === 'kill/threshold' && m.kill) {
    return `The kill threshold of ${name} (${fmt.value(m.kill.threshold, m.unit)}) lies inside ${band}: noise alone can trigger it.`;
  }
  if (field[2] === 'target/value' && m.target) {
    return `The target of ${name} (${fmt.value(m.target.value, m.unit)}) lies inside ${band}: reaching it proves nothing.`;
  }
  return null;
}
