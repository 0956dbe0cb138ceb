/**
 * The history API contract (issue 12 point 6, "bringing history in"): a secretariat records a
 * case that was treated before Samspil, with its real past dates: the raising day, each forum
 * on the route with its (past) meeting, the recommendation and the decision. Shared by the
 * domain check (src/domain/history), the server and the web form.
 */
import { z } from 'zod';
import { CASE_LIMITS } from './cases.contract';
import { CaseEventKindSchema, CaseFlagSchema, CaseTypeSchema } from './cases.enums';
import { IsoDateSchema } from './dates';
import { BilingualSchema, TimeOfDaySchema } from './meetings.contract';

/** Limits of a record and of an import file. */
export const HISTORY_LIMITS = {
  steps: CASE_LIMITS.routeLength,
  /** Rows of one import file (one row per step). */
  importRows: 5_000,
  /** Cases of one import file. */
  importCases: 1_000,
  importBytes: 5 * 1024 * 1024,
} as const;

const Text = (max: number) => z.string().trim().min(1).max(max);

/** A meeting that already exists in Samspil. */
export const ExistingMeetingSchema = z.object({ existingMeetingId: z.uuid() }).strict();

/** A past meeting to create: its day, and optionally its times and title. */
export const NewHistoryMeetingSchema = z
  .object({
    date: IsoDateSchema,
    start: TimeOfDaySchema.optional(),
    end: TimeOfDaySchema.optional(),
    title: z.string().trim().min(1).max(300).optional(),
    location: z.string().trim().max(300).optional(),
  })
  .strict();
export type NewHistoryMeeting = z.infer<typeof NewHistoryMeetingSchema>;

export const HistoryMeetingSchema = z.union([ExistingMeetingSchema, NewHistoryMeetingSchema]);
export type HistoryMeeting = z.infer<typeof HistoryMeetingSchema>;

/** One forum of the recorded route. */
export const HistoryStepSchema = z
  .object({
    forumId: z.uuid(),
    meeting: HistoryMeetingSchema.optional(),
    recommendation: Text(CASE_LIMITS.text).optional(),
    decision: z
      .object({ text: Text(CASE_LIMITS.text), final: z.boolean().default(false) })
      .strict()
      .optional(),
    /** The step was bypassed (no meeting, no decision). */
    skipped: z
      .object({ reason: Text(CASE_LIMITS.text) })
      .strict()
      .optional(),
  })
  .strict();
export type HistoryStep = z.infer<typeof HistoryStepSchema>;

/** A case as it was treated, with its real dates. */
export const HistoryCaseSchema = z
  .object({
    title: Text(CASE_LIMITS.title),
    summary: z.string().trim().max(CASE_LIMITS.summary).default(''),
    body: z.string().trim().max(CASE_LIMITS.body).default(''),
    type: CaseTypeSchema,
    flags: z.array(CaseFlagSchema).max(4).default([]),
    confidential: z.boolean().default(false),
    raisedInForumId: z.uuid(),
    raisedOn: IsoDateSchema,
    steps: z.array(HistoryStepSchema).min(1).max(HISTORY_LIMITS.steps),
  })
  .strict();
export type HistoryCase = z.infer<typeof HistoryCaseSchema>;

/** POST /api/history/cases: one case; `preview` checks and answers without writing. */
export const RecordHistoryRequestSchema = HistoryCaseSchema.extend({
  collaborationId: z.uuid(),
  preview: z.boolean().default(false),
}).strict();
export type RecordHistoryRequest = z.infer<typeof RecordHistoryRequestSchema>;

/** A problem (or warning) found in a record: a code, its parameters and its texts. */
export const HistoryProblemSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: BilingualSchema,
});
export type HistoryProblem = z.infer<typeof HistoryProblemSchema>;

/** What a record creates (or would create). */
export const HistoryPlanSchema = z.object({
  title: z.string(),
  raisedOn: IsoDateSchema,
  meetings: z.array(
    z.object({
      step: z.number().int(),
      forumId: z.string(),
      forumName: z.string().nullable(),
      date: IsoDateSchema,
      existing: z.boolean(),
      meetingId: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({ kind: CaseEventKindSchema, on: IsoDateSchema, forumName: z.string().nullable() }),
  ),
});
export type HistoryPlan = z.infer<typeof HistoryPlanSchema>;

/** The answer for one case: created (caseId) or previewed; problems block a commit. */
export const HistoryResultSchema = z.object({
  preview: z.boolean(),
  caseId: z.string().nullable(),
  problems: z.array(HistoryProblemSchema),
  warnings: z.array(HistoryProblemSchema),
  plan: HistoryPlanSchema.nullable(),
});
export type HistoryResult = z.infer<typeof HistoryResultSchema>;

/** GET /api/history/cases/:id: how a case was brought in (null: recorded as it happened). */
export const HistoryRecordViewSchema = z.object({
  record: z
    .object({
      recordedOn: IsoDateSchema,
      recordedByName: z.string().nullable(),
      source: z.enum(['form', 'import']),
      /** The events up to this number were recorded later ("indført"). */
      throughSeq: z.number().int(),
    })
    .nullable(),
});
export type HistoryRecordView = z.infer<typeof HistoryRecordViewSchema>;

/** One case of an import file: its key, rows, and result. */
export const ImportCaseResultSchema = z.object({
  key: z.string(),
  rows: z.array(z.number().int()),
  result: HistoryResultSchema,
});

/** POST /api/history/import: the file's report; with `commit`, all or nothing per file. */
export const ImportReportSchema = z.object({
  preview: z.boolean(),
  committed: z.boolean(),
  /** Problems of the file itself (columns, rows that cannot be read). */
  fileProblems: z.array(HistoryProblemSchema),
  cases: z.array(ImportCaseResultSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** Query of POST /api/history/import. */
export const ImportQuerySchema = z
  .object({
    collaborationId: z.uuid(),
    commit: z.enum(['true', 'false']).default('false'),
  })
  .strict();
