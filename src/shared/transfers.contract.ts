/**
 * The task transfer API contract (issue 12 point 4): a task transfer (opgaveoverdragelse) per the
 * South Danish model for agreed and planned task transfer (seed 002), its structured assessment
 * (resources, competences, quality, economy), its decision and the orientation item it puts on
 * the committee's next agenda (the SSU until 2026, the health council from 2027). Shared by server
 * and web. Money is exact: integer øre, shown in kr.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

export const TRANSFER_STATUSES = ['underAssessment', 'decided', 'withdrawn'] as const;
export const TransferStatusSchema = z.enum(TRANSFER_STATUSES);
export type TransferStatus = z.infer<typeof TransferStatusSchema>;

/** The South Danish model's two kinds: an agreed (aftalt) or a planned (planlagt) transfer. */
export const TRANSFER_KINDS = ['agreed', 'planned'] as const;
export const TransferKindSchema = z.enum(TRANSFER_KINDS);
export type TransferKind = z.infer<typeof TransferKindSchema>;

/** The assessment's four dimensions, in the order they are shown. */
export const TRANSFER_DIMENSIONS = ['resources', 'competences', 'quality', 'economy'] as const;
export const TransferDimensionSchema = z.enum(TRANSFER_DIMENSIONS);
export type TransferDimension = z.infer<typeof TransferDimensionSchema>;

/** The rating scale 1–5 (labels in the `transfers` namespace: `ratings.1` … `ratings.5`). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const TRANSFER_LIMITS = {
  title: 300,
  description: 20_000,
  theme: 200,
  dimensionText: 10_000,
  reason: 4_000,
  parties: 100,
  /** 10 billion kr. in øre: far above any single task transfer. */
  amountOre: 1_000_000_000_000,
  pageMax: 100,
  pageDefault: 25,
  compareMin: 2,
  compareMax: 4,
} as const;

/** One dimension of the assessment: a text and, where it fits, an amount and/or a rating. */
export const DimensionSchema = z.object({
  text: z.string().max(TRANSFER_LIMITS.dimensionText),
  /** Exact money in øre (integer); null when no amount fits. */
  amountOre: z
    .number()
    .int()
    .min(-TRANSFER_LIMITS.amountOre)
    .max(TRANSFER_LIMITS.amountOre)
    .nullable(),
  rating: z.number().int().min(RATING_MIN).max(RATING_MAX).nullable(),
});
export type Dimension = z.infer<typeof DimensionSchema>;

export const AssessmentSchema = z.object({
  resources: DimensionSchema,
  competences: DimensionSchema,
  quality: DimensionSchema,
  economy: DimensionSchema,
});
export type Assessment = z.infer<typeof AssessmentSchema>;

const Title = z.string().trim().min(1).max(TRANSFER_LIMITS.title);
const PartyIds = z.array(z.uuid()).max(TRANSFER_LIMITS.parties);

export const CreateTransferSchema = z.object({
  collaborationId: z.uuid(),
  clusterId: z.uuid(),
  /** The cluster's forum that takes the transfer on. */
  forumId: z.uuid(),
  title: Title,
  description: z.string().max(TRANSFER_LIMITS.description).default(''),
  theme: z.string().trim().max(TRANSFER_LIMITS.theme).nullable().default(null),
  kind: TransferKindSchema,
  transferringPartyIds: PartyIds.default([]),
  receivingPartyIds: PartyIds.default([]),
  assessment: AssessmentSchema.optional(),
  precedent: z.boolean().default(false),
  precedentReason: z.string().trim().max(TRANSFER_LIMITS.reason).nullable().default(null),
  /** The day the transfer was opened (default today). */
  openedOn: IsoDateSchema.optional(),
});
export type CreateTransfer = z.infer<typeof CreateTransferSchema>;

export const UpdateTransferSchema = z
  .object({
    title: Title,
    description: z.string().max(TRANSFER_LIMITS.description),
    theme: z.string().trim().max(TRANSFER_LIMITS.theme).nullable(),
    kind: TransferKindSchema,
    transferringPartyIds: PartyIds,
    receivingPartyIds: PartyIds,
    assessment: AssessmentSchema,
    precedent: z.boolean(),
    precedentReason: z.string().trim().max(TRANSFER_LIMITS.reason).nullable(),
  })
  .partial();
