/**
 * /api/charters: a forum's charter (read: readers; save a new version: the forum's members or
 * the secretariat in scope); requests for charters (created by the requesting forum's members or
 * the secretariat), deliveries (by the cluster forum's members) and the marks per requirement
 * (the requesting forum or the secretariat); the status matrix on a day.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssessmentInputSchema,
  CharterInputSchema,
  CharterQuerySchema,
  CharterRequestDetailSchema,
  CharterRequestInputSchema,
  CharterRequestListQuerySchema,
  CharterRequestListSchema,
  CharterSchema,
  CharterVersionSchema,
  DeliveryInputSchema,
  DeliveryParamsSchema,
  DeliverySchema,
  ForumParamsSchema,
  RequestParamsSchema,
  RequestStatusQuerySchema,
} from '../../../shared/charters.contract';
import { todayInDenmark } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam } from '../../platform/scope';
import {
  assessDelivery,
  createRequest,
  deliverCharter,
  listRequests,
  requestDetail,
} from './requests.service';
import { readCharter, saveCharter } from './versions.service';

const tags = ['charters'];

/** The charter routes. */
export async function charterRoutes(app: FastifyInstance, { db }: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/charters/fora/:forumId',
    {
      config: { access: 'reader', scope: byParam('forum', 'forumId') },
      schema: {
        tags,
        summary: 'A forum’s charter: the version valid on a day (default today) and the history',
        params: ForumParamsSchema,
        querystring: CharterQuerySchema,
        response: { 200: CharterSchema, ...problemResponses },
      },
    },
    (request) =>
      readCharter(db, request.params.forumId, {
        ...request.query,
        on: request.query.on ?? todayInDenmark(),
      }),
  );
  r.post(
    '/charters/fora/:forumId/versions',
    {
      config: { access: 'member', scope: byParam('forum', 'forumId') },
      schema: {
        tags,
        summary: 'Save the forum’s charter as a new version',
        params: ForumParamsSchema,
        body: CharterInputSchema,
        response: { 201: CharterVersionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await saveCharter(db, actorOf(request), request.params.forumId, request.body)),
  );
  r.get(
    '/charters/requests',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'A collaboration’s requests for charters (paged)',
        querystring: CharterRequestListQuerySchema,
        response: { 200: CharterRequestListSchema, ...problemResponses },
      },
    },
    (request) => listRequests(db, request.query),
  );
  r.post(
    '/charters/requests',
    {
      config: { access: 'member', scope: byBody('forum', 'requestingForumId') },
      schema: {
        tags,
        summary: 'Request charters from every cluster, with minimum requirements and a deadline',
        body: CharterRequestInputSchema,
        response: { 201: CharterRequestDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createRequest(db, actorOf(request), request.body);
      return reply.status(201).send(await requestDetail(db, id, todayInDenmark()));
    },
  );
  r.get(
    '/charters/requests/:requestId',
    {
      config: { access: 'reader', scope: byParam('charterRequest', 'requestId') },
      schema: {
        tags,
        summary: 'The status matrix of a request on a day (default today)',
        params: RequestParamsSchema,
        querystring: RequestStatusQuerySchema,
        response: { 200: CharterRequestDetailSchema, ...problemResponses },
      },
    },
    (request) => requestDetail(db, request.params.requestId, request.query.on ?? todayInDenmark()),
  );
  r.post(
    '/charters/requests/:requestId/deliveries',
    {
      config: { access: 'member', scope: byBody('forum', 'forumId') },
      schema: {
        tags,
        summary: 'Deliver a cluster forum’s charter version to the request',
        params: RequestParamsSchema,
        body: DeliveryInputSchema,
        response: { 201: DeliverySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const delivery = await deliverCharter(
        db,
        actorOf(request),
        request.params.requestId,
        request.body,
        todayInDenmark(),
      );
      return reply.status(201).send(delivery);
    },
  );
  r.put(
    '/charters/requests/:requestId/deliveries/:deliveryId/assessment',
    {
      config: { access: 'member', scope: byParam('charterRequest', 'requestId') },
      schema: {
        tags,
        summary: 'Mark, per requirement, whether the delivered charter meets it',
        params: DeliveryParamsSchema,
        body: AssessmentInputSchema,
        response: { 200: DeliverySchema, ...problemResponses },
      },
    },
    (request) => assessDelivery(db, actorOf(request), request.params, request.body.met),
  );
}
