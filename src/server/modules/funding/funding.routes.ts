/**
 * /api/funding: pools (the secretariat in the collaboration's scope), joint applications (the
 * members of the owning forum or the secretariat in scope), their status steps and reporting
 * obligations; the overview per cluster and year and the overdue obligations (readers).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApplicationDetailSchema,
  ApplicationInputSchema,
  ApplicationListQuerySchema,
  ApplicationListSchema,
  ApplicationParamsSchema,
  ApplicationUpdateSchema,
  ObligationInputSchema,
  ObligationParamsSchema,
  ObligationUpdateSchema,
  OverdueListSchema,
  OverdueQuerySchema,
  OverviewQuerySchema,
  OverviewSchema,
  PoolInputSchema,
  PoolListQuerySchema,
  PoolListSchema,
  PoolParamsSchema,
  PoolSchema,
  PoolUpdateSchema,
  StatusStepSchema,
} from '../../../shared/funding.contract';
import { todayInDenmark } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { NoContentSchema, problemResponses } from '../../platform/http';
import { byBody, byParam } from '../../platform/scope';
import { createApplication, setApplicationStatus, updateApplication } from './applications.service';
import {
  applicationDetail,
  fundingOverview,
  listApplications,
  overdueObligations,
} from './applications.view';
import { addObligation, deleteObligation, markObligation } from './obligations.service';
import { createPool, listPools, updatePool } from './pools.service';

const tags = ['funding'];
const byApplication = byParam('fundingApplication', 'applicationId');

/** The funding routes. */
export async function fundingRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  await poolRoutes(app, deps);
  await applicationRoutes(app, deps);
  await obligationRoutes(app, deps);
}

async function poolRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/funding/pools',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'A collaboration’s funding pools (paged, by deadline)',
        querystring: PoolListQuerySchema,
        response: { 200: PoolListSchema, ...problemResponses },
      },
    },
    (request) => listPools(db, request.query),
  );
  r.post(
    '/funding/pools',
    {
      config: { access: 'secretariat', scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary: 'Register a funding pool (pulje)',
        body: PoolInputSchema,
        response: { 201: PoolSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPool(db, actorOf(request), request.body)),
  );
  r.put(
    '/funding/pools/:poolId',
    {
      config: { access: 'secretariat', scope: byParam('fundingPool', 'poolId') },
      schema: {
        tags,
        summary: 'Change a funding pool',
        params: PoolParamsSchema,
        body: PoolUpdateSchema,
        response: { 200: PoolSchema, ...problemResponses },
      },
    },
    (request) => updatePool(db, actorOf(request), request.params.poolId, request.body),
  );
}

async function applicationRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/funding/applications',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary:
          'A collaboration’s joint applications (paged; filters status, pool, cluster, year)',
        querystring: ApplicationListQuerySchema,
        response: { 200: ApplicationListSchema, ...problemResponses },
      },
    },
    (request) => listApplications(db, request.query),
  );
  r.get(
    '/funding/overview',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'What the clusters applied for and won, per cluster and year',
        querystring: OverviewQuerySchema,
        response: { 200: OverviewSchema, ...problemResponses },
      },
    },
    (request) => fundingOverview(db, request.query),
  );
  r.get(
    '/funding/obligations/overdue',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Reporting obligations overdue on a day (default today), paged',
        querystring: OverdueQuerySchema,
        response: { 200: OverdueListSchema, ...problemResponses },
      },
    },
    (request) =>
      overdueObligations(db, { ...request.query, on: request.query.on ?? todayInDenmark() }),
  );
  r.post(
    '/funding/applications',
    {
      config: { access: 'member', scope: byBody('forum', 'ownerForumId') },
      schema: {
        tags,
        summary: 'Create a joint application (status idea); the budget split must make the total',
        body: ApplicationInputSchema,
        response: { 201: ApplicationDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const today = todayInDenmark();
      const id = await createApplication(db, actorOf(request), request.body, today);
      return reply.status(201).send(await applicationDetail(db, id, today));
    },
  );
  r.get(
    '/funding/applications/:applicationId',
    {
      config: { access: 'reader', scope: byApplication },
      schema: {
        tags,
        summary: 'One application: budget split, links, status dates, obligations',
        params: ApplicationParamsSchema,
        response: { 200: ApplicationDetailSchema, ...problemResponses },
      },
    },
    (request) => applicationDetail(db, request.params.applicationId, todayInDenmark()),
  );
  r.put(
    '/funding/applications/:applicationId',
    {
      config: { access: 'member', scope: byApplication },
      schema: {
        tags,
        summary: 'Change an application before it is submitted',
        params: ApplicationParamsSchema,
        body: ApplicationUpdateSchema,
        response: { 200: ApplicationDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { applicationId } = request.params;
      await updateApplication(db, actorOf(request), applicationId, request.body);
      return applicationDetail(db, applicationId, todayInDenmark());
    },
  );
  r.post(
    '/funding/applications/:applicationId/status',
    {
      config: { access: 'member', scope: byApplication },
      schema: {
        tags,
        summary:
          'Move an application one step (idea → in preparation → submitted → granted/refused)',
        params: ApplicationParamsSchema,
        body: StatusStepSchema,
        response: { 200: ApplicationDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { applicationId } = request.params;
      await setApplicationStatus(db, actorOf(request), applicationId, request.body);
      return applicationDetail(db, applicationId, todayInDenmark());
    },
  );
}

async function obligationRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/funding/applications/:applicationId/obligations',
    {
      config: { access: 'member', scope: byApplication },
      schema: {
        tags,
        summary: 'Add a reporting obligation with its due date',
        params: ApplicationParamsSchema,
        body: ObligationInputSchema,
        response: { 201: ApplicationDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { applicationId } = request.params;
      await addObligation(db, actorOf(request), applicationId, request.body);
      return reply.status(201).send(await applicationDetail(db, applicationId, todayInDenmark()));
    },
  );
  r.patch(
    '/funding/applications/:applicationId/obligations/:obligationId',
    {
      config: { access: 'member', scope: byApplication },
      schema: {
        tags,
        summary: 'Mark a reporting obligation done (on a day) or not done',
        params: ObligationParamsSchema,
        body: ObligationUpdateSchema,
        response: { 200: ApplicationDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const today = todayInDenmark();
      await markObligation(db, actorOf(request), request.params, {
        done: request.body.done,
        on: request.body.on ?? today,
      });
      return applicationDetail(db, request.params.applicationId, today);
    },
  );
  r.delete(
    '/funding/applications/:applicationId/obligations/:obligationId',
    {
      config: { access: 'member', scope: byApplication },
      schema: {
        tags,
        summary: 'Delete a reporting obligation',
        params: ObligationParamsSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteObligation(db, actorOf(request), request.params);
      return reply.status(204).send(null);
    },
  );
}
