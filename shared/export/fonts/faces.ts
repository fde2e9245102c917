/**
 * The fonts the documents are set in: a fallback chain of Noto families (SIL Open Font
 * License, from the @expo-google-fonts packages) and DejaVu Sans (its own free licence, in
 * templates/fonts) as the last resort, kept because it covers what no Noto family of the chain
 * does: Armenian, Georgian, Lao, N'Ko, Coptic, Ogham and most mathematical operators (≤ ≥ ≠ ∑).
 * Every face is a static TrueType (glyf) file. This module is data: which faces exist, what
 * the documents call them, and where a host finds their bytes.
 */

export const FAMILIES = [
  'sans', 'arabic', 'hebrew', 'thai', 'devanagari', 'sc', 'jp', 'kr', 'symbols', 'symbols2', 'emoji', 'dejavu',
] as const;
export type FamilyId = (typeof FAMILIES)[number];

export type FaceStyle = 'regular' | 'bold' | 'italic' | 'bold-italic';
export type FaceId = `${FamilyId}-${FaceStyle}`;

/** Where a host finds a face: a file of an npm package, or a file under templates/. */
export type FaceSource =
  | { readonly package: string; readonly file: string }
  | { readonly template: string };

export interface FamilyInfo {
  readonly id: FamilyId;
  /** The family name in the font's own name table: what a DOCX run names, and what Word and LibreOffice match. */
  readonly name: string;
  readonly faces: Readonly<Partial<Record<FaceStyle, FaceSource>>>;
}

const noto = (pkg: string, stem: string, styles: readonly FaceStyle[]): Partial<Record<FaceStyle, FaceSource>> => {
  const folder: Record<FaceStyle, string> = { regular: '400Regular', bold: '700Bold', italic: '400Regular_Italic', 'bold-italic': '700Bold_Italic' };
  return Object.fromEntries(styles.map((s) => [s, { package: `@expo-google-fonts/${pkg}`, file: `${folder[s]}/${stem}_${folder[s]}.ttf` }]));
};

const BOTH: readonly FaceStyle[] = ['regular', 'bold'];

export const FAMILY: Readonly<Record<FamilyId, FamilyInfo>> = {
  sans: { id: 'sans', name: 'Noto Sans', faces: noto('noto-sans', 'NotoSans', ['regular', 'bold', 'italic', 'bold-italic']) },
  arabic: { id: 'arabic', name: 'Noto Sans Arabic', faces: noto('noto-sans-arabic', 'NotoSansArabic', BOTH) },
  hebrew: { id: 'hebrew', name: 'Noto Sans Hebrew', faces: noto('noto-sans-hebrew', 'NotoSansHebrew', BOTH) },
  thai: { id: 'thai', name: 'Noto Sans Thai', faces: noto('noto-sans-thai', 'NotoSansThai', BOTH) },
  devanagari: { id: 'devanagari', name: 'Noto Sans Devanagari', faces: noto('noto-sans-devanagari', 'NotoSansDevanagari', BOTH) },
  sc: { id: 'sc', name: 'Noto Sans SC', faces: noto('noto-sans-sc', 'NotoSansSC', BOTH) },
  jp: { id: 'jp', name: 'Noto Sans JP', faces: noto('noto-sans-jp', 'NotoSansJP', BOTH) },
  kr: { id: 'kr', name: 'Noto Sans KR', faces: noto('noto-sans-kr', 'NotoSansKR', BOTH) },
  symbols: { id: 'symbols', name: 'Noto Sans Symbols', faces: noto('noto-sans-symbols', 'NotoSansSymbols', BOTH) },
  symbols2: { id: 'symbols2', name: 'Noto Sans Symbols 2', faces: noto('noto-sans-symbols-2', 'NotoSansSymbols2', ['regular']) },
  emoji: { id: 'emoji', name: 'Noto Emoji', faces: noto('noto-emoji', 'NotoEmoji', BOTH) },
  dejavu: {
    id: 'dejavu', name: 'DejaVu Sans',
    faces: { regular: { template: 'fonts/DejaVuSans.ttf' }, bold: { template: 'fonts/DejaVuSans-Bold.ttf' } },
  },
};

/** Every face of the chain, for hosts that list their files. */
export const FACE_IDS: readonly FaceId[] = FAMILIES.flatMap((f) =>
  (Object.keys(FAMILY[f].faces) as FaceStyle[]).map((s): FaceId => `${f}-${s}`));

export function faceSource(id: FaceId): FaceSource {
  const dash = id.indexOf('-');
  const source = FAMILY[id.slice(0, dash) as FamilyId]?.faces[id.slice(dash + 1) as FaceStyle];
  if (!source) throw new Error(`There is no font face "${id}" in the chain.`);
  return source;
}

/**
 * The face a style is set in: the family's own bold or italic where it has one, else the
 * nearest face it has, to be emboldened or slanted when drawn (`synthetic`).
 */
export function faceFor(family: FamilyId, bold: boolean, italic: boolean): { id: FaceId; syntheticBold: boolean; syntheticItalic: boolean } {
  const faces = FAMILY[family].faces;
  const wanted: FaceStyle = bold ? (italic ? 'bold-italic' : 'bold') : italic ? 'italic' : 'regular';
  if (faces[wanted]) return { id: `${family}-${wanted}`, syntheticBold: false, syntheticItalic: false };
  if (bold && faces.bold) return { id: `${family}-bold`, syntheticBold: false, syntheticItalic: italic };
  if (italic && !bold && faces.italic) return { id: `${family}-italic`, syntheticBold: false, syntheticItalic: false };
  return { id: `${family}-regular`, syntheticBold: bold, syntheticItalic: italic };
}

/** The order of the Chinese, Japanese and Korean families for Han and kana: the workbook's language first. */
export function cjkOrder(locale: string): readonly FamilyId[] {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (language === 'ja') return ['jp', 'sc', 'kr'];
  if (language === 'ko') return ['kr', 'sc', 'jp'];
  return ['sc', 'jp', 'kr'];
}
