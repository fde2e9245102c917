/** Builds the renderer before the end-to-end workers start (skipped when the build is fresh). */
import { ensureBuilt } from './build';

export async function setup(): Promise<void> {
  await ensureBuilt();
}
