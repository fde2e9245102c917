/**
 * XML we write ourselves (tables, figure paragraphs), slotted into the document docx writes:
 * docx's object model cost seconds on big tables, and would hash and re-deflate every
 * figure's PNG (see table.ts and media.ts). docx gets an empty placeholder paragraph whose
 * style id names the slot; after packing, each placeholder is replaced by its XML. A style
 * id is markup, never text, and user text cannot forge markup (docx escapes `<`), so no
 * user string can be mistaken for a placeholder.
 */
import { Paragraph } from 'docx';

const PREFIX = 'SprintbookSlot';
/** Exactly what docx writes for `new Paragraph({ style })` without children. */
const PLACEHOLDER = new RegExp(`<w:p><w:pPr><w:pStyle w:val="${PREFIX}(\\d+)"/></w:pPr></w:p>`, 'g');

export class XmlSlots {
  private readonly parts: string[] = [];

  /** A placeholder paragraph for `xml`, to put where the XML belongs in the document. */
  slot(xml: string): Paragraph {
    this.parts.push(xml);
    return new Paragraph({ style: `${PREFIX}${this.parts.length - 1}` });
  }

  /** The document XML with every placeholder replaced; throws if docx wrote one differently. */
  fill(documentXml: string): string {
    let found = 0;
    const out = documentXml.replace(PLACEHOLDER, (m, n: string) => {
      const xml = this.parts[Number(n)];
      if (xml === undefined) return m;
      found++;
      return xml;
    });
    // A placeholder docx wrote in another form would leave a table out: fail, never drop content.
    if (found !== this.parts.length) throw new Error(`DOCX: ${this.parts.length - found} of ${this.parts.length} placeholders not found`);
    return out;
  }
}
