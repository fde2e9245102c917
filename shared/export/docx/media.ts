/**
 * The figures' PNGs as parts of the package, added when it is re-zipped, with a relationship
 * each from the document. Handed to docx instead, every image would be hashed (SHA-1, in
 * JavaScript) and deflated a second time, then inflated again by the re-zip: a quarter of a
 * second for a report with 80 figures, for bytes that are already compressed.
 */

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

export interface MediaPart {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export class MediaParts {
  private readonly images: Uint8Array[] = [];

  /** Adds a PNG; returns the relationship id the document refers to it by. */
  addPng(png: Uint8Array): string {
    this.images.push(png);
    return relationshipId(this.images.length);
  }

  /** The parts, in the order they were added, after docx's own. */
  parts(): MediaPart[] {
    return this.images.map((bytes, i) => ({ path: `word/${target(i + 1)}`, bytes }));
  }

  /** document.xml.rels with a relationship for each image; docx's ids are `rIdN`, ours cannot clash. */
  addRelationships(rels: string): string {
    if (this.images.length === 0) return rels;
    const end = rels.lastIndexOf('</Relationships>');
    if (end < 0) throw new Error('DOCX: the document relationships have no end tag');
    const added = this.images.map((_, i) =>
      `<Relationship Id="${relationshipId(i + 1)}" Type="${IMAGE_RELATIONSHIP}" Target="${target(i + 1)}"/>`).join('');
    return rels.slice(0, end) + added + rels.slice(end);
  }

  /** [Content_Types].xml, declaring PNG if docx has not (it does today). */
  declarePng(types: string): string {
    if (this.images.length === 0 || /<Default\b[^>]*\bExtension="png"/.test(types)) return types;
    return types.replace(/(<Types\b[^>]*>)/, '$1<Default Extension="png" ContentType="image/png"/>');
  }
}

const relationshipId = (n: number): string => `rIdFigure${n}`;
const target = (n: number): string => `media/figure${n}.png`;
