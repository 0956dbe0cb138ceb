/**
 * The reform API (issue 7): `POST /org/reorganisations` carries out (or, by default, previews)
 * a reorganisation into a successor org file; the GETs list and show the ones carried out.
 * Changes are for the secretariat (and admins); reading them is for readers and up.
 */
import { byBodyList } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import { heavyRateLimit } from '../../platform/heavy-routes';
import { problemResponses } from '../../platform/http';
import { OrgIdParamsSchema } from '../../../shared/organisation.contract';
import {
  ReformRequestSchema,
  ReformResultSchema,
  ReorganisationListQuerySchema,
  ReorganisationListSchema,
  ReorganisationSummarySchema,
} from '../../../shared/reorganisation.contract';
import { contextOf, TAGS, type OrganisationDeps } from './org-http';
import { reform } from './org-reform.service';
import { getReorganisation, listReorganisations } from './org-reorganisations.service';

/** The reorganisation routes. */
export async function organisationReformRoutes(
  app: FastifyInstance,
  deps: OrganisationDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = contextOf(deps);

  r.post(
    '/org/reorganisations',
    {
      // The successor file is read on the worker pool (at most 2 MB, see ORG_FILE_LIMITS).
      config: {
        access: 'secretariat',
        scope: byBodyList('collaboration', 'sourceCollaborationIds'),
        rateLimit: heavyRateLimit(deps.heavy),
      },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: TAGS,
        summary:
          'Reorganise collaborations into a successor org file (the reform); dryRun (default) previews',
        description:
          'Imports the successor model, ends the old fora the day before effectiveDate, maps them ' +
          'to successors and carries open work over, in one audited change whose before/after ' +
          'counts must match (409 otherwise). dryRun=true (the default) answers the same result ' +
          'and writes nothing.',
        body: ReformRequestSchema,
        response: { 200: ReformResultSchema, ...problemResponses },
      },
    },
    async (request) =>
      reform(org, actorOf(request), request.body, (targets) =>
        request.assertInScope(targets, 'secretariat'),
      ),
  );

  r.get(
    '/org/reorganisations',
    {
      config: { access: 'reader' },
      schema: {
        tags: TAGS,
        summary: 'Reorganisations carried out, newest first (of one collaboration if given)',
        querystring: ReorganisationListQuerySchema,
        response: { 200: ReorganisationListSchema, ...problemResponses },
      },
    },
    async (request) => listReorganisations(deps.db, request.query),
  );

  r.get(
    '/org/reorganisations/:id',
    {
      config: { access: 'reader' },
      schema: {
        tags: TAGS,
        summary: 'One reorganisation carried out',
        params: OrgIdParamsSchema,
        response: { 200: ReorganisationSummarySchema, ...problemResponses },
      },
    },
    async (request) => getReorganisation(deps.db, request.params.id),
  );
}
