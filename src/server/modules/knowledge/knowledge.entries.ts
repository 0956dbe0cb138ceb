/**
 * Writing the knowledge bank's entries. Called by the owning modules inside their own mutation's
 * transaction, so an entry is never out of step with its source.
 */
import { and, eq, sql } from 'drizzle-orm';
import { normaliseForScreening } from '../../../domain/cases/screening';
import {
  KnowledgeEntryInputSchema,
  type KnowledgeEntryInput,
  type KnowledgeKind,
} from '../../../shared/knowledge.contract';
import type { Db } from '../../db/client';
import { knowledgeEntries } from './knowledge.table';

/** Inserts or replaces the entry of one source row. */
export async function recordKnowledgeEntry(tx: Db, input: KnowledgeEntryInput): Promise<void> {
  const entry = KnowledgeEntryInputSchema.parse(input);
  const row = {
    ...entry,
    title: entry.title.trim(),
    summary: entry.summary.trim(),
    screeningText: normaliseForScreening(`${entry.title} ${entry.summary}`),
  };
  await tx
    .insert(knowledgeEntries)
    .values(row)
    .onConflictDoUpdate({
      target: [knowledgeEntries.kind, knowledgeEntries.sourceId],
      set: { ...row, updatedAt: sql`now()` },
    });
}

/** Removes the entry of a source row that no longer exists (nothing when there is none). */
export async function removeKnowledgeEntry(
  tx: Db,
  kind: KnowledgeKind,
  sourceId: string,
): Promise<void> {
  await tx
    .delete(knowledgeEntries)
    .where(and(eq(knowledgeEntries.kind, kind), eq(knowledgeEntries.sourceId, sourceId)));
}
