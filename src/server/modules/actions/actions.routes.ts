/**
 * /api/actions: decision follow-up actions (issue 12, point 5). Who may do what is decided in
 * actions.service.ts; the routes check the least role and what the call acts on.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ActionListQuerySchema,
  ActionPageSchema,
  ActionParamsSchema,
  ActionProposalQuerySchema,
  ActionProposalSchema,
  AddFollowUpItemRequestSchema,
  AddFollowUpItemResponseSchema,
  CreateActionRequestSchema,
  DecisionActionSchema,
  FollowUpForaSchema,
  UpdateActionRequestSchema,
} from '../../../shared/actions.contract';
import { todayInDenmark } from '../../../shared/dates';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam, uuidOf, type TargetRule } from '../../platform/scope';
import { viewerOf, type CaseDeps } from '../cases/index';
import {
  actionProposal,
  createAction,
  followUpFora,
  listActions,
  updateAction,
} from './actions.service';
import { addFollowUpItem } from './follow-up.service';

/** The deciding meeting, and the follow-up forum when one is chosen. */
const createScope: TargetRule = (input) => {
  const meeting = byBody('meeting', 'meetingId')(input);
  if (!meeting) return undefined;
  return [...meeting, ...(byBody('forum', 'followUpForumId')(input) ?? [])];
};

/** The meeting named in the query string. */
const meetingOfQuery: TargetRule = ({ query }) => {
  const id = uuidOf(query.meetingId);
  return id ? [{ kind: 'meeting', id }] : undefined;
};

export async function actionsRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['actions'];

  r.get(
    '/actions',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary:
          'Decision actions, paged (filters: follow-up forum, owner, status, overdue on a day)',
        querystring: ActionListQuerySchema,
        response: { 200: ActionPageSchema, ...problemResponses },
      },
    },
    async (request) => listActions(deps, request.query, todayInDenmark()),
  );

  r.get(
    '/actions/fora',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'The fora that follow up any action (the follow-up page’s filter)',
        response: { 200: FollowUpForaSchema, ...problemResponses },
      },
    },
    async () => followUpFora(deps),
  );

  r.get(
    '/actions/proposal',
    {
      config: { access: 'secretariat', scope: meetingOfQuery },
      schema: {
        tags,
        summary: 'What the "add action" form needs for one minutes decision',
        querystring: ActionProposalQuerySchema,
        response: { 200: ActionProposalSchema, ...problemResponses },
      },
    },
    async (request) => actionProposal(deps, viewerOf(request), request.query),
  );

  r.post(
    '/actions',
    {
      config: { access: 'secretariat', scope: createScope },
      schema: {
        tags,
        summary: 'Create an action from a decision in the minutes',
        body: CreateActionRequestSchema,
        response: { 201: DecisionActionSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createAction(
            deps,
            actorOf(request),
            viewerOf(request),
            request.body,
            todayInDenmark(),
          ),
        ),
  );

  r.patch(
    '/actions/:id',
    {
      // The owner need not be secretariat nor sit where the action lies: the service decides.
      config: { access: 'reader', scope: byParam('decisionAction') },
      schema: {
        tags,
        summary: "Change an action's status and/or add a progress note",
        params: ActionParamsSchema,
        body: UpdateActionRequestSchema,
        response: { 200: DecisionActionSchema, ...problemResponses },
      },
    },
    async (request) =>
      updateAction(
        deps,
        actorOf(request),
        viewerOf(request),
        request.params.id,
        request.body,
        todayInDenmark(),
      ),
  );

  r.post(
    '/actions/agenda-item',
    {
      config: { access: 'secretariat', scope: byBody('meeting', 'meetingId') },
      schema: {
        tags,
        summary: "Put the meeting's overdue actions on its agenda as one information item (once)",
        body: AddFollowUpItemRequestSchema,
        response: { 200: AddFollowUpItemResponseSchema, ...problemResponses },
      },
    },
    async (request) => addFollowUpItem(deps, actorOf(request), request.body.meetingId),
  );
}
