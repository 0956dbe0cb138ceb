/**
 * The reporting rounds and views API of the implementation plan (issue 9, items 4, 6, 8): a round
 * the secretariat opens, each party's one form (pre-filled with the last values; "ingen
 * ændringer" is one request; a change is one field), its live status and burden, closing, the
 * contact's to-do list, and the views: heatmap, progress, trend, a municipality's profile and a
 * status snapshot for a meeting's agenda. Degrees are keys of the plan's scale
 * (`plans.degree_scale`); labels of the default keys are i18n `planRounds.degrees.*`.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  DegreeSubjectKindSchema,
  InitiativeLevelSchema,
  ResponseStatusSchema,
  RoundStatusSchema,
} from './plans.enums';

export const ROUND_LIMITS = {
  title: 300,
  comment: 2_000,
  initiatives: 2_000,
  parties: 500,
  changes: 5_000,
  reminderDays: 10,
} as const;

const DegreeKey = z.string().trim().min(1).max(60);

/** One step of a plan's scale as served (label resolved: the plan's own or the default's). */
export const DegreeStepViewSchema = z.object({
  key: z.string(),
  label: z.string().nullable(),
  score: z.number().nullable(),
});
export type DegreeStepView = z.infer<typeof DegreeStepViewSchema>;

// ---------------------------------------------------------------------------------------------
// Params and queries

export const PlanParamsSchema = z.object({ id: z.uuid() });
export const RoundParamsSchema = z.object({ roundId: z.uuid() });
export const RoundPartyParamsSchema = z.object({ roundId: z.uuid(), partyId: z.uuid() });
export const PlanPartyParamsSchema = z.object({ id: z.uuid(), partyId: z.uuid() });

export const RoundListQuerySchema = z.object({
  status: RoundStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type RoundListQuery = z.infer<typeof RoundListQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Opening and listing rounds

/** Opening a round. Defaults: every active initiative with party subjects; every municipality. */
export const OpenRoundRequestSchema = z.object({
  title: z.string().trim().min(1).max(ROUND_LIMITS.title),
  deadline: IsoDateSchema,
  /** The day it opens (default today, Danish time). */
  opensOn: IsoDateSchema.optional(),
  initiativeIds: z.array(z.uuid()).min(1).max(ROUND_LIMITS.initiatives).optional(),
  partyIds: z.array(z.uuid()).min(1).max(ROUND_LIMITS.parties).optional(),
  /** Days before the deadline on which non-responders get a reminder (default [7, 1]). */
  reminderDays: z.array(z.number().int().min(0).max(365)).max(ROUND_LIMITS.reminderDays).optional(),
});
export type OpenRoundRequest = z.infer<typeof OpenRoundRequestSchema>;

/** A round in a list. */
export const RoundSummarySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  title: z.string(),
  opensOn: IsoDateSchema,
  deadline: IsoDateSchema,
  status: RoundStatusSchema,
  closedOn: IsoDateSchema.nullable(),
  initiativeCount: z.number().int(),
  partyCount: z.number().int(),
  answeredCount: z.number().int(),
  reminderDays: z.array(z.number().int()),
});
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

export const RoundListSchema = z.object({
  items: z.array(RoundSummarySchema),
  total: z.number().int(),
});
export type RoundList = z.infer<typeof RoundListSchema>;

/** A party's status in a round: answered or pending, when, and the burden (fields touched). */
export const RoundPartyStatusSchema = z.object({
  partyId: z.uuid(),
  partyName: z.string(),
  status: ResponseStatusSchema,
  answeredAt: z.string().nullable(),
  noChanges: z.boolean(),
  /** The burden: how many fields the party had to touch. */
  fieldsTouched: z.number().int(),
  remindedOn: IsoDateSchema.nullable(),
});
export type RoundPartyStatus = z.infer<typeof RoundPartyStatusSchema>;

/** A round with its live status per party. */
export const RoundDetailSchema = RoundSummarySchema.extend({
  planTitle: z.string(),
  initiativeIds: z.array(z.uuid()),
  parties: z.array(RoundPartyStatusSchema),
  /** The total burden: fields touched by every party. */
  totalFieldsTouched: z.number().int(),
  scale: z.array(DegreeStepViewSchema),
});
export type RoundDetail = z.infer<typeof RoundDetailSchema>;

