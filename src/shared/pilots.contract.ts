/**
 * The pilots API (issue 12): pilot records, their evaluation file, raising one as a case along the
 * scale-up route, the structured scale-up decision, and the spread per municipality. Money is
 * whole øre (integers); the web shows kroner.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { CaseTypeSchema } from './cases.enums';
import { SCALE_UP_OUTCOMES, SPREAD_STATUSES } from './pilots.enums';

export const ScaleUpOutcomeSchema = z.enum(SCALE_UP_OUTCOMES);
export const SpreadStatusSchema = z.enum(SPREAD_STATUSES);

export const ScaleUpScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('clusters'), clusterIds: z.array(z.uuid()).max(200) }),
]);

const Text = (max: number) => z.string().max(max);

export const PilotInputSchema = z.object({
  collaborationId: z.uuid(),
  /** The owning forum (entityId); its cluster, if any, is the pilot's cluster. */
  forumId: z.uuid(),
  title: Text(300).min(1),
  hypothesis: Text(5000).default(''),
  theme: Text(200).nullable().default(null),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema.nullable().default(null),
  participantPartyIds: z.array(z.uuid()).min(1).max(200),
  /** A plan initiative this pilot tries out, where one exists. */
  initiativeId: z.uuid().nullable().default(null),
  confidential: z.boolean().default(false),
  results: Text(20000).default(''),
  costsOre: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
});
export type PilotInput = z.infer<typeof PilotInputSchema>;

/** Editing: the same fields; the collaboration stays. */
export const PilotUpdateSchema = PilotInputSchema.omit({ collaborationId: true });

export const PilotParamsSchema = z.object({ id: z.uuid() });

export const PilotListQuerySchema = z.object({
  collaborationId: z.uuid(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const PilotFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});

export const PilotSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  forumId: z.uuid(),
  forumName: z.string(),
  title: z.string(),
  theme: z.string().nullable(),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema.nullable(),
  confidential: z.boolean(),
  caseId: z.uuid().nullable(),
  /** The latest decision's outcome, null before a decision. */
  outcome: ScaleUpOutcomeSchema.nullable(),
  evaluated: z.boolean(),
});
export type PilotSummary = z.infer<typeof PilotSummarySchema>;

export const PilotListSchema = z.object({
  items: z.array(PilotSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const PilotDecisionSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  stepId: z.string(),
  forumId: z.uuid(),
  forumName: z.string(),
  outcome: ScaleUpOutcomeSchema,
  scope: ScaleUpScopeSchema.nullable(),
  scopeClusterNames: z.array(z.string()),
  decidedOn: IsoDateSchema,
  text: z.string(),
});
export type PilotDecision = z.infer<typeof PilotDecisionSchema>;

export const SpreadEntrySchema = z.object({
  id: z.uuid(),
  partyId: z.uuid(),
  status: SpreadStatusSchema,
  on: IsoDateSchema,
  note: z.string(),
});

export const SpreadRowSchema = z.object({
  partyId: z.uuid(),
  partyName: z.string(),
  /** The latest entry, null when nothing is recorded yet. */
  current: SpreadEntrySchema.nullable(),
  history: z.array(SpreadEntrySchema),
});

export const PilotDetailSchema = PilotSummarySchema.extend({
  hypothesis: z.string(),
  participants: z.array(z.object({ partyId: z.uuid(), name: z.string() })),
  planId: z.uuid().nullable(),
  initiativeId: z.uuid().nullable(),
  initiativeTitle: z.string().nullable(),
  results: z.string(),
  costsOre: z.number().int().nullable(),
  file: PilotFileSchema.nullable(),
  decisions: z.array(PilotDecisionSchema),
  /** Per municipality in the latest scale-up's scope; empty before a scale-up. */
  spread: z.array(SpreadRowSchema),
  /** The fora proposed as the scale-up route (owning forum and upwards), in order. */
  proposedRoute: z.array(z.object({ forumId: z.uuid(), name: z.string() })),
});
export type PilotDetail = z.infer<typeof PilotDetailSchema>;

export const RaisePilotCaseSchema = z.object({
  /** The fora in order, the first being where it is raised (default: the owning forum). */
  route: z.array(z.uuid()).min(1).max(12),
  type: CaseTypeSchema.default('decision'),
});

export const PilotDecisionRequestSchema = z.object({
  outcome: ScaleUpOutcomeSchema,
  scope: ScaleUpScopeSchema.nullable().default(null),
  /** The day of the decision; default the meeting's day (or today). */
  on: IsoDateSchema.optional(),
});

export const RecordSpreadSchema = z.object({
  partyId: z.uuid(),
  status: SpreadStatusSchema,
  on: IsoDateSchema,
  note: Text(2000).default(''),
});

export const DeletePilotFileSchema = z.object({ confirm: z.literal(true) });
