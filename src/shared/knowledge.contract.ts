/**
 * The knowledge bank's entries (issue 12): every pilot, scale-up decision and task transfer,
 * findable across clusters and regions. The owning modules (pilots, transfers) write one entry per
 * source row through `recordKnowledgeEntry` (src/server/modules/knowledge); the knowledge bank
 * searches and filters the entries.
 */
import { z } from 'zod';

/** What an entry describes. */
export const KNOWLEDGE_KINDS = ['pilot', 'scaleUpDecision', 'taskTransfer'] as const;
export const KnowledgeKindSchema = z.enum(KNOWLEDGE_KINDS);
export type KnowledgeKind = z.infer<typeof KnowledgeKindSchema>;

/**
 * Where an entry stands: a pilot `underway` or `evaluated`; a scale-up decision `scaleUp`,
 * `adjustAndRetry` or `stop`; a task transfer `agreed` or `planned` (the South Danish model's
 * agreed vs planned transfer) once decided, `underAssessment` before.
 */
export const KNOWLEDGE_OUTCOMES = [
  'underway',
  'evaluated',
  'scaleUp',
  'adjustAndRetry',
  'stop',
  'underAssessment',
  'agreed',
  'planned',
] as const;
export const KnowledgeOutcomeSchema = z.enum(KNOWLEDGE_OUTCOMES);
export type KnowledgeOutcome = z.infer<typeof KnowledgeOutcomeSchema>;

/** What an owning module writes for one source row (insert or replace). */
export const KnowledgeEntryInputSchema = z.object({
  kind: KnowledgeKindSchema,
  /** The id of the pilot, decision or transfer row in its own module. */
  sourceId: z.uuid(),
  collaborationId: z.uuid(),
  /** The cluster it belongs to (entityId), null when not a cluster's. */
  clusterId: z.uuid().nullable(),
  /** The forum that owns or decided it (entityId), for the closed-item rule. */
  forumId: z.uuid().nullable(),
  /** A closed item: shown only to those who may see the forum's closed items. */
  confidential: z.boolean(),
  title: z.string().min(1),
  summary: z.string(),
  /** The theme (free text as the collaboration names its themes), for the filter. */
  theme: z.string().nullable(),
  outcome: KnowledgeOutcomeSchema.nullable(),
  /** The day the entry is dated by (decision day, pilot start); its year is the year filter. */
  on: z.iso.date(),
});
export type KnowledgeEntryInput = z.infer<typeof KnowledgeEntryInputSchema>;

// ---------------------------------------------------------------- the search API

/** GET /api/knowledge: Danish full-text search and filters, paged, newest first without `q`. */
export const KnowledgeQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: KnowledgeKindSchema.optional(),
  theme: z.string().trim().min(1).max(200).optional(),
  clusterId: z.uuid().optional(),
  outcome: KnowledgeOutcomeSchema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type KnowledgeQuery = z.infer<typeof KnowledgeQuerySchema>;

/** One entry as the knowledge bank shows it, with the link to its page. */
export const KnowledgeHitSchema = z.object({
  kind: KnowledgeKindSchema,
  sourceId: z.uuid(),
  collaborationId: z.uuid(),
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  forumId: z.uuid().nullable(),
  forumName: z.string().nullable(),
  confidential: z.boolean(),
  title: z.string(),
  summary: z.string(),
  theme: z.string().nullable(),
  outcome: KnowledgeOutcomeSchema.nullable(),
  on: z.iso.date(),
  /** The web page of the source: /pilots/:id (pilots and their decisions), /transfers/:id. */
  href: z.string(),
});
export type KnowledgeHit = z.infer<typeof KnowledgeHitSchema>;

export const KnowledgeListSchema = z.object({
  items: z.array(KnowledgeHitSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type KnowledgeList = z.infer<typeof KnowledgeListSchema>;

export const KnowledgeEntryParamsSchema = z.object({
  kind: KnowledgeKindSchema,
  sourceId: z.uuid(),
});

export const KnowledgeSimilarSchema = z.object({
  items: z.array(KnowledgeHitSchema.extend({ similarity: z.number() })),
});

/** The values the filters offer: the themes and clusters of the entries. */
export const KnowledgeFiltersSchema = z.object({
  themes: z.array(z.string()),
  clusters: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
