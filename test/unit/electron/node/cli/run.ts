/** Runs the command line in memory and captures what it prints. */
import { main } from '../../../../../electron/node/cli/main';

export async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
