/** /api/meetings/:id/participants, attendance and history. Secretariat. */
import { byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import {
  AddParticipantRequestSchema,
  MeetingDetailSchema,
  ParticipantParamsSchema,
  RecordAttendanceRequestSchema,
  UpdateParticipantRequestSchema,
} from '../../../shared/meetings.contract';
import {
  addParticipant,
  recordAttendance,
  removeParticipant,
  resyncParticipants,
  updateParticipant,
  type MeetingsDeps,
} from './participants.service';
import { meetingHistory } from './history.service';
import {
  MeetingHistoryPageSchema,
  MeetingHistoryQuerySchema,
} from '../../../shared/meetings-history.contract';

const tags = ['meetings'];
const write = { access: 'secretariat' as const };
const response = { 200: MeetingDetailSchema, ...problemResponses };

/** Participant routes, and the meeting's history (which tells who was invited when). */
export async function participantRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/meetings/:id/history',
    {
      // The history names who changed what: the secretariat's view, like the audit log's.
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: "The meeting's history (changes to it and its participants), newest first",
        params: IdParamsSchema,
        querystring: MeetingHistoryQuerySchema,
        response: { 200: MeetingHistoryPageSchema, ...problemResponses },
      },
    },
    async (request) => meetingHistory(deps, request.params.id, request.query),
  );

  r.post(
    '/meetings/:id/participants',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: 'Add a guest, a widened-circle participant or another person',
        params: IdParamsSchema,
        body: AddParticipantRequestSchema,
        response,
      },
    },
    async (request) => addParticipant(deps, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/meetings/:id/participants/sync',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: "Re-derive the invitation list from the forum's members on the meeting day",
        params: IdParamsSchema,
        response,
      },
    },
    async (request) => resyncParticipants(deps, actorOf(request), request.params.id),
  );

  r.patch(
    '/meetings/:id/participants/:participantId',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: "Change a participant's role, invitation, attendance or note",
        params: ParticipantParamsSchema,
        body: UpdateParticipantRequestSchema,
        response,
      },
    },
    async (request) => updateParticipant(deps, actorOf(request), request.params, request.body),
  );

  r.delete(
    '/meetings/:id/participants/:participantId',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: 'Remove a participant added by hand',
        params: ParticipantParamsSchema,
        response,
      },
    },
    async (request) => removeParticipant(deps, actorOf(request), request.params),
  );

  r.put(
    '/meetings/:id/attendance',
    {
      config: { ...write, scope: byParam('meeting') },
      schema: {
        tags,
        summary: 'Record attendance for several participants',
        params: IdParamsSchema,
        body: RecordAttendanceRequestSchema,
        response,
      },
    },
    async (request) => recordAttendance(deps, actorOf(request), request.params.id, request.body),
  );
}
