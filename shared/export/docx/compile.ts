/**
 * The DOCX package's parts as docx compiles them, before it zips them. repackage (package.ts)
 * edits some parts and zips them all once; taking them from Packer.pack instead made docx
 * deflate every part and us inflate it again, a tenth of a large document's writing time.
 * docx keeps its compiler behind Packer, with no public export, so this reaches it there and,
 * should a later docx move it, unzips Packer.pack's output instead: the same parts either way,
 * in the same order (a test holds it).
 */
import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';

/** The package's parts by path, in docx's order: XML as text, the rest as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly never[]): Map<string, unknown>;
}

function compilerOf(packer: unknown): Compiler | null {
  const compiler = (packer as { compiler?: Partial<Compiler> }).compiler;
  return compiler && typeof compiler.compile === 'function' ? compiler as Compiler : null;
}

/** One part as text or bytes, whatever docx holds it as (a string, a typed array, an ArrayBuffer). */
function partOf(path: string, data: unknown): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error(`DOCX: docx gave the part ${path} as neither text nor bytes.`);
}

/** The parts unzipped from Packer.pack: the way that needs no inner door. */
export async function packedParts(doc: Document): Promise<PackageParts> {
  return new Map(Object.entries(unzipSync(await Packer.pack(doc, 'uint8array'))));
}

/** `packer`: where docx keeps its compiler (Packer; a test passes one without). */
export async function packageParts(doc: Document, packer: unknown = Packer): Promise<PackageParts> {
  const compiler = compilerOf(packer);
  if (!compiler) return packedParts(doc);
  const parts: PackageParts = new Map();
  for (const [path, data] of compiler.compile(doc, undefined, [])) parts.set(path, partOf(path, data));
  return parts;
}
