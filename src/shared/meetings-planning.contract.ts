/**
 * The planning part of the meetings API: series from a forum's cadence, agenda deadlines along
 * preparation chains, and dated multi-body process templates (seed 003). Split from
 * meetings.contract.ts to keep files small.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  BilingualSchema,
  DateTimeInputSchema,
  MeetingSchema,
  SchedulingWarningSchema,
  TimeOfDaySchema,
} from './meetings.contract';
import {
  MeetingKindSchema,
  MeetingWeekdaySchema,
  ProcessWarningCodeSchema,
  SeriesAdjustmentSchema,
} from './meetings.enums';

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/** What to propose a series for: forum, period, weekday and time. */
export const SeriesPreviewRequestSchema = z.object({
  forumId: z.uuid(),
  collaborationId: z.uuid().optional(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  weekday: MeetingWeekdaySchema,
  time: TimeOfDaySchema,
  /** Meetings a year; default the cadence's maximum. */
  perYear: z.number().int().min(0).max(366).optional(),
  /** Overrides the forum's cadence (required while the forum has none). */
  cadence: z
    .object({ min: z.number().int().min(0).max(366), max: z.number().int().min(0).max(366) })
    .optional(),
  avoidMonths: z.array(z.number().int().min(1).max(12)).max(12).optional(),
});
export type SeriesPreviewRequest = z.infer<typeof SeriesPreviewRequestSchema>;

/** One proposed date, with why it moved and its scheduling warnings. */
export const SeriesProposalSchema = z.object({
  date: IsoDateSchema,
  startsAt: z.string(),
  idealDate: IsoDateSchema,
  adjustments: z.array(SeriesAdjustmentSchema),
  /**
   * Why the date moved, one sentence per move naming the day, e.g. "Flyttet fra Anden påskedag
   * (6. april 2026) til tirsdag den 7. april."
   */
  explanations: z.array(BilingualSchema),
  warnings: z.array(SchedulingWarningSchema),
});

/** The proposed series (nothing saved). */
export const SeriesPreviewSchema = z.object({
  forumId: z.uuid(),
  cadence: z.object({ min: z.number().int(), max: z.number().int() }),
  targetCount: z.number().int(),
  coveredByExisting: z.number().int(),
  unplaced: z.number().int(),
  proposals: z.array(SeriesProposalSchema),
});
export type SeriesPreview = z.infer<typeof SeriesPreviewSchema>;

/** A series to create from the proposals. */
export const CreateSeriesRequestSchema = SeriesPreviewRequestSchema.extend({
  title: z.string().trim().min(1).max(300),
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .default(120),
  location: z.string().trim().max(500).nullable().optional(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  kind: MeetingKindSchema.default('ordinary'),
  /** The proposals to create (by date); default all. */
  dates: z.array(IsoDateSchema).max(400).optional(),
  acknowledgeWarnings: z.boolean().default(false),
});
export type CreateSeriesRequest = z.infer<typeof CreateSeriesRequestSchema>;

/** The created series and the warnings acknowledged. */
export const SeriesCreatedSchema = z.object({
  seriesId: z.uuid(),
  meetings: z.array(MeetingSchema),
  warnings: z.array(SchedulingWarningSchema),
});
export type SeriesCreated = z.infer<typeof SeriesCreatedSchema>;

/** Which preparation chains to compute deadlines for. */
export const DeadlinesQuerySchema = z.object({
  /** Start the chain in this forum; default every forum that prepares the meeting's forum. */
  fromForumId: z.uuid().optional(),
  today: IsoDateSchema.optional(),
});

/** One step of a deadline plan. */
export const DeadlineStepSchema = z.object({
  forumId: z.string(),
  forumName: z.string().nullable(),
  meetingId: z.string().nullable(),
  meetingDate: IsoDateSchema.nullable(),
  latestMeetingDate: IsoDateSchema,
  earliestMeetingDate: IsoDateSchema.nullable(),
  agendaDeadline: IsoDateSchema,
  ruleId: z.string().nullable(),
  isPast: z.boolean(),
});

/** The deadlines along one preparation chain, lowest forum first. */
export const DeadlinePlanSchema = z.object({
  chain: z.array(z.string()),
  steps: z.array(DeadlineStepSchema),
  latestSubmissionDate: IsoDateSchema,
  complete: z.boolean(),
});

/** A meeting's agenda deadline and its preparation chains' plans. */
export const MeetingDeadlinesSchema = z.object({
  meetingId: z.uuid(),
  agendaDeadline: IsoDateSchema,
  plans: z.array(DeadlinePlanSchema),
});
export type MeetingDeadlines = z.infer<typeof MeetingDeadlinesSchema>;

const TemplateStepSchema = z.object({
  key: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  description: z.string().max(4000),
  forum: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('forum'), forumId: z.uuid() }),
    z.object({ kind: z.literal('role'), role: z.string().min(1).max(100) }),
  ]),
  dependsOn: z.string().min(1).max(100).nullable(),
  offsetDays: z.number().int().min(-3650).max(3650).nullable(),
  fixedDate: IsoDateSchema.optional(),
  windowDays: z.number().int().min(1).max(366).optional(),
  startTime: TimeOfDaySchema.optional(),
  endTime: TimeOfDaySchema.optional(),
});

