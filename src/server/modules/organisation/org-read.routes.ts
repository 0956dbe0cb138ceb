/**
 * The organisation's read API (readers and up). Every read takes `?date=YYYY-MM-DD` (default
 * today in Denmark) and answers as of that day.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http';
import { AsOfQuerySchema } from '../../../shared/organisation.contract';
import {
  BurdenSchema,
  CollaborationListSchema,
  ForumPageSchema,
  HealthSchema,
  OrgChartSchema,
  OverviewSchema,
  PartyPageSchema,
  PersonPageSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from '../../../shared/organisation-views.contract';
import { dayOf } from './org-day';
import { forumPage } from './org-forum-view.service';
import { contextOf, readById, TAGS, type OrganisationDeps } from './org-http';
import {
  burden,
  collaborationOverview,
  listCollaborations,
  organisationHealth,
  orgChart,
} from './org-overview.service';
import { partyPage, personPage } from './org-person-view.service';
import { searchOrganisation } from './org-search.service';

/** GET routes under /org. */
export async function organisationReadRoutes(
  app: FastifyInstance,
  deps: OrganisationDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = contextOf(deps);

  r.get(
    '/org/collaborations',
    {
      config: { access: 'reader' },
      schema: {
        tags: TAGS,
        summary: 'The collaborations valid on the date',
        querystring: AsOfQuerySchema,
        response: { 200: CollaborationListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const date = dayOf(request.query.date);
      return { date, items: await listCollaborations(org, date) };
    },
  );

  r.get(
    '/org/collaborations/:id/overview',
    readById(
      'Clusters, fora by level, parties, counts and breach count',
      AsOfQuerySchema,
      OverviewSchema,
    ),
    async (request) => collaborationOverview(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/collaborations/:id/health',
    readById('Every breach of every forum, with texts', AsOfQuerySchema, HealthSchema),
    async (request) => organisationHealth(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/collaborations/:id/burden',
    readById('Seats per municipality and per person', AsOfQuerySchema, BurdenSchema),
    async (request) => burden(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/collaborations/:id/chart',
    readById('Org chart: fora, reports-to and born-seat edges', AsOfQuerySchema, OrgChartSchema),
    async (request) => orgChart(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/fora/:id',
    readById(
      'A forum: attributes, members, seats, rules, breaches, history',
      AsOfQuerySchema,
      ForumPageSchema,
    ),
    async (request) => forumPage(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/persons/:id',
    readById(
      'A person: seats across fora and collaborations, offices, history',
      AsOfQuerySchema,
      PersonPageSchema,
    ),
    async (request) => personPage(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/parties/:id',
    readById('A party: clusters, seats held, offices', AsOfQuerySchema, PartyPageSchema),
    async (request) => partyPage(org, request.params.id, dayOf(request.query.date)),
  );

  r.get(
    '/org/search',
    {
      config: { access: 'reader' },
      schema: {
        tags: TAGS,
        summary: 'Persons, fora, parties and clusters by name (Danish matching)',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...problemResponses },
      },
    },
    async (request) =>
      searchOrganisation(org, {
        q: request.query.q,
        date: dayOf(request.query.date),
        collaborationId: request.query.collaborationId,
        kind: request.query.kind,
        offset: request.query.offset,
      }),
  );
}
