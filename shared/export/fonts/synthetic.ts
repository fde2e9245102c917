/**
 * How a face is emboldened or slanted where its family has no bold or italic cut: the same
 * in every drawing of the text (the PDF's text operators, the outlines of the DOCX's figure
 * pictures), so a synthesized style looks the same in both documents.
 */

/** The slant of synthesized italics, as the tangent of the angle (only Noto Sans has real italic faces). */
export const ITALIC_SKEW = 0.2;
/** Stroke width of synthesized bold along the outline, per point of font size (per em). */
export const SYNTHETIC_BOLD_STROKE = 0.03;
