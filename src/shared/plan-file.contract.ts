/**
 * The plan spreadsheet (docs/plan-file.md; issue 9, item 7): the spreadsheet a secretariat
 * already keeps, one row per initiative, and a second sheet with the goal hierarchy. Read from
 * XLSX or CSV, checked with per-row Danish errors, compared with the stored plan (a diff as the
 * organisation import shows it), and written back to XLSX or CSV.
 */
import { z } from 'zod';
import { GoalLevelSchema, InitiativeLevelSchema, YearPrioritySchema } from './plans.enums';
import { FileRowErrorSchema } from './plan-indicators.contract';

/** The initiative sheet's name and the goal sheet's name in an XLSX file. */
export const PLAN_FILE_SHEETS = { initiatives: 'Indsatser', goals: 'Mål' } as const;

/** The initiative sheet's fixed columns (before and after the `prioritet <år>` columns). */
export const PLAN_FILE_COLUMNS = {
  number: 'nummer',
  title: 'titel',
  description: 'beskrivelse',
  level: 'niveau',
  goalCode: 'mål',
  goalTitle: 'mål-titel',
  forum: 'ansvarligt forum',
  parties: 'deltagende parter',
  economy: 'økonomi (kr.)',
  payer: 'betaler',
  milestones: 'milepæle',
} as const;
/** The prefix of a year's priority column: `prioritet 2025`. */
export const PLAN_FILE_PRIORITY_PREFIX = 'prioritet ';

/** The goal sheet's columns. */
export const PLAN_FILE_GOAL_COLUMNS = {
  code: 'kode',
  level: 'niveau',
  title: 'titel',
  parent: 'overordnet',
} as const;

/** The Danish words of the sheet for the closed lists. */
export const PLAN_FILE_LEVEL_WORDS = {
  municipality: 'kommune',
  cluster: 'klynge',
  region: 'region',
  joint: 'fælles',
} as const;
export const PLAN_FILE_GOAL_LEVEL_WORDS = {
  vision: 'vision',
  goal: 'mål',
  subGoal: 'delmål',
} as const;
export const PLAN_FILE_PRIORITY_WORDS = { high: 'høj', medium: 'middel', low: 'lav' } as const;

/** Limits of a plan file. */
export const PLAN_FILE_LIMITS = {
  /** The largest file in bytes (XLSX or CSV). */
  maxBytes: 5 * 1024 * 1024,
  maxInitiatives: 2000,
  maxGoals: 500,
  maxMilestonesPerInitiative: 100,
} as const;

/** A goal of the file. */
export const PlanFileGoalSchema = z.object({
  code: z.string(),
  level: GoalLevelSchema,
  title: z.string(),
  parentCode: z.string().nullable(),
});
export type PlanFileGoal = z.infer<typeof PlanFileGoalSchema>;

export const PlanFileMilestoneSchema = z.object({ dueDate: z.string(), title: z.string() });
export type PlanFileMilestone = z.infer<typeof PlanFileMilestoneSchema>;

/** An initiative of the file (fora and parties by name, as the sheet writes them). */
export const PlanFileInitiativeSchema = z.object({
  number: z.string(),
  title: z.string(),
  description: z.string(),
  level: InitiativeLevelSchema,
  goalCode: z.string().nullable(),
  forumName: z.string().nullable(),
  partyNames: z.array(z.string()),
  priorities: z.array(z.object({ year: z.int(), priority: YearPrioritySchema })),
  economyDkk: z.int().nullable(),
  payer: z.string(),
  milestones: z.array(PlanFileMilestoneSchema),
});
export type PlanFileInitiative = z.infer<typeof PlanFileInitiativeSchema>;

/** A whole plan file. */
export const PlanFileSchema = z.object({
  goals: z.array(PlanFileGoalSchema),
  initiatives: z.array(PlanFileInitiativeSchema),
  /** The years of the `prioritet <år>` columns, in order. */
  years: z.array(z.int()),
});
export type PlanFile = z.infer<typeof PlanFileSchema>;

export const PlanFileImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('true').describe('true: only report the diff'),
  effectiveFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('Day changes take effect (default: today in Denmark)'),
});

/** One changed field: its column name and the old and new text. */
export const PlanFileFieldChangeSchema = z.object({
  field: z.string(),
  from: z.string(),
  to: z.string(),
});

/** The changes of one kind (goals or initiatives), by code/number. */
export const PlanFileKindDiffSchema = z.object({
  added: z.array(z.string()),
  changed: z.array(z.object({ key: z.string(), fields: z.array(PlanFileFieldChangeSchema) })),
  ended: z.array(z.string()).describe('In the plan, not in the file: ended on effectiveFrom'),
  unchanged: z.int(),
});
export type PlanFileKindDiff = z.infer<typeof PlanFileKindDiffSchema>;

/** The diff of a plan import (what a dry run would do, or what a real import did). */
export const PlanImportDiffSchema = z
  .object({
    planId: z.uuid(),
    dryRun: z.boolean(),
    noop: z.boolean().describe('The plan already matches the file'),
    effectiveFrom: z.string(),
    counts: z.object({ added: z.int(), changed: z.int(), ended: z.int(), unchanged: z.int() }),
    goals: PlanFileKindDiffSchema,
    initiatives: PlanFileKindDiffSchema,
  })
  .meta({ id: 'PlanImportDiff' });
export type PlanImportDiff = z.infer<typeof PlanImportDiffSchema>;

/** The result of checking a file without a plan (CLI `plan check`). */
export const PlanFileCheckResultSchema = z.object({
  valid: z.boolean(),
  goals: z.int(),
  initiatives: z.int(),
  errors: z.array(FileRowErrorSchema),
});
export type PlanFileCheckResult = z.infer<typeof PlanFileCheckResultSchema>;

export const PlanExportParamsSchema = z.object({ id: z.uuid() });