export type UpdateTransfer = z.infer<typeof UpdateTransferSchema>;

export const DecideTransferSchema = z.object({
  /** Agreed or planned (default: the transfer's kind). */
  kind: TransferKindSchema.optional(),
  /** The deciding forum (default: the cluster's forum). */
  decidingForumId: z.uuid().optional(),
  decidedOn: IsoDateSchema,
});
export type DecideTransfer = z.infer<typeof DecideTransferSchema>;

export const WithdrawTransferSchema = z.object({
  reason: z.string().trim().max(TRANSFER_LIMITS.reason).default(''),
});

export const TransferParamsSchema = z.object({ id: z.uuid() });

const BoolQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const TransferListQuerySchema = z.object({
  collaborationId: z.uuid().optional(),
  clusterId: z.uuid().optional(),
  status: TransferStatusSchema.optional(),
  kind: TransferKindSchema.optional(),
  precedent: BoolQuery,
  limit: z.coerce.number().int().min(1).max(TRANSFER_LIMITS.pageMax).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type TransferListQuery = z.input<typeof TransferListQuerySchema>;

export const CompareQuerySchema = z.object({
  ids: z
    .string()
    .max(200)
    .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()))
    .pipe(
      z
        .array(z.uuid())
        .min(TRANSFER_LIMITS.compareMin)
        .max(TRANSFER_LIMITS.compareMax)
        .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate id' }),
    ),
});

const NamedSchema = z.object({ id: z.uuid(), name: z.string() });

export const TransferSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  title: z.string(),
  theme: z.string().nullable(),
  cluster: NamedSchema,
  forum: NamedSchema,
  kind: TransferKindSchema,
  status: TransferStatusSchema,
  precedent: z.boolean(),
  openedOn: IsoDateSchema,
  decidedOn: IsoDateSchema.nullable(),
});
export type TransferSummary = z.infer<typeof TransferSummarySchema>;

export const TransferListSchema = z.object({
  items: z.array(TransferSummarySchema),
  total: z.number().int(),
});
export type TransferList = z.infer<typeof TransferListSchema>;

/** Where the orientation of the other clusters stands. */
export const OrientationSchema = z.object({
  status: z.enum(['pending', 'placed']),
  committee: NamedSchema,
  decidedOn: IsoDateSchema,
  meeting: z.object({ id: z.uuid(), title: z.string(), date: IsoDateSchema }).nullable(),
  agendaItemId: z.uuid().nullable(),
});
export type Orientation = z.infer<typeof OrientationSchema>;

export const TransferDetailSchema = TransferSummarySchema.extend({
  description: z.string(),
  transferringParties: z.array(NamedSchema),
  receivingParties: z.array(NamedSchema),
  assessment: AssessmentSchema,
  precedentReason: z.string().nullable(),
  decidingForum: NamedSchema.nullable(),
  withdrawnReason: z.string().nullable(),
  /** The dimensions whose text is still missing (the decision needs all four). */
  missingDimensions: z.array(TransferDimensionSchema),
  orientation: OrientationSchema.nullable(),
  version: z.number().int(),
});
export type TransferDetail = z.infer<typeof TransferDetailSchema>;

export const CompareSchema = z.object({ items: z.array(TransferDetailSchema) });
export type Compare = z.infer<typeof CompareSchema>;

/** The empty assessment of a new transfer. */
export function emptyAssessment(): Assessment {
  const empty = (): Dimension => ({ text: '', amountOre: null, rating: null });
  return {
    resources: empty(),
    competences: empty(),
    quality: empty(),
    economy: empty(),
  };
}

/** Øre as Danish kroner text: 123456789 → "1.234.567,89 kr." (the shared money formatter). */
export { formatKroner } from './money';

/**
 * Danish kroner text as øre: "1.234.567,89" / "1234567" / "12,5" → integer øre; null when it is not
 * an amount. Parsed digit by digit (no floating point).
 */
export function parseKroner(text: string): number | null {
  const s = text.replace(/kr\.?/i, '').replace(/\s/g, '').trim();
  const m = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const kr = Number((m[2] ?? '0').replace(/\./g, ''));
  const ore = Number((m[3] ?? '').padEnd(2, '0'));
  const value = kr * 100 + ore;
  if (!Number.isSafeInteger(value)) return null;
  return m[1] ? -value : value;
}
