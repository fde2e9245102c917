/** Types of scripts/serve-web.mjs, for the end-to-end tests and the benchmark that start it. */
import type { Server } from 'node:http';

export function resolveInside(root: string, urlPath: string): Promise<string | null>;
export function serve(options: { dir: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
