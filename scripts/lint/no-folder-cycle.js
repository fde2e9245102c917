/**
 * ESLint rule `folders/no-cycle`: no two folders of renderer/ import each other, directly or
 * round a loop (what madge reports as a folder cycle, which import-x/no-cycle does not see when
 * no single file closes the loop). The graph is made from the folder's files on disk, with the
 * file being linted as it stands in the editor; an import is reported when its folder reaches
 * the importing file's folder again. One graph per lint run (a process), since `npm run lint`
 * lints the whole tree at once.
 */
import fs from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function resolve(file, spec) {
  const base = path.resolve(path.dirname(file), spec);
  if (/\.(ts|tsx)$/.test(base) && fs.existsSync(base)) return base;
  for (const e of EXTENSIONS) if (fs.existsSync(base + e)) return base + e;
  return null;
}

function sourceFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Folder → folders its files import, from `texts` (file → source). */
function folderGraph(root, texts) {
  const graph = new Map();
  for (const [file, text] of texts) {
    const from = path.dirname(file);
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(file, m[1]);
      if (!target || !target.startsWith(root + path.sep)) continue;
      const to = path.dirname(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from).add(to);
    }
  }
  return graph;
}

/** A path of folders from `from` back to `to`, or null. */
function pathBetween(graph, from, to) {
  const seen = new Set([from]);
  const queue = [[from]];
  while (queue.length) {
    const trail = queue.shift();
    for (const next of graph.get(trail[trail.length - 1]) ?? []) {
      if (next === to) return [...trail, next];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...trail, next]);
      }
    }
  }
  return null;
}

let disk = null;

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Refuses imports that close a cycle between folders' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      cycle: 'Folder cycle: {{ trail }}. Two folders never import each other: move what both need into a folder both may import (e.g. the feature\'s common/). See ARCHITECTURE.md, "Folders and who may import whom".',
    },
  },
  create(context) {
    const root = path.resolve(context.cwd, context.options[0]?.root ?? 'renderer');
    const file = path.resolve(context.filename);
    if (!file.startsWith(root + path.sep)) return {};
    disk ??= new Map(sourceFiles(root).map((f) => [f, fs.readFileSync(f, 'utf8')]));
    return {
      'Program:exit'(program) {
        const texts = new Map(disk);
        texts.set(file, context.sourceCode.getText());
        const graph = folderGraph(root, texts);
        const from = path.dirname(file);
        for (const node of program.body) {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) continue;
          const target = resolve(file, spec);
          if (!target || !target.startsWith(root + path.sep) || path.dirname(target) === from) continue;
          const back = pathBetween(graph, path.dirname(target), from);
          if (!back) continue;
          const trail = [from, ...back].map((d) => path.relative(context.cwd, d) || '.').join(' → ');
          context.report({ node, messageId: 'cycle', data: { trail } });
        }
      },
    };
  },
};
