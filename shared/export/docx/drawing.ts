/**
 * A figure's paragraph as WordprocessingML: the PNG inline, centred, kept with its caption,
 * the alt text as the picture's description and the caption as its title. It is the XML
 * docx's ImageRun writes; we write it because the PNG goes into the package our way (media.ts).
 */
import { escapeXml } from './xml';

/** English Metric Units per pixel at Word's 96 pixels per inch. */
const EMU_PER_PX = 9525;

export interface InlinePicture {
  /** The relationship id of the image part. */
  readonly relationshipId: string;
  /** Displayed size in pixels at 96 per inch. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** Unique within the document. */
  readonly id: number;
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

export function pictureParagraphXml(p: InlinePicture): string {
  const cx = Math.round(p.widthPx * EMU_PER_PX), cy = Math.round(p.heightPx * EMU_PER_PX);
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  return '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0" w:before="120"/><w:jc w:val="center"/></w:pPr>'
    + '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    + `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>`
    + `<wp:docPr id="${p.id}" name="${escapeXml(p.name)}" descr="${escapeXml(p.description)}" title="${escapeXml(p.title)}"/>`
    + `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>`
    + `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`
    + '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    + '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>'
    + `<pic:blipFill><a:blip r:embed="${p.relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
    + '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
}
