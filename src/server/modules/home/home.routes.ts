/**
 * GET /api/home/my-work: "Mit arbejde" for the logged-in user (every role; a reader without seats
 * gets the collaboration's next meetings and latest decisions). `asOf` picks the day (default:
 * today in Denmark), so the page and its tests can be read for any day.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MyWorkQuerySchema, MyWorkSchema } from '../../../shared/home.contract';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http';
import { myWork } from './home.service';

/** The home routes; register under /api with `{ db }`. */
export async function homeRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/home/my-work',
    {
      config: { access: 'reader', scope: 'own' },
      schema: {
        tags: ['home'],
        summary: 'My work: next meetings, deadlines, waiting cases, what came back, what is due',
        querystring: MyWorkQuerySchema,
        response: { 200: MyWorkSchema, ...problemResponses },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw new AppError('unauthenticated');
      return myWork(options.db, user, request.query.asOf);
    },
  );
}
