/**
 * /api/agendas/:meetingId: the agenda of a meeting (read through getAgendaForViewer) and
 * building it: add case steps and free items, change, move and remove items. Also
 * POST /api/cases/:id/steps/:stepId/place, which places a case step on a meeting's agenda.
 */
import { allOf, byBody, byCaseStep, byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AddItemRequestSchema,
  AgendaCandidatesQuerySchema,
  AgendaCandidatesSchema,
  AgendaSchema,
  ItemParamsSchema,
  MeetingParamsSchema,
  MoveItemRequestSchema,
  UpdateItemRequestSchema,
} from '../../../shared/agendas.contract';
import {
  CaseDetailSchema,
  CaseStepParamsSchema,
  PlaceStepRequestSchema,
} from '../../../shared/cases.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { getCaseForViewer, viewerOf, type CaseDeps } from '../cases/index';
import { getAgendaForViewer } from './agendas.view';
import { agendaCandidates } from './candidates.service';
import { updateAgendaItem } from './items.content.service';
import { addCaseItem, addFreeItem, moveItem, removeItem } from './items.service';

/** The "add a case" offer: the cases waiting in the meeting's forum (issue 11). */
function candidatesRoute(app: FastifyInstance, deps: CaseDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agendas'];
  const secretariat = { access: 'secretariat' as const, scope: byParam('meeting', 'meetingId') };
  r.get(
    '/agendas/:meetingId/candidates',
    {
      config: secretariat,
      schema: {
        tags,
        summary:
          'The cases waiting in the meeting’s forum, with what adding each does (place, move, or not possible)',
        params: MeetingParamsSchema,
        querystring: AgendaCandidatesQuerySchema,
        response: { 200: AgendaCandidatesSchema, ...problemResponses },
      },
    },
    async (request) =>
      agendaCandidates(deps, viewerOf(request), request.params.meetingId, request.query),
  );
}

/** The agenda-building routes. */
export async function agendasRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agendas'];
  const meeting = byParam('meeting', 'meetingId');
  const secretariat = { access: 'secretariat' as const, scope: meeting };
  candidatesRoute(app, deps);
  const agenda = { 200: AgendaSchema, ...problemResponses };

  r.get(
    '/agendas/:meetingId',
    {
      config: { access: 'reader', scope: meeting },
      schema: {
        tags,
        summary:
          'The agenda and minutes of a meeting (closed items as placeholders for non-members)',
        params: MeetingParamsSchema,
        response: agenda,
      },
    },
    async (request) => getAgendaForViewer(deps, viewerOf(request), request.params.meetingId),
  );

  r.post(
    '/agendas/:meetingId/items',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Add a case step (placed on this meeting) or a free item, as the last item',
        params: MeetingParamsSchema,
        body: AddItemRequestSchema,
        response: { 201: AgendaSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { meetingId } = request.params;
      const body = request.body;
      if (body.kind === 'case') await addCaseItem(deps, actorOf(request), viewer, meetingId, body);
      else await addFreeItem(deps, actorOf(request), meetingId, body);
      return reply.status(201).send(await getAgendaForViewer(deps, viewer, meetingId));
    },
  );

  r.patch(
    '/agendas/:meetingId/items/:itemId',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Change an item: wording, type, closed (with its legal basis), recommendation',
        params: ItemParamsSchema,
        body: UpdateItemRequestSchema,
        response: agenda,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await updateAgendaItem(deps, actorOf(request), viewer, request.params, request.body);
      return getAgendaForViewer(deps, viewer, request.params.meetingId);
    },
  );

  r.post(
    '/agendas/:meetingId/items/:itemId/move',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Move an item to an explicit position (1 = first)',
        params: ItemParamsSchema,
        body: MoveItemRequestSchema,
        response: agenda,
      },
    },
    async (request) => {
      const { meetingId, itemId } = request.params;
      await moveItem(deps, actorOf(request), meetingId, itemId, request.body.position);
      return getAgendaForViewer(deps, viewerOf(request), meetingId);
    },
  );

  r.delete(
    '/agendas/:meetingId/items/:itemId',
    {
      config: secretariat,
      schema: {
        tags,
        summary: 'Remove a free item from a draft agenda',
        params: ItemParamsSchema,
        response: agenda,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { meetingId, itemId } = request.params;
      await removeItem(deps, actorOf(request), viewer, meetingId, itemId);
      return getAgendaForViewer(deps, viewer, meetingId);
    },
  );

  r.post(
    '/cases/:id/steps/:stepId/place',
    {
      config: { ...secretariat, scope: allOf(byCaseStep, byBody('meeting', 'meetingId')) },
      schema: {
        tags: ['cases', 'agendas'],
        summary: "Place a case step on a meeting of its forum (adds it to the meeting's agenda)",
        params: CaseStepParamsSchema,
        body: PlaceStepRequestSchema,
        response: { 200: CaseDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const { id, stepId } = request.params;
      // Choosing a meeting for a step already placed is the case page's explicit move.
      await addCaseItem(deps, actorOf(request), viewer, request.body.meetingId, {
        caseId: id,
        stepId,
        move: true,
      });
      return getCaseForViewer(deps, viewer, id);
    },
  );
}
