/**
 * "Save all" in a browser: the documents in one zip (fflate), downloaded or saved once instead
 * of one save per file. The documents are already compressed (PDF streams, DOCX is a zip), so
 * they are stored as they are. Two documents with one name keep both: the second is numbered.
 */
import { zipSync } from 'fflate';

export interface ZipEntry { readonly name: string; readonly bytes: Uint8Array }

export function zipExports(files: readonly ZipEntry[]): { readonly bytes: Uint8Array; readonly names: readonly string[] } {
  const entries: Record<string, Uint8Array> = {};
  const names: string[] = [];
  for (const f of files) {
    // A name is a name in the zip, never a path: separators would make folders (or climb out of one).
    const clean = f.name.replace(/[\\/]/g, '-').replace(/^\.+/, '') || 'document';
    const dot = clean.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
    let name = clean;
    for (let n = 2; name in entries; n++) name = `${stem} (${n})${ext}`;
    entries[name] = f.bytes;
    names.push(name);
  }
  return { bytes: zipSync(entries, { level: 0 }), names };
}

/** "Sprint read-out.zip" from a suggested name, whatever it ended in. */
export function zipName(suggested: string): string {
  const stem = suggested.replace(/[\\/:*?"<>|]/g, '-').replace(/\.zip$/i, '').trim();
  return `${stem || 'Documents'}.zip`;
}
