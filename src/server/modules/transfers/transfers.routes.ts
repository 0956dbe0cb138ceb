/**
 * /api/transfers: task transfers per the South Danish model (issue 12 point 4). Reads are the
 * readers'; changes are the secretariat's in scope or the members of the cluster's forum
 * (`member` on the `transfer` scope target, which resolves to that forum and cluster).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInDenmark } from '../../../shared/dates';
import {
  CompareQuerySchema,
  CompareSchema,
  CreateTransferSchema,
  DecideTransferSchema,
  TransferDetailSchema,
  type TransferDetail,
  TransferListQuerySchema,
  TransferListSchema,
  TransferParamsSchema,
  UpdateTransferSchema,
  WithdrawTransferSchema,
} from '../../../shared/transfers.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { allOf, byBody, byParam } from '../../platform/scope';
import { meetings } from '../meetings/index';
import { findTransfers, listTransfers } from './transfers.repo';
import {
  createTransfer,
  decideTransfer,
  placeOrientation,
  updateTransfer,
  withdrawTransfer,
  type TransfersDeps,
} from './transfers.service';
import { taskTransfers, transferOrientations } from './transfers.table';
import { transferNotFound } from './transfers.texts';
import { details, summaries } from './transfers.view';

const tags = ['transfers'];
const edit = { access: 'member' as const, scope: byParam('transfer') };
const detailResponse = { 200: TransferDetailSchema, ...problemResponses };

const PendingQuerySchema = z.object({ meetingId: z.uuid() });

/** Registers the /transfers routes. */
export async function transferRoutes(app: FastifyInstance, deps: TransfersDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  const detailOf = async (id: string) => {
    const rows = await findTransfers(db, [id]);
    if (!rows.length) throw transferNotFound();
    const [detail] = await details(db, rows);
    if (!detail) throw transferNotFound();
    return detail;
  };

  r.get(
    '/transfers',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Task transfers, newest first, paged with the total',
        querystring: TransferListQuerySchema,
        response: { 200: TransferListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { rows, total } = await listTransfers(db, request.query);
      return { items: await summaries(db, rows), total };
    },
  );

  r.get(
    '/transfers/compare',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Two to four task transfers side by side (their assessments)',
        querystring: CompareQuerySchema,
        response: { 200: CompareSchema, ...problemResponses },
      },
    },
    async (request) => {
      const ids = request.query.ids;
      const rows = await findTransfers(db, ids);
      if (rows.length !== ids.length) throw transferNotFound();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return {
        items: await details(
          db,
          ids.map((id) => byId.get(id)!),
        ),
      };
    },
  );

  await pendingOrientationsRoute(app, deps);

  r.get(
    '/transfers/:id',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'A task transfer with its assessment, decision and orientation',
        params: TransferParamsSchema,
        response: detailResponse,
      },
    },
    async (request) => detailOf(request.params.id),
  );

  await transferWriteRoutes(app, deps, detailOf);
}

/** The changes: open, edit, decide, place the orientation, withdraw. */
async function transferWriteRoutes(
  app: FastifyInstance,
  deps: TransfersDeps,
  detailOf: (id: string) => Promise<TransferDetail>,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/transfers',
    {
      config: {
        access: 'member',
        scope: allOf(byBody('collaboration', 'collaborationId'), byBody('forum', 'forumId')),
      },
      schema: {
        tags,
        summary: "Opens a task transfer in a cluster's forum",
        body: CreateTransferSchema,
        response: { 201: TransferDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createTransfer(deps, actorOf(request), request.body, todayInDenmark());
      return reply.code(201).send(await detailOf(id));
    },
  );

  r.patch(
    '/transfers/:id',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Changes a task transfer under assessment (fields, assessment, precedent)',
        params: TransferParamsSchema,
        body: UpdateTransferSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      await updateTransfer(deps, actorOf(request), request.params.id, request.body);
      return detailOf(request.params.id);
    },
  );

  r.post(
    '/transfers/:id/decision',
    {
      config: edit,
      schema: {
        tags,
        summary:
          "Decides a task transfer; the orientation item goes on the committee's next agenda once",
        params: TransferParamsSchema,
        body: DecideTransferSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      await decideTransfer(deps, actorOf(request), request.params.id, request.body);
      return detailOf(request.params.id);
    },
  );

  r.post(
    '/transfers/:id/orientation',
    {
      config: edit,
      schema: {
        tags,
        summary: "Places a pending orientation on the committee's next meeting",
        params: TransferParamsSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      await placeOrientation(deps, actorOf(request), request.params.id);
      return detailOf(request.params.id);
    },
  );

  r.post(
    '/transfers/:id/withdraw',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Withdraws a task transfer under assessment',
        params: TransferParamsSchema,
        body: WithdrawTransferSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      await withdrawTransfer(deps, actorOf(request), request.params.id, request.body.reason);
      return detailOf(request.params.id);
    },
  );
}

/** The orientations waiting for a meeting's committee (for the agenda's preparation). */
async function pendingOrientationsRoute(app: FastifyInstance, deps: TransfersDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.get(
    '/transfers/orientations/pending',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: "Orientations waiting for this meeting's committee (decided on/before its day)",
        querystring: PendingQuerySchema,
        response: { 200: TransferListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const [meeting] = await db
        .select({ forumId: meetings.forumId })
        .from(meetings)
        .where(eq(meetings.id, request.query.meetingId));
      if (!meeting) return { items: [], total: 0 };
      const rows = await db
        .select({ t: taskTransfers })
        .from(transferOrientations)
        .innerJoin(taskTransfers, eq(taskTransfers.id, transferOrientations.transferId))
        .where(
          and(
            eq(transferOrientations.committeeForumId, meeting.forumId),
            isNull(transferOrientations.agendaItemId),
          ),
        )
        .limit(100);
      const items = await summaries(
        db,
        rows.map((x) => x.t),
      );
      return { items, total: items.length };
    },
  );
}
