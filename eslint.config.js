/**
 * Lint configuration: the recommended rules, and the import arrows of ARCHITECTURE.md
 * ("Folders and who may import whom") as rules instead of a review habit.
 *
 * - Our folders (`boundaries/dependencies`): every source file belongs to one element of
 *   `ELEMENTS`, and `LAYERS` lists which elements each may import. Imports are resolved to
 *   files first, so `../x` is judged by where it lands, however deep the importing file sits.
 * - Packages (`no-restricted-imports`): what `shared/`, `renderer/` and `electron/` may not use.
 * - No import cycle anywhere (`import-x/no-cycle`), between files; and no two folders of
 *   renderer/ importing each other round a loop (`folders/no-cycle`, scripts/lint).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';
import noFolderCycle from './scripts/lint/no-folder-cycle.js';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const SOURCE = ['shared/**', 'renderer/**', 'electron/**'];
const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];
const EXTENSIONS = [...CODE_EXTENSIONS, '.json'];
const WHY = 'See ARCHITECTURE.md, "Folders and who may import whom".';

/**
 * The elements of ours, first match wins. A feature captures its name, so a feature importing
 * another feature is told apart from a feature importing its own files.
 */
const ELEMENTS = [
  { type: 'shared-model', pattern: 'shared/model/**' },
  { type: 'shared-format', pattern: 'shared/format/**' },
  { type: 'shared-logic', pattern: 'shared/logic/**' },
  { type: 'shared-report', pattern: 'shared/report/**' },
  { type: 'shared-export', pattern: 'shared/export/**' },
  { type: 'shared-room', pattern: 'shared/room/**' },
  { type: 'shared-root', pattern: 'shared' },
  { type: 'renderer-host', pattern: 'renderer/host/**' },
  { type: 'renderer-state', pattern: 'renderer/state/**' },
  { type: 'renderer-db', pattern: 'renderer/db/**' },
  { type: 'renderer-actions', pattern: 'renderer/actions/**' },
  { type: 'renderer-components', pattern: 'renderer/components/**' },
  { type: 'renderer-hooks', pattern: 'renderer/hooks/**' },
  { type: 'renderer-fields', pattern: 'renderer/fields/**' },
  { type: 'renderer-people', pattern: 'renderer/people/**' },
  { type: 'renderer-participant', pattern: 'renderer/participant/**' },
  { type: 'feature', pattern: 'renderer/features/*/**', capture: ['feature'] },
  { type: 'app', pattern: 'renderer/app/**' },
  { type: 'renderer-root', pattern: 'renderer' },
  { type: 'electron-preload', pattern: 'electron/preload/**' },
  { type: 'electron-main', pattern: 'electron/main/**' },
  { type: 'electron-node', pattern: 'electron/node/**' },
  { type: 'templates', pattern: 'templates/**' },
].map((e) => ({ partialMatch: false, ...e }));

/**
 * Single files with a layer of their own. A file in shared/ or renderer/ itself (or in a new
 * folder there that ELEMENTS does not list yet) has no layer unless it is named here, and so
 * may import nothing of ours.
 */
const FILES = [
  { category: 'shared-host', pattern: 'shared/{host,host-payloads}.ts' },
  { category: 'renderer-entry', pattern: 'renderer/{main.tsx,global.d.ts}' },
  { category: 'stage-registry', pattern: 'renderer/app/stages.tsx' },
];
/** The element each file category of FILES sits in. */
const FILE_ELEMENT = { 'shared-host': 'shared-root', 'renderer-entry': 'renderer-root', 'stage-registry': 'app' };

const SHARED_BELOW_REPORT = ['shared-model', 'shared-logic'];
const SHARED_ALL = ['shared-model', 'shared-format', 'shared-logic', 'shared-report', 'shared-export', 'shared-room', 'shared-host'];
/** What the renderer's lower layers (everything under features) may build on. */
const RENDERER_BASE = [...SHARED_ALL, 'templates', 'renderer-host', 'renderer-state', 'renderer-db'];
const RENDERER_SHARED_UI = ['renderer-components', 'renderer-hooks', 'renderer-fields', 'renderer-people'];

/**
 * Who may import whom, bottom up. An element not named on the left imports nothing of ours;
 * every element may import its own files (a feature: its own feature's files only).
 */
export const LAYERS = {
  'shared-model': [],
  'shared-format': ['shared-model'],
  'shared-logic': ['shared-model'],
  'shared-report': SHARED_BELOW_REPORT,
  'shared-export': ['shared-report'],
  'shared-room': ['shared-model'],
  'shared-host': ['shared-model', 'shared-room'],

  'renderer-host': ['shared-host'],
  'renderer-state': [...SHARED_ALL, 'templates'],
  'renderer-db': [...SHARED_ALL, 'templates', 'renderer-host', 'renderer-state'],
  'renderer-actions': RENDERER_BASE,
  'renderer-components': ['shared-model'],
  'renderer-hooks': [...RENDERER_BASE, 'renderer-components'],
  'renderer-fields': [...RENDERER_BASE, 'renderer-components', 'renderer-hooks'],
  'renderer-people': [...RENDERER_BASE, 'renderer-components', 'renderer-hooks', 'renderer-fields'],
  feature: [...RENDERER_BASE, 'renderer-actions', ...RENDERER_SHARED_UI],
  app: [...RENDERER_BASE, 'renderer-actions', ...RENDERER_SHARED_UI, 'stage-registry'],
  // The one file of app/ that imports features.
  'stage-registry': [...RENDERER_BASE, 'renderer-components', 'feature'],
  'renderer-entry': ['app', 'shared-host'],
  // The workshop room's participant page: its own tiny bundle, served by the room to phones.
  'renderer-participant': ['shared-room'],

  'electron-preload': ['shared-host'],
  'electron-main': [...SHARED_ALL, 'templates', 'electron-node'],
  'electron-node': [...SHARED_ALL, 'templates'],
  templates: [],
};

