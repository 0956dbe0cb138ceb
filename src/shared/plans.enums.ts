/**
 * The closed value lists of the implementation plan (docs/design/plans.md): plans, goals,
 * initiatives, milestones, degrees of implementation, reporting rounds, indicators and cluster
 * priorities. Each list is an `as const` array, a zod schema and a union type.
 */
import { z } from 'zod';

/** What kind of plan: the health agreement (until 2026), a council's local health plan, … */
export const PLAN_KINDS = ['healthAgreement', 'localHealthPlan', 'other'] as const;
export const PlanKindSchema = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKindSchema>;

/** draft → adopted (by a decision in the owning forum's minutes) → ended. */
export const PLAN_STATUSES = ['draft', 'adopted', 'ended'] as const;
export const PlanStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

/** The goal hierarchy (målhierarki): a vision, its goals, their sub-goals. */
export const GOAL_LEVELS = ['vision', 'goal', 'subGoal'] as const;
export const GoalLevelSchema = z.enum(GOAL_LEVELS);
export type GoalLevel = z.infer<typeof GoalLevelSchema>;

/** Where an initiative is lifted: in each municipality, in the clusters, regionally, jointly. */
export const INITIATIVE_LEVELS = ['municipality', 'cluster', 'region', 'joint'] as const;
export const InitiativeLevelSchema = z.enum(INITIATIVE_LEVELS);
export type InitiativeLevel = z.infer<typeof InitiativeLevelSchema>;

/** An initiative's priority in a year ("prioriteres over året/årene"). */
export const YEAR_PRIORITIES = ['high', 'medium', 'low'] as const;
export const YearPrioritySchema = z.enum(YEAR_PRIORITIES);
export type YearPriority = z.infer<typeof YearPrioritySchema>;

export const MILESTONE_STATUSES = ['notStarted', 'inProgress', 'done', 'cancelled'] as const;
export const MilestoneStatusSchema = z.enum(MILESTONE_STATUSES);
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

/** What an initiative links to. */
export const PLAN_LINK_KINDS = ['case', 'agendaItem'] as const;
export const PlanLinkKindSchema = z.enum(PLAN_LINK_KINDS);
export type PlanLinkKind = z.infer<typeof PlanLinkKindSchema>;

/**
 * Whose degree of implementation a value is: a party's (a municipality, or the region for
 * region-level initiatives), a cluster's, or the plan's own for joint initiatives.
 */
export const DEGREE_SUBJECT_KINDS = ['party', 'cluster', 'plan'] as const;
export const DegreeSubjectKindSchema = z.enum(DEGREE_SUBJECT_KINDS);
export type DegreeSubjectKind = z.infer<typeof DegreeSubjectKindSchema>;

/** The default scale of degrees of implementation (keys; labels are i18n `plans.degrees.*`). */
export const DEFAULT_DEGREE_KEYS = [
  'notRelevant',
  'notStarted',
  'planned',
  'inProgress',
  'partly',
  'full',
] as const;

export const ROUND_STATUSES = ['open', 'closed'] as const;
export const RoundStatusSchema = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

export const RESPONSE_STATUSES = ['pending', 'answered'] as const;
export const ResponseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

/** Which way an indicator improves. */
export const INDICATOR_DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
export const IndicatorDirectionSchema = z.enum(INDICATOR_DIRECTIONS);
export type IndicatorDirection = z.infer<typeof IndicatorDirectionSchema>;

/** Where an indicator's values come from. */
export const INDICATOR_SOURCES = ['manual', 'import', 'public'] as const;
export const IndicatorSourceSchema = z.enum(INDICATOR_SOURCES);
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;

/** A cluster's joint priority of an initiative. */
export const CLUSTER_PRIORITIES = ['now', 'later', 'notRelevant'] as const;
export const ClusterPrioritySchema = z.enum(CLUSTER_PRIORITIES);
export type ClusterPriority = z.infer<typeof ClusterPrioritySchema>;
