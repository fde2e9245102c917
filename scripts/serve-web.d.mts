/** Types of scripts/serve-web.mjs, for the end-to-end tests and the benchmark that start it. */
import type { Server } from 'node:http';
import type { RoomHost } from '../electron/node/room';

export const SECURITY_HEADERS: Readonly<Record<string, string>>;
export function allowedHosts(address: string, port: number): string[];
export function resolveInside(root: string, urlPath: string): Promise<string | null>;
/** Serves `dir` on a loopback address (127.0.0.1 unless `host` is another: ::1, localhost, 127.x.y.z). */
export function serve(options: { dir: string; port?: number; host?: string }): Promise<{ server: Server; url: string; room: RoomHost }>;
