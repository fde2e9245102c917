/**
 * Report text as WordprocessingML runs, split where the font changes: each run's family is the
 * same Noto face the PDF draws it in, embedded in the package, in all four `w:rFonts` slots, so
 * Word, LibreOffice and Google Docs never pick a font by script guessing. A run in the body
 * face, Noto Sans, names no font: the document defaults set it in all four slots (styles.ts)
 * and no style sets another, and naming it on every run was a quarter of a large document's
 * XML. Right-to-left runs carry `w:rtl`, and runs in another script their language. Inside
 * identifiers and e-mail addresses a hyphen is Word's non-breaking hyphen and a slash is
 * followed by a word joiner, so no line breaks inside them: Word breaks at neither.
 */
import { NoBreakHyphen, TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../report/types';
import { FAMILY, type FamilyId } from '../fonts/faces';
import type { Typesetter } from '../fonts/typesetter';
import { toneText } from '../palette';
import { embeddingLevels } from '../text/bidi';
import { BODY_FONT } from './styles';
import { escapeXml } from './xml';

export interface RunDefaults {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly size?: number;
}

export interface Piece {
  readonly text: string;
  readonly family: FamilyId;
  readonly rtl: boolean;
}

/** The language of text in a family's script, where the family is for one script. */
const SCRIPT_LANGUAGE: Partial<Record<FamilyId, { readonly tag: string; readonly slot: 'eastAsia' | 'bidirectional' }>> = {
  arabic: { tag: 'ar-SA', slot: 'bidirectional' },
  hebrew: { tag: 'he-IL', slot: 'bidirectional' },
  thai: { tag: 'th-TH', slot: 'bidirectional' },
  devanagari: { tag: 'hi-IN', slot: 'bidirectional' },
  sc: { tag: 'zh-CN', slot: 'eastAsia' },
  jp: { tag: 'ja-JP', slot: 'eastAsia' },
  kr: { tag: 'ko-KR', slot: 'eastAsia' },
};

/** A run of letters, digits and `_ - . @ /` with a hyphen or slash inside: an identifier or address. */
const IDENTIFIER = /[\p{L}\p{N}_.@]+(?:[-/][\p{L}\p{N}_.@]+)+/gu;
const WORD_JOINER = '\u2060';
const HYPHEN_OR_SLASH = /[-/]/;

const LINE_BREAK = /\r\n|\r|\n/;

export class DocxText {
  private readonly cache = new Map<string, Piece[]>();

  constructor(readonly fonts: Typesetter) {}

  /** `text` cut where its font or direction changes. */
  pieces(text: string): Piece[] {
    let out = this.cache.get(text);
    if (out) return out;
    out = [];
    const levels = embeddingLevels(text);
    for (const item of this.fonts.itemize(text).items) {
      let a = item.start;
      while (a < item.end) {
        let b = a + 1;
        const rtl = levels[a]! % 2 === 1;
        while (b < item.end && levels[b]! % 2 === 1 === rtl) b++;
        out.push({ text: text.slice(a, b), family: item.family, rtl });
        a = b;
      }
    }
    this.cache.set(text, out);
    return out;
  }

  /** Inline report text as docx runs; hard line breaks become breaks. */
  runs(content: readonly Inline[], defaults: RunDefaults = {}): TextRun[] {
    const out: TextRun[] = [];
    for (const c of content) {
      const base = baseOf(c, defaults);
      const lines = (typeof c === 'string' ? c : c.text).split(LINE_BREAK);
      lines.forEach((line, i) => {
        const pieces = this.pieces(line);
        if (pieces.length === 0) { out.push(new TextRun({ ...base, text: '', break: i > 0 ? 1 : undefined })); return; }
        pieces.forEach((p, j) => out.push(new TextRun({
          ...base, ...this.pieceOptions(p),
          children: children(p.text),
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
        })));
      });
    }
    return out;
  }

  /** A plain string as runs. */
  run(text: string, defaults: RunDefaults = {}): TextRun[] {
    return this.runs([text], defaults);
  }

  /** The same runs as XML, for the parts written as strings (tables); breaks open the next run, as docx writes them. */
  runsXml(content: readonly Inline[], defaults: RunDefaults = {}): string {
    let out = '';
    for (const c of content) {
      const base = baseOf(c, defaults);
      const lines = (typeof c === 'string' ? c : c.text).split(LINE_BREAK);
      lines.forEach((line, i) => {
        const pieces = this.pieces(line);
        if (pieces.length === 0) {
          out += `<w:r>${properties(base, null)}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve"></w:t></w:r>`;
          return;
        }
        pieces.forEach((p, j) => {
          out += `<w:r>${properties(base, p)}${i > 0 && j === 0 ? '<w:br/>' : ''}${contentXml(p.text)}</w:r>`;
        });
      });
    }
    return out;
  }

  private pieceOptions(p: Piece): Partial<IRunOptions> {
    const name = FAMILY[p.family].name;
    const lang = SCRIPT_LANGUAGE[p.family];
    return {
      ...(name === BODY_FONT ? {} : { font: { ascii: name, hAnsi: name, eastAsia: name, cs: name } }),
      ...(p.rtl ? { rightToLeft: true } : {}),
      ...(lang ? { language: { [lang.slot]: lang.tag } } : {}),
    };
  }
}

type Base = { bold?: boolean; italics?: boolean; color?: string; size?: number };

function baseOf(c: Inline, defaults: RunDefaults): Base {
  const plain = typeof c === 'string';
  return {
    bold: plain ? defaults.bold : c.bold ?? defaults.bold,
    italics: plain ? defaults.italics : c.italic ?? defaults.italics,
    color: !plain && c.tone ? toneText(c.tone) : defaults.color,
    size: defaults.size,
  };
}

/** Where identifiers make a hyphen unbreakable or a slash joined to what follows. */
function protect(text: string): (string | NoBreakHyphen)[] {
  // Most text has neither a hyphen nor a slash, and the Unicode-aware search is slow to find nothing.
  if (!HYPHEN_OR_SLASH.test(text)) return text === '' ? [] : [text];
  const out: (string | NoBreakHyphen)[] = [];
  let at = 0;
  let plain = '';
  for (const m of text.matchAll(IDENTIFIER)) {
    plain += text.slice(at, m.index);
    for (const ch of m[0]) {
      if (ch === '-') { out.push(plain); plain = ''; out.push(new NoBreakHyphen()); }
      else plain += ch === '/' ? `/${WORD_JOINER}` : ch;
    }
    at = m.index + m[0].length;
  }
  plain += text.slice(at);
  out.push(plain);
  return out.filter((x) => x !== '');
}

function children(text: string): (string | NoBreakHyphen)[] {
  const parts = protect(text);
  return parts.length > 0 ? parts : [''];
}

function contentXml(text: string): string {
  return protect(text).map((p) => (typeof p === 'string'
    ? `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`
    : '<w:noBreakHyphen/>')).join('');
}

/** Run properties in schema order (rFonts, b, bCs, i, iCs, color, sz, szCs, rtl, lang); only those that are on, and no font for the body face. */
function properties(base: Base, p: Piece | null): string {
  let s = '';
  if (p && FAMILY[p.family].name !== BODY_FONT) {
    const name = escapeXml(FAMILY[p.family].name);
    s += `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}"/>`;
  }
  if (base.bold) s += '<w:b/><w:bCs/>';
  if (base.italics) s += '<w:i/><w:iCs/>';
  if (base.color) s += `<w:color w:val="${base.color}"/>`;
  if (base.size) s += `<w:sz w:val="${base.size}"/><w:szCs w:val="${base.size}"/>`;
  if (p?.rtl) s += '<w:rtl/>';
  const lang = p ? SCRIPT_LANGUAGE[p.family] : undefined;
  if (lang) s += `<w:lang w:${lang.slot === 'eastAsia' ? 'eastAsia' : 'bidi'}="${lang.tag}"/>`;
  return s ? `<w:rPr>${s}</w:rPr>` : '';
}
