/**
 * Zod as Fastify's validator and serializer. The validator keeps each raw zod issue so the
 * error handler can word it in Danish and English; the serializer refuses any response that
 * does not match its declared schema, so no field leaks by accident.
 */
import type { FastifySchemaCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** Validates request parts with zod, keeping the raw issues (with input) for translation. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const validation = result.error.issues.map((issue) => ({
      keyword: issue.code,
      instancePath: `/${issue.path.join('/')}`,
      schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
      message: issue.message,
      params: { issue },
    }));
    const error = Object.assign(new Error(validation[0]?.message ?? 'invalid'), {
      validation,
      statusCode: 400,
    });
    return { error };
  };

export const serializerCompiler = zodSerializerCompiler;
