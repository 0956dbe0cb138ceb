/**
 * The API contract of joint funding applications (issue 13): pools (puljer), applications with
 * their budget split, links, status steps and reporting obligations, and the overview of what a
 * collaboration's clusters have applied for and won. Money is integer øre.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { APPLICATION_STATUSES } from './funding.enums';
import { MAX_ORE } from './money';

const text = (max: number) => z.string().trim().min(1).max(max);
const Ore = z.number().int().min(0).max(MAX_ORE);

/** An http(s) address. */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, message: 'Adressen skal begynde med http:// eller https://' })
  .max(1000);

export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);

const Page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

// ------------------------------------------------------------------ pools

export const PoolInputSchema = z.object({
  collaborationId: z.uuid(),
  owner: text(200),
  title: text(300),
  amountOre: Ore,
  deadline: IsoDateSchema,
  criteriaUrl: HttpUrlSchema,
});
export type PoolInput = z.infer<typeof PoolInputSchema>;

export const PoolUpdateSchema = PoolInputSchema.omit({ collaborationId: true });
export type PoolUpdate = z.infer<typeof PoolUpdateSchema>;

export const PoolSchema = PoolInputSchema.extend({
  id: z.uuid(),
  applicationCount: z.number().int(),
});
export type Pool = z.infer<typeof PoolSchema>;

export const PoolListQuerySchema = z.object({ collaborationId: z.uuid(), ...Page });
export const PoolListSchema = z.object({ items: z.array(PoolSchema), total: z.number().int() });
export type PoolList = z.infer<typeof PoolListSchema>;

export const PoolParamsSchema = z.object({ poolId: z.uuid() });

// ------------------------------------------------------------------ applications

export const BudgetShareSchema = z.object({ partyId: z.uuid(), amountOre: Ore });

export const ApplicationInputSchema = z.object({
  poolId: z.uuid(),
  ownerForumId: z.uuid(),
  title: text(300),
  description: z.string().trim().max(5000).default(''),
  leadPartyId: z.uuid(),
  totalBudgetOre: Ore,
  shares: z.array(BudgetShareSchema).min(1).max(200),
  initiativeIds: z.array(z.uuid()).max(100).default([]),
  pilotIds: z.array(z.uuid()).max(100).default([]),
  /** The day the idea is recorded (default today). */
  ideaOn: IsoDateSchema.optional(),
});
export type ApplicationInput = z.infer<typeof ApplicationInputSchema>;

export const ApplicationUpdateSchema = ApplicationInputSchema.omit({
  poolId: true,
  ownerForumId: true,
  ideaOn: true,
});
export type ApplicationUpdate = z.infer<typeof ApplicationUpdateSchema>;

export const ApplicationParamsSchema = z.object({ applicationId: z.uuid() });

export const StatusStepSchema = z.object({
  to: ApplicationStatusSchema,
  on: IsoDateSchema,
  amountGrantedOre: Ore.nullable().optional(),
});
export type StatusStepInput = z.infer<typeof StatusStepSchema>;

export const ObligationInputSchema = z.object({ title: text(300), dueDate: IsoDateSchema });
export const ObligationUpdateSchema = z.object({
  done: z.boolean(),
  /** The day it was done (default today); ignored when `done` is false. */
  on: IsoDateSchema.optional(),
});
export const ObligationParamsSchema = z.object({
  applicationId: z.uuid(),
  obligationId: z.uuid(),
});

export const ObligationSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  title: z.string(),
  dueDate: IsoDateSchema,
  doneOn: IsoDateSchema.nullable(),
  overdue: z.boolean(),
});
export type Obligation = z.infer<typeof ObligationSchema>;

const Named = z.object({ id: z.uuid(), name: z.string() });

export const ApplicationSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  title: z.string(),
  status: ApplicationStatusSchema,
  pool: z.object({ id: z.uuid(), title: z.string(), owner: z.string() }),
  ownerForum: Named,
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  leadParty: Named,
  year: z.number().int(),
  totalBudgetOre: z.number().int(),
  amountGrantedOre: z.number().int().nullable(),
  ideaOn: IsoDateSchema,
  preparationOn: IsoDateSchema.nullable(),
  submittedOn: IsoDateSchema.nullable(),
  decidedOn: IsoDateSchema.nullable(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>;

export const ApplicationDetailSchema = ApplicationSummarySchema.extend({
  description: z.string(),
  pool: PoolSchema.omit({ applicationCount: true }),
  shares: z.array(BudgetShareSchema.extend({ partyName: z.string() })),
  initiatives: z.array(
    z.object({ id: z.uuid(), planId: z.uuid(), number: z.string(), title: z.string() }),
  ),
  pilotIds: z.array(z.uuid()),
  obligations: z.array(ObligationSchema),
  nextStatuses: z.array(ApplicationStatusSchema),
  editable: z.boolean(),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetailSchema>;

export const ApplicationListQuerySchema = z.object({
  collaborationId: z.uuid(),
  status: ApplicationStatusSchema.optional(),
  poolId: z.uuid().optional(),
  clusterId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  ...Page,
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuerySchema>;
export const ApplicationListSchema = z.object({
  items: z.array(ApplicationSummarySchema),
  total: z.number().int(),
});
export type ApplicationList = z.infer<typeof ApplicationListSchema>;

// ------------------------------------------------------------------ overview

export const OverviewQuerySchema = z.object({
  collaborationId: z.uuid(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

/** Per cluster (null = applications of fora outside a cluster) and year. */
export const OverviewRowSchema = z.object({
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  year: z.number().int(),
  count: z.number().int(),
  /** Submitted or decided: what was applied for. */
  appliedCount: z.number().int(),
  appliedOre: z.number().int(),
  grantedCount: z.number().int(),
  grantedOre: z.number().int(),
  /** Submitted, awaiting the decision. */
  pendingCount: z.number().int(),
  pendingOre: z.number().int(),
  refusedCount: z.number().int(),
  refusedOre: z.number().int(),
});
export type OverviewRow = z.infer<typeof OverviewRowSchema>;
export const OverviewSchema = z.object({ rows: z.array(OverviewRowSchema) });
export type Overview = z.infer<typeof OverviewSchema>;

export const OverdueQuerySchema = z.object({
  collaborationId: z.uuid(),
  on: IsoDateSchema.optional(),
  ...Page,
});
export const OverdueItemSchema = ObligationSchema.extend({
  applicationTitle: z.string(),
  clusterName: z.string().nullable(),
});
export const OverdueListSchema = z.object({
  on: IsoDateSchema,
  items: z.array(OverdueItemSchema),
  total: z.number().int(),
});
export type OverdueList = z.infer<typeof OverdueListSchema>;
