/**
 * The fonts of the exporters on Node (the command line): the Noto faces from their npm
 * packages, DejaVu Sans from templates/fonts, hb-subset from harfbuzzjs and resvg (which draws
 * the DOCX's figure PNGs) from @resvg/resvg-wasm, each read from
 * disk only when a document asks for it, and kept for the next document.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cachingProvider, faceSource, type FaceId, type FontProvider } from '../../shared/export';

const require = createRequire(import.meta.url);

async function read(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new Error(`The ${what} could not be read from ${path} (${e instanceof Error ? e.message : String(e)}); reinstall Sprintbook's dependencies (npm install).`);
  }
}

/** `templates` is the app's templates folder (templatesDir()). */
export function nodeFontProvider(templates: string): FontProvider {
  return cachingProvider({
    face(id: FaceId) {
      const source = faceSource(id);
      if ('template' in source) return read(join(templates, source.template), `font ${id}`);
      let path: string;
      try {
        path = require.resolve(`${source.package}/${source.file}`);
      } catch {
        return Promise.reject(new Error(`The font ${id} (${source.package}) is not installed; reinstall Sprintbook's dependencies (npm install).`));
      }
      return read(path, `font ${id}`);
    },
    subsetter() {
      return read(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'), 'font subsetter (harfbuzzjs)');
    },
    rasterizer() {
      return read(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), 'figure rasterizer (@resvg/resvg-wasm)');
    },
  });
}
