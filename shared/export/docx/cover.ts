/**
 * The DOCX cover page: organization, title, subtitle, date, the verdict as a shaded badge in
 * its tone, and the facts. Ends with a page break; the section's first-page header is empty.
 */
import { BorderStyle, LineRuleType, PageBreak, Paragraph, ShadingType } from 'docx';
import type { Cover } from '../../report/types';
import { INK, TONES } from '../palette';
import type { XmlSlots } from './slots';
import { factsXml } from './table';
import type { DocxText } from './text';

export function coverBlocks(t: DocxText, cover: Cover, textWidth: number, slots: XmlSlots): Paragraph[] {
  const tone = TONES[cover.verdict.tone];
  const out: Paragraph[] = [
    // A rule in the accent colour stands in for the PDF's top band.
    new Paragraph({
      border: { top: { style: BorderStyle.SINGLE, size: 36, color: INK.accent, space: 1 } },
      spacing: { after: 2400 },
      children: [],
    }),
  ];
  if (cover.organization) {
    out.push(new Paragraph({ spacing: { after: 200 }, children: t.run(cover.organization, { bold: true, color: INK.accent, size: 24 }) }));
  }
  out.push(
    new Paragraph({ spacing: { after: 160, line: 240, lineRule: LineRuleType.AUTO }, children: t.run(cover.title, { bold: true, color: INK.heading, size: 56 }) }),
    new Paragraph({ spacing: { after: 120 }, children: t.run(cover.subtitle, { color: INK.muted, size: 28 }) }),
    new Paragraph({ spacing: { after: 480 }, children: t.run(cover.date, { color: INK.muted, size: 21 }) }),
    new Paragraph({
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: tone.fill },
      border: {
        left: { style: BorderStyle.SINGLE, size: 32, color: tone.border, space: 10 },
        top: { style: BorderStyle.SINGLE, size: 4, color: tone.fill, space: 8 },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: tone.fill, space: 8 },
        right: { style: BorderStyle.SINGLE, size: 4, color: tone.fill, space: 8 },
      },
      indent: { left: 240, right: 240 },
      spacing: { after: 560 },
      children: t.run(cover.verdict.text, { bold: true, color: tone.text, size: 26 }),
    }),
  );
  if (cover.facts.length > 0) {
    out.push(slots.slot(factsXml(t, { type: 'facts', rows: cover.facts.map((f) => ({ label: f.label, value: [f.value] })) }, textWidth)));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}
