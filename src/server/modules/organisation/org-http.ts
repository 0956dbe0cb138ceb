/** Shared pieces of the organisation routes: dependencies, route options and results. */
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { HeavyWork } from '../../platform/heavy-routes';
import { problemResponses } from '../../platform/http';
import type { ScopeRule } from '../../platform/scope';
import { OrgIdParamsSchema } from '../../../shared/organisation.contract';
import { orgContext, type ChangeOutcome, type OrgContext } from './org-change';
import type { MeetingDatesProvider } from './org-snapshot.repo';

/** What the organisation routes are registered with (from app.ts). */
export interface OrganisationDeps {
  db: Db;
  /** Meeting dates per forum for the cadence rule; the meetings module supplies it. */
  meetingDates?: MeetingDatesProvider;
  /** The worker pool and rate limit of the file routes (check, import, reform). */
  heavy: HeavyWork;
}

/** The services' context for a set of route dependencies. */
export function contextOf(deps: OrganisationDeps): OrgContext {
  return { ...orgContext(deps.db, deps.meetingDates), workers: deps.heavy.workers };
}

/** OpenAPI tag of every organisation route. */
export const TAGS = ['organisation'];

/** Options of a read route with an `:id` and `?date` (readers and up). */
export function readById<Q extends z.ZodType, R extends z.ZodType>(
  summary: string,
  querystring: Q,
  response: R,
) {
  return {
    config: { access: 'reader' as const },
    schema: {
      tags: TAGS,
      summary,
      params: OrgIdParamsSchema,
      querystring,
      response: { 200: response, ...problemResponses },
    },
  };
}

/** Options of a change on an `:id` answering 200 (secretariat and up, where `scope` holds). */
export function changeById<B extends z.ZodType, R extends z.ZodType>(
  summary: string,
  body: B,
  response: R,
  scope: ScopeRule,
) {
  return {
    config: { access: 'secretariat' as const, scope },
    schema: {
      tags: TAGS,
      summary,
      params: OrgIdParamsSchema,
      body,
      response: { 200: response, ...problemResponses },
    },
  };
}

/** Options of a creation under an `:id` answering 201 (secretariat and up). */
export function createUnder<B extends z.ZodType, R extends z.ZodType>(
  summary: string,
  body: B,
  response: R,
  scope: ScopeRule,
) {
  return {
    config: { access: 'secretariat' as const, scope },
    schema: {
      tags: TAGS,
      summary,
      params: OrgIdParamsSchema,
      body,
      response: { 201: response, ...problemResponses },
    },
  };
}

/** Options of a top-level creation answering 201 (secretariat and up). */
export function create<B extends z.ZodType, R extends z.ZodType>(
  summary: string,
  body: B,
  response: R,
  scope: ScopeRule,
) {
  return {
    config: { access: 'secretariat' as const, scope },
    schema: { tags: TAGS, summary, body, response: { 201: response, ...problemResponses } },
  };
}

/** A change's answer: the item and the breaches the caller acknowledged. */
export function resultOf<T>(outcome: ChangeOutcome<T>): {
  item: T;
  newBreaches: ChangeOutcome<T>['newBreaches'];
} {
  return { item: outcome.result, newBreaches: outcome.newBreaches };
}
