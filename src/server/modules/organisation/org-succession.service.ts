/**
 * Successions between fora made by reorganisations: which fora took over a forum's work (its
 * last version's `successorForumIds`) and which fora it took over from, by name and period, in
 * any collaboration (a merger crosses collaborations).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { SuccessionRef } from '../../../shared/organisation-views.contract';
import { fora } from './org-fora.table';
import { forumVersions } from './org-read.repo';

/** Each forum's latest name and whole period (first day, last day), in the order of `ids`. */
export async function forumSpans(db: Db, ids: readonly string[]): Promise<SuccessionRef[]> {
  const spans = new Map<string, SuccessionRef>();
  // Versions come oldest first: the first gives the start, the latest the name and the end.
  for (const v of await forumVersions(db, ids)) {
    const seen = spans.get(v.entityId);
    spans.set(v.entityId, {
      id: v.entityId,
      name: v.name,
      validFrom: seen?.validFrom ?? v.validFrom,
      validTo: v.validTo,
    });
  }
  return [...new Set(ids)].flatMap((id) => {
    const span = spans.get(id);
    return span ? [span] : [];
  });
}

/**
 * The fora that succeeded `forumId` (named on its last version) and those it succeeded (fora whose
 * successors include it), by name, in any collaboration.
 */
export async function successionOf(
  db: Db,
  forumId: string,
): Promise<{ successors: SuccessionRef[]; predecessors: SuccessionRef[] }> {
  const versions = await forumVersions(db, [forumId]);
  const successorIds = versions.at(-1)?.successorForumIds ?? [];
  const rows = await db
    .selectDistinct({ entityId: fora.entityId })
    .from(fora)
    .where(sql`${fora.successorForumIds} @> ${JSON.stringify([forumId])}::jsonb`);
  const predecessors = await forumSpans(
    db,
    rows.map((r) => r.entityId),
  );
  predecessors.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { successors: await forumSpans(db, successorIds), predecessors };
}
