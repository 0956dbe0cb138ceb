/** /api/meetings: list, detail, create, change, cancel and status. Reads 'reader', writes 'secretariat'. */
import { byBody, byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import {
  CancelMeetingRequestSchema,
  CreateMeetingRequestSchema,
  ListMeetingsQuerySchema,
  MeetingDetailSchema,
  MeetingListSchema,
  MeetingSavedSchema,
  MeetingSchema,
  SetMeetingStatusRequestSchema,
  UpdateMeetingRequestSchema,
} from '../../../shared/meetings.contract';
import {
  cancelMeeting,
  createMeeting,
  listMeetings,
  setMeetingStatus,
  updateMeeting,
} from './meetings.service';
import { meetingDetail, requireMeeting, type MeetingsDeps } from './participants.service';

const tags = ['meetings'];
const read = { access: 'reader' as const };
const write = { access: 'secretariat' as const };

/** Meeting routes. */
export async function meetingRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/meetings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Meetings by forum, collaboration, period and status, by start time',
        querystring: ListMeetingsQuerySchema,
        response: { 200: MeetingListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await listMeetings(deps, request.query) }),
  );

  r.post(
    '/meetings',
    {
      config: { ...write, scope: byBody('forum', 'forumId') },
      schema: {
        tags,
        summary: 'Create a meeting (409 orderingWarning unless acknowledgeWarnings)',
        body: CreateMeetingRequestSchema,
        response: { 201: MeetingSavedSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(deps, actorOf(request), request.body)),
  );

  r.get(
    '/meetings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A meeting with its participants',
        params: IdParamsSchema,
        response: { 200: MeetingDetailSchema, ...problemResponses },
      },
    },
    async (request) =>
      meetingDetail(deps.db, deps.organisation, await requireMeeting(deps.db, request.params.id)),
  );

  r.patch(
    '/meetings/:id',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: 'Change or move a meeting (a move is checked like a create)',
        params: IdParamsSchema,
        body: UpdateMeetingRequestSchema,
        response: { 200: MeetingSavedSchema, ...problemResponses },
      },
    },
    async (request) => updateMeeting(deps, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/meetings/:id/cancel',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: 'Cancel a meeting (kept, shown as cancelled in calendars)',
        params: IdParamsSchema,
        body: CancelMeetingRequestSchema,
        response: { 200: MeetingSchema, ...problemResponses },
      },
    },
    async (request) =>
      cancelMeeting(deps, actorOf(request), request.params.id, request.body.reason),
  );

  r.post(
    '/meetings/:id/status',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: 'Move a meeting along its life cycle (or reinstate a cancelled one)',
        params: IdParamsSchema,
        body: SetMeetingStatusRequestSchema,
        response: { 200: MeetingSchema, ...problemResponses },
      },
    },
    async (request) =>
      setMeetingStatus(deps, actorOf(request), request.params.id, request.body.status),
  );
}
