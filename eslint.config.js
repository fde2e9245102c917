/**
 * Lint configuration: the recommended rules, and the import arrows of ARCHITECTURE.md
 * ("Folders and who may import whom") as a rule instead of a review habit.
 *
 * Every source folder gets exactly one `no-restricted-imports` setting (flat config does not
 * merge a rule's options, the last matching block wins), listing the packages the folder may
 * not use and the folders of ours it may reach. Our folders are imported by relative path, and
 * where `../x` lands depends on how deep the importing file sits, which a pattern cannot see —
 * so each folder's setting is generated once per depth, and every `../` count is known.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const SOURCE = '*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';
const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
/** Files deeper than this below a folder's root share the deepest setting (and may see false alarms). */
const MAX_DEPTH = 6;
const WHY = 'See ARCHITECTURE.md, "Folders and who may import whom".';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Bans packages `names`, with their subpaths (`react/jsx-runtime`, `electron/main`). */
function packages(names, message) {
  return {
    paths: names.map((name) => ({ name, message })),
    patterns: [{ regex: `^(?:${names.map(escape).join('|')})/`, caseSensitive: true, message }],
  };
}

const NODE_NAMES = builtinModules.filter((m) => !m.startsWith('_'));
/** Bans Node's built-in modules, as `node:fs` and as `fs`. */
function nodeBuiltins(message) {
  return {
    paths: [],
    patterns: [{ regex: `^(?:node:|(?:${NODE_NAMES.map(escape).join('|')})(?:/|$))`, caseSensitive: true, message }],
  };
}

/** Bans every package except `allowed` (relative imports are left to `ours`). */
function onlyPackages(allowed, message) {
  return {
    paths: [],
    patterns: [{ regex: `^(?![./])(?!(?:${allowed.map(escape).join('|')})(?:/|$))`, caseSensitive: true, message }],
  };
}

const SHARED_PACKAGES = [
  packages(
    ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', '@dnd-kit/core', '@dnd-kit/sortable', '@dnd-kit/utilities'],
    `shared/ is pure TypeScript used by the app, the browser and the command line: no React, Dexie, zustand or drag and drop here; that belongs in renderer/. ${WHY}`,
  ),
  packages(
    ['electron'],
    `shared/ must not import electron: it also runs in a plain browser and on plain Node. Put what the platform must do behind the Host interface (shared/host.ts). ${WHY}`,
  ),
  nodeBuiltins(
    `shared/ must not use Node built-ins: it also runs in the browser. Pass bytes and text in; file access lives in electron/node/. ${WHY}`,
  ),
];

const RENDERER_PACKAGES = [
  packages(
    ['electron'],
    `renderer/ must not import electron: the same renderer runs in a plain browser. Ask the Host (renderer/host) instead. ${WHY}`,
  ),
  nodeBuiltins(
    `renderer/ must not use Node built-ins: it runs sandboxed, and in a plain browser. Ask the Host (renderer/host) instead. ${WHY}`,
  ),
];

/**
 * Each folder of ours: `dir` its root; `allowed` the folders of ours it may import (its own
 * folder always); `packages` the packages it may not use. Later entries are more specific and
 * win over earlier ones for the files they match.
 */
