/**
 * /api/plans/:id/rounds and /api/plan-rounds/...: opening a round (secretariat), its live status,
 * a party's form and its answer ("ingen ændringer" in one request, or the changed fields), closing
 * (secretariat) and the contact's to-do list. A municipality's contact is a member with a party
 * scope for it; a secretariat whose scope covers the party may answer on its behalf. Readers see
 * closed rounds only.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MyRoundListSchema,
  OpenRoundRequestSchema,
  PlanParamsSchema,
  RoundAnswerRequestSchema,
  RoundDetailSchema,
  RoundFormSchema,
  RoundListQuerySchema,
  RoundListSchema,
  RoundParamsSchema,
  RoundPartyParamsSchema,
} from '../../../shared/plan-rounds.contract';
import { todayInDenmark } from '../../../shared/dates';
import { hasRole } from '../../../shared/roles';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import { contentDisposition } from '../documents/index';
import type { Db } from '../../db/client';
import { roundWorkbook } from './heatmap.export';
import { requirePlanRow } from './plans.repo';
import { listRounds } from './rounds.repo';
import { roleOf } from './views.present';
import {
  answerRound,
  assertVisible,
  closeRound,
  myRounds,
  openRound,
  partyForm,
  requireRound,
  roundDetail,
  roundSummary,
} from './rounds.service';

const tags = ['plans'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Opening, listing and reading rounds, the to-do list and the round export. */
async function roundReads(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/plans/:id/rounds',
    {
      config: { access: 'secretariat', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'Open a reporting round (initiatives, parties, deadline, reminder days)',
        params: PlanParamsSchema,
        body: OpenRoundRequestSchema,
        response: { 201: RoundDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const round = await openRound(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        todayInDenmark(),
      );
      return reply.status(201).send(await roundDetail(db, round.id, 'secretariat'));
    },
  );

  r.get(
    '/plans/:id/rounds',
    {
      config: { access: 'reader', scope: byParam('plan') },
      schema: {
        tags,
        summary: 'A plan’s reporting rounds, newest first (readers: closed rounds only)',
        params: PlanParamsSchema,
        querystring: RoundListQuerySchema,
        response: { 200: RoundListSchema, ...problemResponses },
      },
    },
    async (request) => {
      await requirePlanRow(db, request.params.id);
      const role = roleOf(request);
      const status = hasRole(role, 'secretariat') ? request.query.status : 'closed';
      if (!hasRole(role, 'secretariat') && request.query.status === 'open') {
        return { items: [], total: 0 };
      }
      const list = await listRounds(db, request.params.id, { ...request.query, status });
      return { items: list.items.map((x) => roundSummary(x, x.answered)), total: list.total };
    },
  );

  r.get(
    '/plan-rounds/mine',
    {
      config: { access: 'reader', scope: 'own' },
      schema: {
        tags,
        summary: 'Open rounds the logged-in contact may answer, with party and deadline',
        response: { 200: MyRoundListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) return { items: [] };
      return { items: await myRounds(db, user.id, user.role) };
    },
  );

  r.get(
    '/plan-rounds/:roundId',
    {
      config: { access: 'reader', scope: byParam('planRound', 'roundId') },
      schema: {
        tags,
        summary: 'A round with its status per party (live for the secretariat)',
        params: RoundParamsSchema,
        response: { 200: RoundDetailSchema, ...problemResponses },
      },
    },
    async (request) => roundDetail(db, request.params.roundId, roleOf(request)),
  );

  r.get(
    '/plan-rounds/:roundId/export.xlsx',
    {
      config: { access: 'reader', scope: byParam('planRound', 'roundId') },
      schema: {
        tags,
        summary: 'The round as XLSX: status per party and every field’s value',
        params: RoundParamsSchema,
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const round = await requireRound(db, request.params.roundId);
      assertVisible(round, roleOf(request));
      const plan = await requirePlanRow(db, round.planId);
      const file = await roundWorkbook(db, plan, round);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(`afrapportering-${round.deadline}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .send(file);
    },
  );
}

/** A party's form, its answer, and closing. */
async function roundAnswers(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const partyConfig = { access: 'member' as const, scope: byParam('party', 'partyId') };

  r.get(
    '/plan-rounds/:roundId/parties/:partyId/form',
    {
      config: partyConfig,
      schema: {
        tags,
        summary: 'A party’s form in a round, pre-filled with the last values',
        params: RoundPartyParamsSchema,
        response: { 200: RoundFormSchema, ...problemResponses },
      },
    },
    async (request) => partyForm(db, request.params.roundId, request.params.partyId),
  );

  r.post(
    '/plan-rounds/:roundId/parties/:partyId/no-changes',
    {
      config: partyConfig,
      schema: {
        tags,
        summary: '"Ingen ændringer": confirm every field in one request',
        params: RoundPartyParamsSchema,
        response: { 200: RoundFormSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { roundId, partyId } = request.params;
      await answerRound(db, actorOf(request), roundId, partyId, null, todayInDenmark());
      return partyForm(db, roundId, partyId);
    },
  );

  r.post(
    '/plan-rounds/:roundId/parties/:partyId/answer',
    {
      config: partyConfig,
      schema: {
        tags,
        summary: 'Answer with the changed fields; the others keep their last values',
        params: RoundPartyParamsSchema,
        body: RoundAnswerRequestSchema,
        response: { 200: RoundFormSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { roundId, partyId } = request.params;
      await answerRound(
        db,
        actorOf(request),
        roundId,
        partyId,
        request.body.changes,
        todayInDenmark(),
      );
      return partyForm(db, roundId, partyId);
    },
  );

  r.post(
    '/plan-rounds/:roundId/close',
    {
      config: { access: 'secretariat', scope: byParam('planRound', 'roundId') },
      schema: {
        tags,
        summary: 'Close the round: freeze it, carrying unanswered parties’ last values',
        params: RoundParamsSchema,
        response: { 200: RoundDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      await closeRound(db, actorOf(request), request.params.roundId, todayInDenmark());
      return roundDetail(db, request.params.roundId, 'secretariat');
    },
  );
}

/** Every /api/plans/:id/rounds and /api/plan-rounds route. */
export async function roundsRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  await roundReads(app, deps);
  await roundAnswers(app, deps);
}
