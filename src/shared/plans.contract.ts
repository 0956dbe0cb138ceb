/**
 * The implementation plan API contract (issue 9, docs/design/plans.md): plans, their owner over
 * time, the goal hierarchy, initiatives with milestones and links, the degree scale, recorded
 * degrees and the clusters' priorities. Shared by server and web. Lists are paged with an opaque
 * `cursor` (`nextCursor` null on the last page).
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  ClusterPrioritySchema,
  DegreeSubjectKindSchema,
  GoalLevelSchema,
  InitiativeLevelSchema,
  MilestoneStatusSchema,
  PlanKindSchema,
  PlanLinkKindSchema,
  PlanStatusSchema,
  YearPrioritySchema,
} from './plans.enums';

export const PLAN_LIMITS = {
  title: 300,
  description: 20_000,
  key: 80,
  code: 40,
  comment: 4_000,
  note: 2_000,
  participatingParties: 200,
  yearPriorities: 20,
  pageMax: 200,
  pageDefault: 50,
} as const;

const Title = z.string().trim().min(1).max(PLAN_LIMITS.title);
const Description = z.string().max(PLAN_LIMITS.description);
/** A plan's stable handle: lower-case letters, digits and dashes. */
export const PlanKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(PLAN_LIMITS.key)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

// ---------------------------------------------------------------- paging and params

export const PageQuerySchema = z.object({
  cursor: z.string().max(400).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PLAN_LIMITS.pageMax)
    .default(PLAN_LIMITS.pageDefault),
});

export const PlanParamsSchema = z.object({ id: z.uuid() });
export const GoalParamsSchema = z.object({ id: z.uuid(), goalId: z.uuid() });
export const InitiativeParamsSchema = z.object({ id: z.uuid(), initiativeId: z.uuid() });
export const MilestoneParamsSchema = InitiativeParamsSchema.extend({ milestoneId: z.uuid() });
export const LinkParamsSchema = InitiativeParamsSchema.extend({ linkId: z.uuid() });
export const PriorityParamsSchema = InitiativeParamsSchema.extend({ clusterId: z.uuid() });

export const AsOfSchema = z.object({ asOf: IsoDateSchema.optional() });

// ---------------------------------------------------------------- the degree scale

/** One step of a scale: a key, an own label (null = the default's translated label), a score. */
export const DegreeStepSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/),
  label: z.string().trim().min(1).max(100).nullable(),
  /** 0–100 for rollups; null = not counted (e.g. "ikke relevant"). */
  score: z.number().int().min(0).max(100).nullable(),
});
export type DegreeStepInput = z.infer<typeof DegreeStepSchema>;

/** A custom scale: 2–10 steps with unique keys (checked again by the domain). */
export const DegreeScaleSchema = z.array(DegreeStepSchema).min(2).max(10);

/** A step as the API returns it: with its label in Danish and English (own label or default). */
export const DegreeStepViewSchema = DegreeStepSchema.extend({
  labelDa: z.string(),
  labelEn: z.string(),
});
export type DegreeStepView = z.infer<typeof DegreeStepViewSchema>;

// ---------------------------------------------------------------- plans

export const PlanListQuerySchema = PageQuerySchema.extend({
  collaborationId: z.uuid().optional(),
  asOf: IsoDateSchema.optional(),
});

export const PlanSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  key: z.string(),
  kind: PlanKindSchema,
  title: z.string(),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema.nullable(),
  status: PlanStatusSchema,
  adoptedOn: IsoDateSchema.nullable(),
  endedOn: IsoDateSchema.nullable(),
  fictional: z.boolean(),
  /** The owning forum as of the date asked (or today). */
  ownerForumId: z.uuid().nullable(),
  ownerForumName: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListSchema = z.object({
  items: z.array(PlanSummarySchema),
  nextCursor: z.string().nullable(),
});

export const CreatePlanSchema = z.object({
  collaborationId: z.uuid(),
  ownerForumId: z.uuid(),
  key: PlanKeySchema,
  kind: PlanKindSchema,
  title: Title,
  description: Description.default(''),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema.nullable().optional(),
  /** Omitted: the default scale. */
  degreeScale: DegreeScaleSchema.optional(),
  fictional: z.boolean().optional(),
});
export type CreatePlan = z.infer<typeof CreatePlanSchema>;

export const UpdatePlanSchema = z
  .object({
    key: PlanKeySchema,
    kind: PlanKindSchema,
    title: Title,
    description: Description,
    periodFrom: IsoDateSchema,
    periodTo: IsoDateSchema.nullable(),
  })
  .partial();

export const AdoptPlanSchema = z.object({ agendaItemId: z.uuid() });
export const EndSchema = z.object({ on: IsoDateSchema });
export const PutScaleSchema = z.object({ degreeScale: DegreeScaleSchema });

