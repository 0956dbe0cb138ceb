/**
 * The case (sag) as it travels between fora: its route of steps and its append-only event log.
 * Plain data described by zod schemas, so the server can validate what it stores and serves
 * and the web can render it as is; the types are inferred from the schemas.
 */
import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../../shared/dates';
import {
  CaseErrorCodeSchema,
  CaseEventKindSchema,
  CaseFlagSchema,
  CaseTypeSchema,
  ReturnModeSchema,
  StepOriginSchema,
  StepStatusSchema,
} from '../../shared/cases.enums';

/** One forum on the route. */
export const CaseStepSchema = z.object({
  /** Unique within the case; generated as `<caseId>-<n>`. */
  id: z.string().min(1),
  forumId: z.string().min(1),
  status: StepStatusSchema,
  origin: StepOriginSchema,
  meetingId: z.string().nullable(),
  /** The forum's recommendation (indstilling) to the next forum. */
  recommendation: z.string().nullable(),
  /** The decision text, or the reason for `returned`/`skipped`/`withdrawn`. */
  decisionText: z.string().nullable(),
  decidedOn: IsoDateSchema.nullable(),
  /**
   * Return steps only (origin `trail`, issue 12): what the forum is to do with the decision
   * that came back (`decisionText`/`decidedOn` carry that decision), the deciding step it came
   * from, and when and with what note the forum noted or acted on it. Null on route steps.
   */
  returnMode: ReturnModeSchema.nullable(),
  returnOf: z.string().nullable(),
  notedOn: IsoDateSchema.nullable(),
  noteText: z.string().nullable(),
});
export type CaseStep = z.infer<typeof CaseStepSchema>;

/** Something that happened to the case; never changed or removed once recorded. */
export const CaseEventSchema = z.object({
  /** Recording order, from 1. */
  seq: z.number().int().min(1),
  kind: CaseEventKindSchema,
  on: IsoDateSchema,
  stepId: z.string().nullable(),
  /** The forum where it happened. */
  forumId: z.string().min(1),
  /** Where the case went: the next forum (up) or the forum it returned to (down). */
  toForumId: z.string().nullable(),
  meetingId: z.string().nullable(),
  text: z.string().nullable(),
  actorId: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** A case. */
export const CaseSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  summary: z.string(),
  type: CaseTypeSchema,
  flags: z.array(CaseFlagSchema),
  /** The cluster it was raised in (null when raised outside a cluster), for screening. */
  clusterId: z.string().nullable(),
  raisedInForumId: z.string().min(1),
  /** Where final decisions flow back to; the raising forum, or its successor after a reform. */
  returnToForumId: z.string().min(1),
  raisedOn: IsoDateSchema,
  steps: z.array(CaseStepSchema),
  events: z.array(CaseEventSchema),
});
export type Case = z.infer<typeof CaseSchema>;

/** A refused transition: an i18n code with its parameters. */
export const CaseErrorSchema = z.object({
  code: CaseErrorCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type CaseError = z.infer<typeof CaseErrorSchema>;

/** The outcome of a transition: the new case, or why it was refused. Inputs are never mutated. */
export type CaseResult = { ok: true; case: Case } | { ok: false; error: CaseError };

/** Who and when, common to every transition. */
export interface TransitionContext {
  on: IsoDate;
  actorId?: string;
}