/** How a name in `LAYERS` is matched: an element by its type, or one of `FILES` by its category. */
function select(name) {
  const inside = FILE_ELEMENT[name];
  return inside ? { element: { type: inside }, file: { categories: name } } : { element: { type: name } };
}

/** The message's name of a layer: its file category if it has one, else its element type. */
const LAYER_OF = (side) => `{{#if ${side}.file.categories.[0]}}{{ ${side}.file.categories.[0] }}{{else}}{{ ${side}.element.type }}{{/if}}`;

const POLICIES = [
  // One policy a layer: its own files and the layers it lists; everything else is refused.
  ...Object.entries(LAYERS).map(([name, allowed]) => ({
    from: select(name),
    allow: { to: [...(name === 'feature' ? [] : [name]), ...allowed].map(select) },
  })),
  // A feature's own files (the captured folder name is the importing file's).
  {
    from: select('feature'),
    allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
  },
];

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

/** Bans every package except `allowed` (our own files, imported by relative path, are left to `LAYERS`). */
function onlyPackages(allowed, message) {
  return {
    paths: [],
    patterns: [{ regex: `^(?![./])(?!(?:${allowed.map(escape).join('|')})(?:/|$))`, caseSensitive: true, message }],
  };
}

/** One `no-restricted-imports` block: flat config does not merge a rule's options, so each folder lists all its bans. */
function packageRules(name, files, bans) {
  return {
    name: `packages/${name}`,
    files,
    rules: {
      'no-restricted-imports': ['error', { paths: bans.flatMap((b) => b.paths), patterns: bans.flatMap((b) => b.patterns) }],
    },
  };
}

/** React Flow is a devDependency for the map bench's comparison only (test/bench/map-reactflow*). */
const BENCH_ONLY = packages(
  ['@xyflow/react', '@xyflow/system'],
  'React Flow is installed only to measure the map against it (test/bench/map-reactflow.ts): product code draws the map itself (renderer/features/map).',
);

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
  ),  BENCH_ONLY,
];

const RENDERER_PACKAGES = [
  packages(
    ['electron'],
    `renderer/ must not import electron: the same renderer runs in a plain browser. Ask the Host (renderer/host) instead. ${WHY}`,
  ),
  nodeBuiltins(
    `renderer/ must not use Node built-ins: it runs sandboxed, and in a plain browser. Ask the Host (renderer/host) instead. ${WHY}`,
  ),  BENCH_ONLY,
];

export default [
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'coverage/', 'test-results/', '.scratch/'] },
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

  // Imports are resolved to files for both plugins: `../x` means the file it lands on.
  {
    name: 'imports/resolve',
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: EXTENSIONS })],
      // Which files no-cycle reads, and with which parser (its default is plain JavaScript).
      'import-x/extensions': CODE_EXTENSIONS,
      'import-x/parsers': { '@typescript-eslint/parser': CODE_EXTENSIONS },
      'import/resolver': { node: { extensions: EXTENSIONS } },
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'boundaries/include': SOURCE,
    },
  },
  {
    name: 'layers',
    files: SOURCE,
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: POLICIES,
        message: `${LAYER_OF('from')} may not import ${LAYER_OF('to')}{{#if to.element.captured.feature}} ({{ to.element.captured.feature }}){{/if}}: the layers import only downwards, a feature never imports another feature, and app reaches features only through app/stages.tsx. ${WHY}`,
      }],
      // A file that belongs to no element is a folder ARCHITECTURE.md does not know yet.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    name: 'cycles',
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    name: 'folder-cycles',
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { folders: { rules: { 'no-cycle': noFolderCycle } } },
    rules: { 'folders/no-cycle': ['error', { root: 'renderer' }] },
  },

  packageRules('shared', ['shared/**'], SHARED_PACKAGES),
  packageRules('renderer', ['renderer/**'], RENDERER_PACKAGES),
  packageRules('electron/node', ['electron/node/**'], [
    packages(['electron'], `electron/node/ runs on plain Node for the command line: never import electron here; Electron-only code belongs in electron/main/. ${WHY}`),
    BENCH_ONLY,
  ]),
  packageRules('electron/main', ['electron/main/**'], [BENCH_ONLY]),
  packageRules('electron/preload', ['electron/preload/**'], [
    onlyPackages(['electron'], `electron/preload/ runs sandboxed and exposes a fixed list of calls: it may import only electron and shared/host. ${WHY}`),
  ]),

  // Tests may import anything: they exercise every layer from outside, and feed it malformed
  // input on purpose. Cycles among test helpers are still refused.
  {
    name: 'tests',
    files: ['test/**', '**/*.test.*', '**/*.spec.*'],
    rules: {
      'no-restricted-imports': 'off',
      'boundaries/dependencies': 'off',
      'boundaries/no-unknown-files': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
];
