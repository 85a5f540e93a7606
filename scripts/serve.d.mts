import type { Server } from 'node:http';
/** The demo roots: the build (`PRIVACY_DIST` or `dist/`), then `demo/`. */
export const DEFAULT_ROOTS: string[];
/** Starts the static demo server on loopback; `port` 0 picks a free one. */
export function startServer(options?: {
  port?: number;
  host?: string;
  roots?: string[];
  headers?: (pathname: string) => Record<string, string>;
}): Promise<{ url: string; close(): Promise<void>; server: Server }>;