// ---------------------------------------------------------------------------------------------
// The party's form and its answer

/** One field of the form: an initiative for a subject, pre-filled with the last value. */
export const RoundFormFieldSchema = z.object({
  initiativeId: z.uuid(),
  number: z.string(),
  title: z.string(),
  level: InitiativeLevelSchema,
  goalId: z.uuid().nullable(),
  subjectKind: DegreeSubjectKindSchema,
  subjectId: z.uuid(),
  /** The last recorded value before this round (null = never recorded). */
  lastDegree: z.string().nullable(),
  lastComment: z.string(),
  lastRecordedOn: IsoDateSchema.nullable(),
  /** The value this round holds now (the party's answer, or the pre-filled last value). */
  degree: z.string().nullable(),
  comment: z.string(),
  /** True when the party's answer in this round changed this field. */
  changed: z.boolean(),
});
export type RoundFormField = z.infer<typeof RoundFormFieldSchema>;

export const RoundFormSchema = z.object({
  roundId: z.uuid(),
  roundTitle: z.string(),
  planId: z.uuid(),
  planTitle: z.string(),
  partyId: z.uuid(),
  partyName: z.string(),
  deadline: IsoDateSchema,
  roundStatus: RoundStatusSchema,
  status: ResponseStatusSchema,
  answeredAt: z.string().nullable(),
  noChanges: z.boolean(),
  fieldsTouched: z.number().int(),
  scale: z.array(DegreeStepViewSchema),
  fields: z.array(RoundFormFieldSchema),
});
export type RoundForm = z.infer<typeof RoundFormSchema>;

/** One changed field. Fields left out keep their last value. */
export const RoundChangeSchema = z.object({
  initiativeId: z.uuid(),
  degree: DegreeKey,
  comment: z.string().trim().max(ROUND_LIMITS.comment).optional(),
});
export type RoundChange = z.infer<typeof RoundChangeSchema>;

export const RoundAnswerRequestSchema = z.object({
  changes: z.array(RoundChangeSchema).max(ROUND_LIMITS.changes),
});
export type RoundAnswerRequest = z.infer<typeof RoundAnswerRequestSchema>;

/** "Ingen ændringer": an empty body (or `{}`). */
export const NoChangesRequestSchema = z.object({}).strict().optional();

/** The contact's to-do list: open rounds the user may answer. */
export const MyRoundSchema = z.object({
  roundId: z.uuid(),
  roundTitle: z.string(),
  planId: z.uuid(),
  planTitle: z.string(),
  partyId: z.uuid(),
  partyName: z.string(),
  deadline: IsoDateSchema,
  status: ResponseStatusSchema,
  answeredAt: z.string().nullable(),
});
export type MyRound = z.infer<typeof MyRoundSchema>;
export const MyRoundListSchema = z.object({ items: z.array(MyRoundSchema) });

// ---------------------------------------------------------------------------------------------
// Views

export const HeatmapQuerySchema = z.object({
  /** Default: the latest closed round. An open round is allowed for the secretariat (live). */
  roundId: z.uuid().optional(),
  goalId: z.uuid().optional(),
  level: InitiativeLevelSchema.optional(),
  clusterId: z.uuid().optional(),
});
export type HeatmapQuery = z.infer<typeof HeatmapQuerySchema>;

export const HeatmapInitiativeSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  level: InitiativeLevelSchema,
  goalId: z.uuid().nullable(),
});
export const HeatmapPartySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  clusterIds: z.array(z.uuid()),
});

/** A cell of `Heatmap.cells` with nothing recorded. */
export const HEATMAP_NONE = '-';

/**
 * Municipalities × initiatives, compact: `cells[i]` is party `parties[i]`'s row, one character per
 * initiative of `initiatives` (same order): the index of the degree on `scale` ('0'–'9'; a scale
 * has at most 10 steps) or `HEATMAP_NONE` ('-') when nothing is recorded. Parties by name.
 */
