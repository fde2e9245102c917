/**
 * `npm start`: build what is stale, then launch the desktop app in Electron — or, where the
 * Electron runtime cannot be had, the browser version, so the README's first command always
 * gets a facilitator to work.
 *
 * The Electron runtime is not installed by `npm install` (package.json's `allowScripts` keeps the
 * electron package's install.js from fetching it). This script looks for it first and tries that
 * download if it is missing. When the download fails (offline), it says so in one line, serves
 * the browser version on 127.0.0.1 (the server of `npm run web`, on its port, so the browser shows
 * the same library) and opens it in the system's browser, or prints the address where there is
 * no display or opener, until Ctrl+C. `--no-browser` or SPRINTBOOK_NO_BROWSER=1 only prints it.
 * The decisions live in electron/node/start-mode.ts and browser-opener.ts; this is the glue.
 * Run with tsx (see package.json) to import them. Arguments after `--` go to the app, e.g.
 * `npm start -- plan.sprintbook`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserOpener } from '../electron/node/browser-opener.ts';
import { isStale } from '../electron/node/build-freshness.ts';
import { electronPackageDir, locateElectron } from '../electron/node/electron-runtime.ts';
import {
  chooseStartMode, openFailedNotice, parseStartArguments, portTakenNotice, servedNotice, unopenedFilesNotice,
} from '../electron/node/start-mode.ts';
import { serve } from './serve-web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const HOST = '127.0.0.1';

function fail(paragraph) {
  process.stderr.write(`\n${paragraph}\n\n`);
  process.exit(1);
}

/** Runs electron's own installer once, quietly: offline it fails fast, and its stack trace is noise. */
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

/** The browser version until Ctrl+C: serve dist/renderer, then open it or print its address. */
async function serveBrowserVersion({ noBrowser, files }) {
  const port = Number(process.env.PORT ?? 5180);
  let served;
  try {
    served = await serve({ dir: join(root, 'dist', 'renderer'), port, host: HOST });
  } catch (e) {
    if (e?.code === 'EADDRINUSE') fail(portTakenNotice(HOST, port));
    fail(`Sprintbook could not serve the browser version: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { server, url } = served;
  const opener = noBrowser ? { found: false, reason: '--no-browser was given' } : browserOpener(url);
  console.log(servedNotice(url, opener.found ? { opened: true } : { opened: false, reason: opener.reason }));
  const unopened = unopenedFilesNotice(files);
  if (unopened) console.log(unopened);
  if (opener.found) {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: opener.verbatim });
    child.on('error', (e) => console.log(openFailedNotice(url, `${opener.command}: ${e.message}`)));
    child.on('exit', (code) => {
      if (code) console.log(openFailedNotice(url, `${opener.command} exited with code ${code}`));
    });
    child.unref();
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close();
      process.exit(0);
    });
  }
}

const args = parseStartArguments(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());

// 1. The runtime, before spending time on a build for the wrong target.
const packageDir = electronPackageDir(root);
let runtime = locateElectron(packageDir);
if (!runtime.found && runtime.reason !== 'no-package' && tryDownload(packageDir)) runtime = locateElectron(packageDir);
const start = chooseStartMode(runtime, root);
if (start.mode === 'browser') process.stderr.write(`${start.notice}\n`);

// 2. The build: the renderer when it is stale; main and preload always for Electron (esbuild takes a moment).
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
const rendererEntry = join(root, 'dist', 'renderer', 'index.html');
const rendererInputs = ['renderer', 'shared', 'templates', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
if (isStale(rendererEntry, rendererInputs)) {
  if (scripts['build:web']) runScript('build:web');
  else if (!existsSync(rendererEntry)) fail('The renderer is not built (dist/renderer/index.html is missing) and package.json has no `build:web` script to build it yet.');
}

if (start.mode === 'browser') {
  await serveBrowserVersion(args);
} else {
  runScript('build:electron');
  // 3. Launch. Chromium refuses to run as root without --no-sandbox, which Sprintbook does not pass.
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    process.stderr.write('Note: Electron does not start as root with its sandbox on; run `npm start` as a normal user.\n');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set, it would make the binary a plain Node
  const child = spawn(start.executable, [root, ...args.appArgs], { cwd: root, stdio: 'inherit', env, windowsHide: false });
  child.on('error', (e) => fail(`Sprintbook could not start Electron (${start.executable}): ${e.message}`));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