/** A process template: built in (by key) or given inline. */
export const ProcessTemplateInputSchema = z.object({
  key: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  anchorStepKey: z.string().min(1).max(100),
  steps: z.array(TemplateStepSchema).min(1).max(50),
});
export type ProcessTemplateInput = z.infer<typeof ProcessTemplateInputSchema>;

/** The built-in process templates. */
export const ProcessTemplateListSchema = z.object({ items: z.array(ProcessTemplateInputSchema) });

/** A template (by key or inline) and how to place it in the calendar. */
export const ProcessPreviewRequestSchema = z
  .object({
    templateKey: z.string().min(1).max(100).optional(),
    template: ProcessTemplateInputSchema.optional(),
    collaborationId: z.uuid().optional(),
    anchorDate: IsoDateSchema.optional(),
    fixedDates: z.record(z.string().max(100), IsoDateSchema).optional(),
    forumsByRole: z.record(z.string().max(100), z.array(z.uuid()).max(50)).optional(),
  })
  .refine((v) => (v.templateKey === undefined) !== (v.template === undefined), {
    message: 'Angiv enten templateKey eller template',
    path: ['templateKey'],
  });
export type ProcessPreviewRequest = z.infer<typeof ProcessPreviewRequestSchema>;

/** A meeting draft from a template step. */
export const MeetingDraftSchema = z.object({
  draftKey: z.string(),
  stepKey: z.string(),
  title: z.string(),
  description: z.string(),
  forumId: z.string().nullable(),
  forumRole: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  windowStart: IsoDateSchema.nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  dateGiven: z.boolean(),
  predecessorDraftKeys: z.array(z.string()),
});

/** A problem found while placing a template, with its texts. */
export const ProcessWarningEntrySchema = z.object({
  stepKey: z.string(),
  code: ProcessWarningCodeSchema,
  params: Params,
  message: BilingualSchema,
});

/** A template placed in the calendar (nothing saved). */
export const ProcessPreviewSchema = z.object({
  templateKey: z.string(),
  title: z.string(),
  drafts: z.array(MeetingDraftSchema),
  warnings: z.array(ProcessWarningEntrySchema),
  schedulingWarnings: z.array(SchedulingWarningSchema),
});
export type ProcessPreview = z.infer<typeof ProcessPreviewSchema>;

/** A process to create: the preview's input plus times and choices. */
export const CreateProcessRequestSchema = z
  .object({
    templateKey: z.string().min(1).max(100).optional(),
    template: ProcessTemplateInputSchema.optional(),
    collaborationId: z.uuid().optional(),
    anchorDate: IsoDateSchema.optional(),
    fixedDates: z.record(z.string().max(100), IsoDateSchema).optional(),
    forumsByRole: z.record(z.string().max(100), z.array(z.uuid()).max(50)).optional(),
    /** Start/end per draft key, for drafts whose template step has no times. */
    times: z
      .record(
        z.string().max(200),
        z.object({ startsAt: DateTimeInputSchema, endsAt: DateTimeInputSchema }),
      )
      .optional(),
    defaultStartTime: TimeOfDaySchema.default('10:00'),
    defaultEndTime: TimeOfDaySchema.default('12:00'),
    skipDraftKeys: z.array(z.string().max(200)).max(100).default([]),
    /** Drafts realised by meetings that already exist (linked, not created). */
    existingMeetingIds: z.record(z.string().max(200), z.uuid()).optional(),
    /** Meeting kind per step key; default `ordinary`. */
    kinds: z.record(z.string().max(100), MeetingKindSchema).optional(),
    location: z.string().trim().max(500).nullable().optional(),
    acknowledgeWarnings: z.boolean().default(false),
  })
  .refine((v) => (v.templateKey === undefined) !== (v.template === undefined), {
    message: 'Angiv enten templateKey eller template',
    path: ['templateKey'],
  });
export type CreateProcessRequest = z.infer<typeof CreateProcessRequestSchema>;

/** The process's created meetings and the warnings acknowledged. */
export const ProcessCreatedSchema = z.object({
  processInstanceId: z.uuid(),
  meetings: z.array(MeetingSchema),
  warnings: z.array(SchedulingWarningSchema),
});
export type ProcessCreated = z.infer<typeof ProcessCreatedSchema>;
