/**
 * `npm start`: build what is stale, then launch the desktop app in Electron.
 *
 * The Electron runtime is not installed by `npm install` (package.json's `allowScripts` keeps the
 * electron package's install.js from fetching it). This script looks for it first, tries that download if
 * it is missing, and when the download fails (offline) prints one paragraph saying what to do —
 * never the downloader's stack trace. Run with tsx (see package.json) to import the TypeScript
 * helpers. Arguments after `--` go to the app, e.g. `npm start -- plan.sprintbook`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from '../electron/node/build-freshness.ts';
import { electronPackageDir, locateElectron, missingElectronMessage } from '../electron/node/electron-runtime.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function fail(paragraph) {
  process.stderr.write(`\n${paragraph}\n\n`);
  process.exit(1);
}

/** Runs electron's own installer once, quietly; its output is kept only to show on success. */
function tryDownload(packageDir) {
  const tty = process.stderr.isTTY;
  if (tty) process.stderr.write('Fetching the Electron runtime (first start only)…');
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], { cwd: packageDir, encoding: 'utf8', timeout: 10 * 60_000 });
  if (tty) process.stderr.write('\r\x1b[K');
  return result.status === 0;
}

function runScript(name) {
  const result = spawnSync(npm, ['run', '--silent', name], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail(`Sprintbook could not be built: \`npm run ${name}\` failed (see above). Fix the error and run \`npm start\` again.`);
}

// 1. The runtime, before spending time on a build that could not be launched.
const packageDir = electronPackageDir(root);
let runtime = locateElectron(packageDir);
if (!runtime.found && runtime.reason !== 'no-package' && tryDownload(packageDir)) runtime = locateElectron(packageDir);
if (!runtime.found) fail(missingElectronMessage(runtime, root));

// 2. The build: main and preload always (esbuild takes a moment), the renderer when it is stale.
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
const rendererEntry = join(root, 'dist', 'renderer', 'index.html');
const rendererInputs = ['renderer', 'shared', 'templates', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
if (isStale(rendererEntry, rendererInputs)) {
  if (scripts['build:web']) runScript('build:web');
  else if (!existsSync(rendererEntry)) fail('The renderer is not built (dist/renderer/index.html is missing) and package.json has no `build:web` script to build it yet.');
}
runScript('build:electron');

// 3. Launch. Chromium refuses to run as root without --no-sandbox, which Sprintbook does not pass.
if (process.platform === 'linux' && process.getuid?.() === 0) {
  process.stderr.write('Note: Electron does not start as root with its sandbox on; run `npm start` as a normal user.\n');
}
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // set, it would make the binary a plain Node
// npm runs this from the package root; a relative file argument means the caller's folder.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const appArgs = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(callerDir, arg)));
const child = spawn(runtime.executable, [root, ...appArgs], { cwd: root, stdio: 'inherit', env, windowsHide: false });
child.on('error', (e) => fail(`Sprintbook could not start Electron (${runtime.executable}): ${e.message}`));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
