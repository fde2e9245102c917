#!/usr/bin/env node
/**
 * The installed `sprintbook` command. It runs the command line bundled by `npm run build:cli`
 * (from electron/node/cli/main.ts), so an installed copy needs neither TypeScript nor tsx.
 */
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/sprintbook.mjs', import.meta.url);

if (!existsSync(bundle)) {
  process.stderr.write('sprintbook: the command line is not built yet: run npm run build:cli first.\n');
  process.exit(1);
}

const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
