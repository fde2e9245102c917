/** The production build served on 127.0.0.1 by scripts/serve-web.mjs, on a free port. */
import type { Server } from 'node:http';
import { serve } from '../../../scripts/serve-web.mjs';
import { DIST, ensureBuilt } from './build';

export interface WebServer { readonly url: string; close(): Promise<void> }

export async function startWeb(): Promise<WebServer> {
  await ensureBuilt();
  const { server, url } = await serve({ dir: DIST, port: 0 });
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