export const PlanOwnerSchema = z.object({
  forumId: z.uuid(),
  forumName: z.string().nullable(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
});

export const GoalSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: GoalLevelSchema,
  code: z.string(),
  title: z.string(),
  description: z.string(),
  position: z.number().int(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
  /** Initiatives hanging directly on it (valid on the date asked). */
  initiativeCount: z.number().int(),
});
export type Goal = z.infer<typeof GoalSchema>;

export interface GoalNode extends Goal {
  children: GoalNode[];
}
export const GoalNodeSchema: z.ZodType<GoalNode> = z.lazy(() =>
  GoalSchema.extend({ children: z.array(GoalNodeSchema) }),
);

export const PlanDetailSchema = PlanSummarySchema.extend({
  description: z.string(),
  adoptedAgendaItemId: z.uuid().nullable(),
  asOf: IsoDateSchema,
  owners: z.array(PlanOwnerSchema),
  goals: z.array(GoalNodeSchema),
  counts: z.object({
    goals: z.number().int(),
    initiatives: z.number().int(),
    initiativesByLevel: z.record(z.string(), z.number().int()),
    milestones: z.number().int(),
    lateMilestones: z.number().int(),
  }),
  degreeScale: z.array(DegreeStepViewSchema),
});
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

// ---------------------------------------------------------------- goals

export const CreateGoalSchema = z.object({
  parentId: z.uuid().nullable().default(null),
  level: GoalLevelSchema,
  code: z.string().trim().min(1).max(PLAN_LIMITS.code),
  title: Title,
  description: Description.default(''),
  position: z.number().int().min(0).max(100_000).optional(),
  validFrom: IsoDateSchema.optional(),
});

export const UpdateGoalSchema = z
  .object({
    parentId: z.uuid().nullable(),
    level: GoalLevelSchema,
    code: z.string().trim().min(1).max(PLAN_LIMITS.code),
    title: Title,
    description: Description,
    position: z.number().int().min(0).max(100_000),
  })
  .partial();

// ---------------------------------------------------------------- initiatives

export const YearPriorityEntrySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  priority: YearPrioritySchema,
});

const InitiativeFields = {
  goalId: z.uuid().nullable(),
  number: z.string().trim().min(1).max(PLAN_LIMITS.code),
  title: Title,
  description: Description,
  level: InitiativeLevelSchema,
  responsibleForumId: z.uuid().nullable(),
  participatingPartyIds: z.array(z.uuid()).max(PLAN_LIMITS.participatingParties),
  yearPriorities: z.array(YearPriorityEntrySchema).max(PLAN_LIMITS.yearPriorities),
  economyDkk: z.number().int().min(0).max(1e15).nullable(),
  economyNote: z.string().max(PLAN_LIMITS.note),
  payer: z.string().max(PLAN_LIMITS.title),
  position: z.number().int().min(0).max(100_000),
};

export const CreateInitiativeSchema = z.object({
  ...InitiativeFields,
  goalId: InitiativeFields.goalId.default(null),
  description: Description.default(''),
  responsibleForumId: InitiativeFields.responsibleForumId.default(null),
  participatingPartyIds: InitiativeFields.participatingPartyIds.default([]),
  yearPriorities: InitiativeFields.yearPriorities.default([]),
  economyDkk: InitiativeFields.economyDkk.default(null),
  economyNote: InitiativeFields.economyNote.default(''),
  payer: InitiativeFields.payer.default(''),
  position: InitiativeFields.position.optional(),
  /** The first day it applies; default the plan's first day. */
  validFrom: IsoDateSchema.optional(),
});
export type CreateInitiative = z.infer<typeof CreateInitiativeSchema>;

export const UpdateInitiativeSchema = z.object(InitiativeFields).partial();

export const InitiativeListQuerySchema = PageQuerySchema.extend({
  goalId: z.uuid().optional(),
  level: InitiativeLevelSchema.optional(),
  asOf: IsoDateSchema.optional(),
});

export const InitiativeSummarySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  goalId: z.uuid().nullable(),
  number: z.string(),
  title: z.string(),
  level: InitiativeLevelSchema,
  responsibleForumId: z.uuid().nullable(),
  participatingPartyIds: z.array(z.uuid()),
  yearPriorities: z.array(YearPriorityEntrySchema),
  economyDkk: z.number().nullable(),
  payer: z.string(),
  position: z.number().int(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
});
export type InitiativeSummary = z.infer<typeof InitiativeSummarySchema>;

export const InitiativeListSchema = z.object({
  items: z.array(InitiativeSummarySchema),
  nextCursor: z.string().nullable(),
});

export const MilestoneSchema = z.object({
  id: z.uuid(),
  initiativeId: z.uuid(),
  title: z.string(),
  dueDate: IsoDateSchema,
  status: MilestoneStatusSchema,
  completedOn: IsoDateSchema.nullable(),
  position: z.number().int(),
  /** Past its due date (as of the date asked) and neither done nor cancelled. */
  late: z.boolean(),
});