export const HeatmapSchema = z.object({
  planId: z.uuid(),
  round: RoundSummarySchema.nullable(),
  live: z.boolean(),
  scale: z.array(DegreeStepViewSchema),
  initiatives: z.array(HeatmapInitiativeSchema),
  parties: z.array(HeatmapPartySchema),
  cells: z.array(z.string().regex(/^[0-9-]*$/)),
});
export type Heatmap = z.infer<typeof HeatmapSchema>;

export const RoundQuerySchema = z.object({ roundId: z.uuid().optional() });

/** A rollup: the average score of counted degrees, and the count per degree. */
export const RollupSchema = z.object({
  /** 0–100; null when no counted degree. */
  average: z.number().nullable(),
  /** Values with a scored degree. */
  counted: z.number().int(),
  /** Every value, including unscored degrees (e.g. "ikke relevant"). */
  total: z.number().int(),
  distribution: z.record(z.string(), z.number().int()),
});
export type Rollup = z.infer<typeof RollupSchema>;

export const ProgressSchema = z.object({
  planId: z.uuid(),
  round: RoundSummarySchema.nullable(),
  live: z.boolean(),
  scale: z.array(DegreeStepViewSchema),
  region: RollupSchema,
  goals: z.array(
    RollupSchema.extend({ goalId: z.uuid().nullable(), code: z.string(), title: z.string() }),
  ),
  clusters: z.array(RollupSchema.extend({ clusterId: z.uuid(), name: z.string() })),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const TrendSchema = z.object({
  planId: z.uuid(),
  scale: z.array(DegreeStepViewSchema),
  rounds: z.array(
    RollupSchema.extend({
      roundId: z.uuid(),
      title: z.string(),
      closedOn: IsoDateSchema.nullable(),
      deadline: IsoDateSchema,
      /** Fields touched by every party in the round. */
      burden: z.number().int(),
    }),
  ),
});
export type Trend = z.infer<typeof TrendSchema>;

/** A municipality's profile within a plan. */
export const PartyProfileSchema = z.object({
  planId: z.uuid(),
  partyId: z.uuid(),
  partyName: z.string(),
  scale: z.array(DegreeStepViewSchema),
  round: RoundSummarySchema.nullable(),
  summary: RollupSchema,
  degrees: z.array(
    z.object({
      initiativeId: z.uuid(),
      number: z.string(),
      title: z.string(),
      degree: z.string().nullable(),
      comment: z.string(),
      recordedOn: IsoDateSchema.nullable(),
      /** The value in the closed round before (null = none). */
      previousDegree: z.string().nullable(),
      changedSinceLastRound: z.boolean(),
    }),
  ),
  answers: z.array(
    z.object({
      roundId: z.uuid(),
      title: z.string(),
      deadline: IsoDateSchema,
      roundStatus: RoundStatusSchema,
      status: ResponseStatusSchema,
      answeredAt: z.string().nullable(),
      noChanges: z.boolean(),
      fieldsTouched: z.number().int(),
    }),
  ),
});
export type PartyProfile = z.infer<typeof PartyProfileSchema>;

/** Putting a status snapshot on a meeting's agenda. */
export const SnapshotRequestSchema = z.object({ meetingId: z.uuid() });
export const SnapshotResultSchema = z.object({
  meetingId: z.uuid(),
  agendaItemId: z.uuid(),
  title: z.string(),
  text: z.string(),
});
export type SnapshotResult = z.infer<typeof SnapshotResultSchema>;

/** Running the reminder job for a day (tests, operations). */
export const ReminderRunSchema = z.object({ sent: z.number().int(), parties: z.number().int() });

/** The scale index of a heatmap cell (row `cells[i]`, column `j`); -1 when nothing is recorded. */
export function heatmapIndex(row: string, j: number): number {
  const n = row.charCodeAt(j) - 48;
  return n >= 0 && n <= 9 ? n : -1;
}

/** The degree key of a heatmap cell on the heatmap's `scale`; null when nothing is recorded. */
export function heatmapDegree(
  scale: readonly { key: string }[],
  row: string,
  j: number,
): string | null {
  return scale[heatmapIndex(row, j)]?.key ?? null;
}
