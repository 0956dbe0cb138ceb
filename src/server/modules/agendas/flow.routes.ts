/**
 * /api/agendas/:meetingId/...: the draft review, publishing, the minutes (decisions per item,
 * attendance), and the members' approval of the minutes.
 */
import { byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgendaSchema,
  AttendanceRequestSchema,
  CommentRequestSchema,
  ItemDecisionRequestSchema,
  ItemParamsSchema,
  MeetingParamsSchema,
  SendForReviewRequestSchema,
} from '../../../shared/agendas.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { viewerOf, type CaseDeps } from '../cases/index';
import { getAgendaForViewer } from './agendas.view';
import {
  approveMinutes,
  closeMinutesApproval,
  commentOnAgenda,
  publishAgenda,
  recordAgendaAttendance,
  sendForReview,
  sendMinutesForApproval,
} from './flow.service';
import { recordItemDecision } from './items.content.service';

const EmptyBodySchema = z.object({}).optional();

/** The draft review and publishing routes. */
async function reviewRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agendas'];
  const response = { 200: AgendaSchema, ...problemResponses };
  const schema = (summary: string) => ({ tags, summary, params: MeetingParamsSchema, response });
  const meeting = byParam('meeting', 'meetingId');
  const secretariat = { access: 'secretariat' as const, scope: meeting };

  r.post(
    '/agendas/:meetingId/review',
    {
      config: secretariat,
      schema: {
        ...schema('Send the draft agenda for review to chosen reviewers'),
        body: SendForReviewRequestSchema,
      },
    },
    async (request) => {
      const { meetingId } = request.params;
      await sendForReview(deps, actorOf(request), meetingId, request.body.reviewerUserIds);
      return getAgendaForViewer(deps, viewerOf(request), meetingId);
    },
  );

  r.post(
    '/agendas/:meetingId/comments',
    {
      config: { access: 'reader', scope: meeting },
      schema: {
        ...schema('Comment on the draft agenda (chosen reviewers)'),
        body: CommentRequestSchema,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { meetingId } = request.params;
      await commentOnAgenda(deps, actorOf(request), viewer, meetingId, request.body);
      return getAgendaForViewer(deps, viewer, meetingId);
    },
  );

  r.post(
    '/agendas/:meetingId/publish',
    {
      config: secretariat,
      schema: { ...schema('Publish the agenda to the forum'), body: EmptyBodySchema },
    },
    async (request) => {
      await publishAgenda(deps, actorOf(request), request.params.meetingId);
      return getAgendaForViewer(deps, viewerOf(request), request.params.meetingId);
    },
  );
}

/** The minutes routes: decisions, attendance, sending, approving, closing the approval. */
async function minutesRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agendas'];
  const response = { 200: AgendaSchema, ...problemResponses };
  const schema = (summary: string) => ({ tags, summary, params: MeetingParamsSchema, response });
  const meeting = byParam('meeting', 'meetingId');
  const secretariat = { access: 'secretariat' as const, scope: meeting };

  r.post(
    '/agendas/:meetingId/items/:itemId/decision',
    {
      config: secretariat,
      schema: {
        tags,
        summary:
          "Record an item's decision in the minutes (a case item's decision goes to the case)",
        params: ItemParamsSchema,
        body: ItemDecisionRequestSchema,
        response,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await recordItemDecision(deps, actorOf(request), viewer, request.params, request.body);
      return getAgendaForViewer(deps, viewer, request.params.meetingId);
    },
  );

  r.put(
    '/agendas/:meetingId/attendance',
    {
      config: secretariat,
      schema: {
        ...schema('Record attendance (the meeting’s participants)'),
        body: AttendanceRequestSchema,
      },
    },
    async (request) => {
      await recordAgendaAttendance(
        deps,
        actorOf(request),
        request.params.meetingId,
        request.body.entries,
      );
      return getAgendaForViewer(deps, viewerOf(request), request.params.meetingId);
    },
  );

  r.post(
    '/agendas/:meetingId/minutes/send',
    {
      config: secretariat,
      schema: { ...schema('Send the minutes to the members for approval'), body: EmptyBodySchema },
    },
    async (request) => {
      await sendMinutesForApproval(deps, actorOf(request), request.params.meetingId);
      return getAgendaForViewer(deps, viewerOf(request), request.params.meetingId);
    },
  );

  r.post(
    '/agendas/:meetingId/minutes/approve',
    {
      config: { access: 'reader', scope: meeting },
      schema: { ...schema('Approve the minutes (a member of the forum)'), body: EmptyBodySchema },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await approveMinutes(deps, actorOf(request), viewer, request.params.meetingId);
      return getAgendaForViewer(deps, viewer, request.params.meetingId);
    },
  );

  r.post(
    '/agendas/:meetingId/minutes/close',
    {
      config: { access: 'reader', scope: meeting },
      schema: {
        ...schema('Close the approval (the chair or the secretariat)'),
        body: EmptyBodySchema,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await closeMinutesApproval(deps, actorOf(request), viewer, request.params.meetingId);
      return getAgendaForViewer(deps, viewer, request.params.meetingId);
    },
  );
}

/** The review, publishing and minutes routes. */
export async function flowRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  await reviewRoutes(app, deps);
  await minutesRoutes(app, deps);
}