export const LinkSchema = z.object({
  id: z.uuid(),
  kind: PlanLinkKindSchema,
  targetId: z.uuid(),
  /** The case's or agenda item's title (a closed item: "Lukket punkt"). */
  title: z.string(),
});

export const SubjectSchema = z.object({
  kind: DegreeSubjectKindSchema,
  id: z.uuid(),
  name: z.string(),
});
export type Subject = z.infer<typeof SubjectSchema>;

export const CurrentDegreeSchema = z.object({
  subject: SubjectSchema,
  /** Null when nothing is recorded yet. */
  degree: z.string().nullable(),
  labelDa: z.string().nullable(),
  labelEn: z.string().nullable(),
  score: z.number().nullable(),
  comment: z.string(),
  recordedOn: IsoDateSchema.nullable(),
});

export const ClusterPriorityViewSchema = z.object({
  clusterId: z.uuid(),
  clusterName: z.string(),
  priority: ClusterPrioritySchema,
  note: z.string(),
  decidedOn: IsoDateSchema,
});

export const InitiativeDetailSchema = InitiativeSummarySchema.extend({
  description: z.string(),
  economyNote: z.string(),
  responsibleForumName: z.string().nullable(),
  participatingParties: z.array(z.object({ id: z.uuid(), name: z.string() })),
  milestones: z.array(MilestoneSchema),
  links: z.array(LinkSchema),
  subjects: z.array(SubjectSchema),
  degrees: z.array(CurrentDegreeSchema),
  clusterPriorities: z.array(ClusterPriorityViewSchema),
});
export type InitiativeDetail = z.infer<typeof InitiativeDetailSchema>;

// ---------------------------------------------------------------- milestones and links

export const CreateMilestoneSchema = z.object({
  title: Title,
  dueDate: IsoDateSchema,
  status: MilestoneStatusSchema.default('notStarted'),
  completedOn: IsoDateSchema.nullable().default(null),
  position: z.number().int().min(0).max(100_000).optional(),
});
export const UpdateMilestoneSchema = z
  .object({
    title: Title,
    dueDate: IsoDateSchema,
    status: MilestoneStatusSchema,
    completedOn: IsoDateSchema.nullable(),
    position: z.number().int().min(0).max(100_000),
  })
  .partial();

export const CreateLinkSchema = z.object({ kind: PlanLinkKindSchema, targetId: z.uuid() });

// ---------------------------------------------------------------- degrees

export const RecordDegreeSchema = z.object({
  initiativeId: z.uuid(),
  subjectKind: DegreeSubjectKindSchema,
  subjectId: z.uuid(),
  /** A key of the plan's scale. */
  degree: z.string().trim().min(1).max(40),
  comment: z.string().max(PLAN_LIMITS.comment).default(''),
  recordedOn: IsoDateSchema,
});
export type RecordDegree = z.infer<typeof RecordDegreeSchema>;

export const DegreeEntrySchema = z.object({
  id: z.uuid(),
  initiativeId: z.uuid(),
  subjectKind: DegreeSubjectKindSchema,
  subjectId: z.uuid(),
  degree: z.string(),
  labelDa: z.string(),
  labelEn: z.string(),
  score: z.number().nullable(),
  comment: z.string(),
  recordedOn: IsoDateSchema,
  roundId: z.uuid().nullable(),
  carried: z.boolean(),
  changed: z.boolean(),
});
export type DegreeEntry = z.infer<typeof DegreeEntrySchema>;

export const DegreeHistoryQuerySchema = PageQuerySchema.extend({ subjectId: z.uuid().optional() });
export const DegreeHistorySchema = z.object({
  items: z.array(DegreeEntrySchema),
  nextCursor: z.string().nullable(),
});

// ---------------------------------------------------------------- cluster priorities

export const PutPrioritySchema = z.object({
  priority: ClusterPrioritySchema,
  note: z.string().max(PLAN_LIMITS.note).default(''),
  decidedOn: IsoDateSchema,
});

/** Initiatives × clusters, side by side. */
export const PriorityMatrixSchema = z.object({
  clusters: z.array(z.object({ id: z.uuid(), name: z.string() })),
  rows: z.array(
    z.object({
      initiativeId: z.uuid(),
      number: z.string(),
      title: z.string(),
      /** Per cluster id; a cluster that has not decided is missing. */
      priorities: z.record(
        z.string(),
        z.object({ priority: ClusterPrioritySchema, note: z.string(), decidedOn: IsoDateSchema }),
      ),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export const PriorityMatrixQuerySchema = PageQuerySchema.extend({ asOf: IsoDateSchema.optional() });

export const OkSchema = z.object({ ok: z.literal(true) });
