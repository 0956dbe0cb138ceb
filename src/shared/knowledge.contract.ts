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