const FOLDERS = [
  { dir: 'shared', allowed: ['shared'], packages: SHARED_PACKAGES, says: 'shared/ must not import renderer/, electron/ or anything else outside shared/' },
  { dir: 'shared/model', allowed: [], packages: SHARED_PACKAGES, says: 'shared/model imports nothing of ours' },
  { dir: 'shared/format', allowed: ['shared/model'], packages: SHARED_PACKAGES },
  { dir: 'shared/logic', allowed: ['shared/model'], packages: SHARED_PACKAGES },
  { dir: 'shared/report', allowed: ['shared/model', 'shared/logic'], packages: SHARED_PACKAGES },
  { dir: 'shared/export', allowed: ['shared/report'], packages: SHARED_PACKAGES, says: 'shared/export may import only shared/report (the report types) of ours; fonts are passed in as bytes' },
  { dir: 'shared/host', allowed: ['shared/model'], packages: SHARED_PACKAGES },
  // shared/host.ts is a single file in shared/ itself: its siblings are other layers.
  { dir: 'shared', file: 'shared/host.ts', allowed: ['shared/model', 'shared/host'], packages: SHARED_PACKAGES, says: 'shared/host.ts may import only shared/model of ours' },

  { dir: 'renderer', allowed: ['renderer', 'shared', 'templates'], packages: RENDERER_PACKAGES, says: 'renderer/ must not import electron/ (it talks to it only through the Host)' },
  { dir: 'renderer/components', allowed: ['shared/model'], packages: RENDERER_PACKAGES, says: 'renderer/components are presentational: they may import only shared/model (types) of ours' },
  { dir: 'renderer/host', allowed: ['shared/host'], packages: RENDERER_PACKAGES, says: 'renderer/host may import only shared/host of ours' },

  { dir: 'electron', allowed: ['electron', 'shared', 'templates'], packages: [], says: 'electron/ must not import renderer/ (it is loaded into the window, not imported)' },
  { dir: 'electron/main', allowed: ['electron/node', 'shared', 'templates'], packages: [] },
  {
    dir: 'electron/node',
    allowed: ['shared', 'templates'],
    packages: [
      packages(['electron'], `electron/node/ runs on plain Node for the command line: never import electron here; Electron-only code belongs in electron/main/. ${WHY}`),
    ],
  },
  {
    dir: 'electron/preload',
    allowed: ['shared/host'],
    packages: [
      onlyPackages(['electron'], `electron/preload/ runs sandboxed and exposes a fixed list of calls: it may import only electron and shared/host. ${WHY}`),
    ],
  },
];

const segments = (path) => path.split('/').filter(Boolean);
const startsWith = (whole, part) => part.every((s, i) => whole[i] === s);

/**
 * Relative specifiers from a file `depth` folders below `folder.dir` that land in a folder of
 * ours `folder` may not import. Climbing `depth + up` times lands in the `up`-th ancestor of
 * `dir`, a known path, so the rest of the specifier says exactly where the import goes.
 */
function relativeLeaks(folder, depth) {
  const dir = segments(folder.dir);
  const allowed = [folder.file ? null : folder.dir, ...folder.allowed].filter(Boolean).map(segments);
  const message = `${folder.says ?? `${folder.dir} may import only ${folder.allowed.join(', ')} of ours: the layers import only downwards`}. ${WHY}`;
  const patterns = [];
  for (let up = folder.file ? 0 : 1; up <= dir.length; up++) {
    const landing = dir.slice(0, dir.length - up);
    if (allowed.some((a) => startsWith(landing, a))) continue; // landed inside an allowed folder
    const below = allowed
      .filter((a) => a.length > landing.length && startsWith(a, landing))
      .map((a) => escape(a.slice(landing.length).join('/')) + '(?:[/.]|$)');
    const climbs = depth + up;
    const climb = climbs === 0 ? '\\.' : `(?:\\./)?(?:\\.\\./){${climbs - 1}}\\.\\.`;
    // After the climb: the landing folder itself, or a path that does not climb further
    // (a further climb is judged by its own pattern) and is not an allowed folder.
    const rest = `(?:$|/(?!\\.\\.(?:/|$))${below.length ? `(?!${below.join('|')})` : ''})`;
    patterns.push({ regex: `^${climb}${rest}`, caseSensitive: true, message });
  }
  patterns.push({
    regex: `^(?:\\./)?(?:\\.\\./){${depth + dir.length}}\\.\\.(?:/|$)`,
    caseSensitive: true,
    message: 'This relative import leaves the repository.',
  });
  return patterns;
}

function importRules(folder, depth) {
  const bans = folder.packages;
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: bans.flatMap((b) => b.paths),
        patterns: [...bans.flatMap((b) => b.patterns), ...relativeLeaks(folder, depth)],
      },
    ],
  };
}

/** One config block per folder and depth below it; the deepest also takes everything further down. */
function layerBlocks(folder) {
  if (folder.file) return [{ name: `layers/${folder.file}`, files: [folder.file], rules: importRules(folder, 0) }];
  const blocks = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const deeper = '*/'.repeat(depth) + (depth === MAX_DEPTH ? '**/' : '');
    blocks.push({ name: `layers/${folder.dir}/${depth}`, files: [`${folder.dir}/${deeper}${SOURCE}`], rules: importRules(folder, depth) });
  }
  return blocks;
}

export default [
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['electron/**', 'scripts/**', 'bin/**', 'test/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...FOLDERS.flatMap(layerBlocks),
  // Tests may import anything: they exercise every layer from outside, and feed it malformed
  // input on purpose.
  {
    name: 'tests',
    files: ['test/**', '**/*.test.*', '**/*.spec.*'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
];
