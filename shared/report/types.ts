/**
 * A format-neutral report: what a document says, not how a format lays it out.
 * `shared/export` renders the same report as DOCX and as PDF, so both carry the same content.
 * Figures are plain shapes in points; renderers draw them (vector in PDF, an image in DOCX).
 */

export type DocKind = 'governance' | 'scorecard' | 'roadmap' | 'report';
export type PageSize = 'a4' | 'letter';

/** A colour role, mapped to concrete colours by the renderers' shared palette. */
export type Tone = 'neutral' | 'green' | 'amber' | 'red' | 'info' | 'muted';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly tone?: Tone;
}
/** A piece of inline text; a plain string is a run without styling. */
export type Inline = string | TextRun;

export interface HeadingBlock {
  readonly type: 'heading';
  /** 1 = document part, 2 = section, 3 = subsection. Renderers map them to real heading styles. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly content: readonly Inline[];
  readonly style?: 'normal' | 'small' | 'lead';
}
export interface ListBlock {
  readonly type: 'list';
  readonly ordered: boolean;
  readonly items: readonly (readonly Inline[])[];
}
/** A boxed statement that must not be missed: a triggered kill criterion, a blocked item. */
export interface CalloutBlock {
  readonly type: 'callout';
  readonly tone: Tone;
  readonly title: string;
  readonly content: readonly Inline[];
}
export interface TableCell {
  readonly content: readonly Inline[];
  /** Background colour role of the cell, e.g. a status. */
  readonly fill?: Tone;
}
export interface TableColumn {
  readonly header: string;
  /** Relative width; renderers scale the columns to the text width of the page. */
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}
export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Shown instead of an empty table. */
  readonly emptyText?: string;
}
export interface FigureBlock {
  readonly type: 'figure';
  readonly figure: Figure;
  readonly caption: string;
  /** Text equivalent for readers who cannot see the figure. */
  readonly altText: string;
  /** What the figure shows, set above it as a level-3 heading that stays with it ("Lanes Intake and Triage, steps 1–38"). */
  readonly title?: string;
  /** A figure that reads better on a turned page: renderers set it (and the landscape figures right after it) on landscape pages. */
  readonly orientation?: 'portrait' | 'landscape';
}
/** A definition list: label → value pairs (cover facts, metric details). */
export interface FactsBlock {
  readonly type: 'facts';
  readonly rows: readonly { readonly label: string; readonly value: readonly Inline[] }[];
}
export interface PageBreakBlock { readonly type: 'page-break' }
/**
 * Where a table of contents goes (after page 1). Renderers fill it from the headings (levels 1
 * and 2) with their pages, and leave it out, with a page break right after it, in a document of
 * six pages or fewer.
 */
export interface TocBlock { readonly type: 'toc'; readonly title: string }

export type Block =
  | HeadingBlock | ParagraphBlock | ListBlock | CalloutBlock | TableBlock
  | FigureBlock | FactsBlock | PageBreakBlock | TocBlock;

export interface Cover {
  readonly title: string;
  readonly subtitle: string;
  readonly organization?: string;
  /** The date of the document, already formatted in the workbook's locale. */
  readonly date: string;
  readonly verdict: { readonly text: string; readonly tone: Tone };
  readonly facts: readonly { readonly label: string; readonly value: string }[];
}

export interface Report {
  readonly kind: DocKind;
  /** The workbook's title: the running header of every page. */
  readonly runningHeader: string;
  /** Document title, also the file's metadata title. */
  readonly title: string;
  readonly locale: string;
  readonly page: PageSize;
  readonly cover: Cover;
  readonly blocks: readonly Block[];
  /** "Page {n} of {m}" in the report's language; renderers substitute n and m. */
  readonly pageLabel: { readonly before: string; readonly middle: string };
  /**
   * The workbook's fingerprint, when the exporter computed it: `sha256` in hex, and `keyword`,
   * the text renderers store in the document's keywords (PDF Info /Keywords, DOCX core
   * properties' cp:keywords), where `sprintbook verify` reads it back.
   */
  readonly fingerprint?: { readonly sha256: string; readonly keyword: string };
}

// ---- figures -------------------------------------------------------------------------------

export interface Stroke {
  readonly color: string;          // #rrggbb
  readonly width: number;          // points
  readonly dash?: readonly number[];
}

export interface RectShape {
  readonly kind: 'rect';
  readonly x: number; readonly y: number; readonly w: number; readonly h: number;
  readonly fill?: string;
  readonly stroke?: Stroke;
  readonly radius?: number;
}
export interface EllipseShape {
  readonly kind: 'ellipse';
  readonly cx: number; readonly cy: number; readonly rx: number; readonly ry: number;
  readonly fill?: string;
  readonly stroke?: Stroke;
}
export interface PolygonShape {
  readonly kind: 'polygon';
  readonly points: readonly (readonly [number, number])[];
  readonly fill?: string;
  readonly stroke?: Stroke;
}
export interface PolylineShape {
  readonly kind: 'polyline';
  readonly points: readonly (readonly [number, number])[];
  readonly stroke: Stroke;
  /** An arrowhead at the last point. */
  readonly arrow?: boolean;
}
export interface TextShape {
  readonly kind: 'text';
  readonly x: number;
  /** Top of the text box. */
  readonly y: number;
  readonly text: string;
  readonly size: number;           // points
  readonly color: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  /** Wrap to this width (points); lines beyond `maxLines` are cut with an ellipsis. */
  readonly maxWidth?: number;
  readonly maxLines?: number;
  /** When set, the wrapped lines are centred vertically in a box this tall that starts at `y`. */
  readonly boxHeight?: number;
}

export type Shape = RectShape | EllipseShape | PolygonShape | PolylineShape | TextShape;

export interface Figure {
  /** Size in points; renderers scale the figure down to the text width when it is wider. */
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly Shape[];
}
