/**
 * Serves the built web app (dist/web) and falls back to index.html for client-side routes.
 * Unknown /api paths get a problem+json 404 from the API scope instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './errors';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export async function registerWeb(app: FastifyInstance, webDist = WEB_DIST): Promise<void> {
  const hasWeb = existsSync(`${webDist}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
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
