/** Small shared pieces of route declarations. */
import { z } from 'zod';
import { ProblemSchema } from '../../shared/problem';

/** Problem responses every API route can give, for OpenAPI and serialisation. */
export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  414: ProblemSchema,
  415: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
  500: ProblemSchema,
} as const;

/** A `:id` path parameter that must be a UUID. */
export const IdParamsSchema = z.object({ id: z.uuid() });

/** An empty 204 response. */
export const NoContentSchema = z.null().describe('No content');
