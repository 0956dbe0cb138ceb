/** Changes to fora, seats and composition rules (secretariat and up). */
import { byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import { ruleLabel } from './org-present';
import {
  CompositionRuleSchema,
  ForumSchema,
  SeatSchema,
} from '../../../shared/organisation.contract';
import {
  CreateForumRequestSchema,
  CreateRuleRequestSchema,
  CreateSeatRequestSchema,
  EndRequestSchema,
  mutationResultSchema,
  UpdateForumRequestSchema,
  UpdateSeatRequestSchema,
} from '../../../shared/organisation-requests.contract';
import {
  addRule,
  createForum,
  createSeat,
  endForum,
  endRule,
  endSeat,
  updateForum,
  updateSeat,
} from './org-fora.service';
import { changeById, contextOf, createUnder, resultOf, type OrganisationDeps } from './org-http';
import type { ChangeOutcome } from './org-change';
import type { CompositionRuleRow } from './org-snapshot.repo';

const ForumResult = mutationResultSchema(ForumSchema);
const SeatResult = mutationResultSchema(SeatSchema);
const RuleResult = mutationResultSchema(CompositionRuleSchema);

function ruleResult(outcome: ChangeOutcome<CompositionRuleRow>) {
  const rule = outcome.result;
  return { item: { ...rule, label: ruleLabel(rule.spec) }, newBreaches: outcome.newBreaches };
}

/** Forum, seat and rule changes. */
export async function organisationForaRoutes(
  app: FastifyInstance,
  deps: OrganisationDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = contextOf(deps);

  r.post(
    '/org/collaborations/:id/fora',
    createUnder(
      'Create a forum in a collaboration',
      CreateForumRequestSchema,
      ForumResult,
      byParam('collaboration'),
    ),
    async (request, reply) => {
      const outcome = await createForum(org, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(resultOf(outcome));
    },
  );
  r.patch(
    '/org/fora/:id',
    changeById(
      'Change a forum as of a date (a new version)',
      UpdateForumRequestSchema,
      ForumResult,
      byParam('forum'),
    ),
    async (request) =>
      resultOf(await updateForum(org, actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/org/fora/:id/end',
    changeById(
      'End a forum with its seats, appointments and rules',
      EndRequestSchema,
      ForumResult,
      byParam('forum'),
    ),
    async (request) =>
      resultOf(await endForum(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/fora/:id/seats',
    createUnder('Add a seat to a forum', CreateSeatRequestSchema, SeatResult, byParam('forum')),
    async (request, reply) => {
      const outcome = await createSeat(org, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(resultOf(outcome));
    },
  );
  r.patch(
    '/org/seats/:id',
    changeById(
      'Change a seat as of a date (a new version)',
      UpdateSeatRequestSchema,
      SeatResult,
      byParam('seat'),
    ),
    async (request) =>
      resultOf(await updateSeat(org, actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/org/seats/:id/end',
    changeById('End a seat with its appointments', EndRequestSchema, SeatResult, byParam('seat')),
    async (request) =>
      resultOf(await endSeat(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/fora/:id/rules',
    createUnder(
      'Declare a composition rule on a forum',
      CreateRuleRequestSchema,
      RuleResult,
      byParam('forum'),
    ),
    async (request, reply) => {
      const outcome = await addRule(org, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(ruleResult(outcome));
    },
  );
  r.post(
    '/org/rules/:id/end',
    changeById('End a composition rule', EndRequestSchema, RuleResult, byParam('rule')),
    async (request) =>
      ruleResult(await endRule(org, actorOf(request), request.params.id, request.body)),
  );
}
