/**
 * Serves the built web app (dist/web) and falls back to index.html for client-side routes.
 * Unknown /api paths get a problem+json 404 from the API scope instead.
 *
 * Files go out precompressed (the build writes `.br` and `.gz` siblings, see precompress.ts;
 * chosen by Accept-Encoding, `Vary: Accept-Encoding`). Vite's hashed assets (`assets/*-[hash].*`)
 * never change under their name: cached for a year, `immutable`. Everything else (index.html,
 * unhashed public files) is revalidated on every use (`no-cache`), so a deploy shows at once.
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './errors';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's content-hashed output: `assets/<name>-<hash>.<ext>` (hash of 8+ URL-safe characters). */
const HASHED = /^assets\/.+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;

/** The Cache-Control of a file at `path` (relative to the web root; a `.br`/`.gz` sibling too). */
export function cacheControlFor(path: string): string {
  const name = path
    .split(sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  return HASHED.test(name) ? IMMUTABLE : REVALIDATE;
}

export async function registerWeb(app: FastifyInstance, webDist = WEB_DIST): Promise<void> {
  const hasWeb = existsSync(`${webDist}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', cacheControlFor(relative(webDist, path)));
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage && !request.url.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, request, 'notFound');
  });
}
