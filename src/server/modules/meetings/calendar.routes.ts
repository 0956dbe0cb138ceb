/**
 * /api/meetings calendar data: closure days, ordering rules (incl. seed 004's set), the
 * calendar check and the calendar view. Reads 'reader', writes 'secretariat'.
 */
import { allOf, byBody, byParam, collaborationOrNational } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import { IdParamsSchema, NoContentSchema, problemResponses } from '../../platform/http';
import {
  CalendarCheckSchema,
  CalendarViewSchema,
  ClosureDayEntrySchema,
  ClosureDayListSchema,
  ClosureDayQuerySchema,
  CreateClosureDayRequestSchema,
  CreateOrderingRuleRequestSchema,
  OrderingRuleEntrySchema,
  OrderingRuleListSchema,
  OrderingRuleQuerySchema,
  PeriodQuerySchema,
  Seed004RulesRequestSchema,
  UpdateOrderingRuleRequestSchema,
} from '../../../shared/meetings.contract';
import {
  calendarView,
  checkPeriod,
  createOrderingRule,
  createSeed004Rules,
  deleteOrderingRule,
  listOrderingRules,
  updateOrderingRule,
} from './calendar.service';
import { createClosureDay, deleteClosureDay, listClosureDays } from './closures.service';
import type { MeetingsDeps } from './participants.service';

const tags = ['meetings'];
const read = { access: 'reader' as const };
const write = { access: 'secretariat' as const };

/** Closure-day routes. */
async function closureDayRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/meetings/closure-days',
    {
      config: read,
      schema: {
        tags,
        summary: 'Closure days: the built-in ones and those declared',
        querystring: ClosureDayQuerySchema,
        response: { 200: ClosureDayListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await listClosureDays(deps, request.query.collaborationId) }),
  );
  r.post(
    '/meetings/closure-days',
    {
      config: { ...write, scope: collaborationOrNational('collaborationId') },
      schema: {
        tags,
        summary: 'Declare a closure day (annual or one date)',
        body: CreateClosureDayRequestSchema,
        response: { 201: ClosureDayEntrySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createClosureDay(deps, actorOf(request), request.body)),
  );
  r.delete(
    '/meetings/closure-days/:id',
    {
      config: { ...write, scope: byParam('closureDay') },
      schema: {
        tags,
        summary: 'Delete a declared closure day',
        params: IdParamsSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteClosureDay(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** Ordering-rule routes. */
async function orderingRuleRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/meetings/ordering-rules',
    {
      config: read,
      schema: {
        tags,
        summary: 'Ordering rules by collaboration or forum',
        querystring: OrderingRuleQuerySchema,
        response: { 200: OrderingRuleListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await listOrderingRules(deps, request.query) }),
  );
  r.post(
    '/meetings/ordering-rules',
    {
      config: {
        ...write,
        scope: allOf(byBody('collaboration', 'collaborationId'), byBody('forum', 'forumId')),
      },
      schema: {
        tags,
        summary: 'Declare an ordering rule (422 orderingRuleInvalid for a broken set)',
        body: CreateOrderingRuleRequestSchema,
        response: { 201: OrderingRuleEntrySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrderingRule(deps, actorOf(request), request.body)),
  );
  r.post(
    '/meetings/ordering-rules/seed-004',
    {
      config: { ...write, scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary: "Declare seed 004's rule set (SSU after KKR, pre-meetings, TSS prepares SSU)",
        body: Seed004RulesRequestSchema,
        response: { 201: OrderingRuleListSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ items: await createSeed004Rules(deps, actorOf(request), request.body) }),
  );
  r.patch(
    '/meetings/ordering-rules/:id',
    {
      config: { ...write, scope: byParam('orderingRule') },
      schema: {
        tags,
        summary: "Change a rule's kind, days or note",
        params: IdParamsSchema,
        body: UpdateOrderingRuleRequestSchema,
        response: { 200: OrderingRuleEntrySchema, ...problemResponses },
      },
    },
    async (request) => updateOrderingRule(deps, actorOf(request), request.params.id, request.body),
  );
  r.delete(
    '/meetings/ordering-rules/:id',
    {
      config: { ...write, scope: byParam('orderingRule') },
      schema: {
        tags,
        summary: 'Delete a rule',
        params: IdParamsSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteOrderingRule(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** Calendar routes: closure days, ordering rules, check and view. */
export async function calendarRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await closureDayRoutes(app, deps);
  await orderingRuleRoutes(app, deps);
  r.get(
    '/meetings/calendar-check',
    {
      config: read,
      schema: {
        tags,
        summary: 'Check every meeting of a period against the rules, with suggested dates',
        querystring: PeriodQuerySchema,
        response: { 200: CalendarCheckSchema, ...problemResponses },
      },
    },
    async (request) => checkPeriod(deps, request.query),
  );
  r.get(
    '/meetings/calendar',
    {
      config: read,
      schema: {
        tags,
        summary: 'Calendar view: meetings of a period with its holidays and closure days',
        querystring: PeriodQuerySchema,
        response: { 200: CalendarViewSchema, ...problemResponses },
      },
    },
    async (request) => calendarView(deps, request.query),
  );
}
