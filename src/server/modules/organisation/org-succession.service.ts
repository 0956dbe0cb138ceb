/**
 * Successions between fora made by reorganisations: which fora took over a forum's work (its
 * last version's `successorForumIds`) and which fora it took over from, by name and period, in
 * any collaboration (a merger crosses collaborations).
 */
import { inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { SuccessionRef } from '../../../shared/organisation-views.contract';
import { fora } from './org-fora.table';
import { forumVersions } from './org-read.repo';
import { reorganisations } from './org-reorganise.table';

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

/** How far a chain of reorganisations is followed (each hop one reorganisation). */
const MAX_REORGANISATION_HOPS = 20;

/**
 * The collaboration and every collaboration linked to it by reorganisations, both ways: those it
 * succeeded (the sources of reorganisations into it) and those that succeeded it (the targets of
 * reorganisations of it), followed transitively. Each hop is served by the table's indexes (the
 * target's b-tree, the sources' GIN); with no reorganisations the answer is the collaboration.
 */
export async function relatedCollaborationIds(db: Db, collaborationId: string): Promise<string[]> {
  const found = new Set([collaborationId]);
  let frontier = [collaborationId];
  for (let hop = 0; hop < MAX_REORGANISATION_HOPS && frontier.length > 0; hop += 1) {
    const rows = await db
      .select({
        sources: reorganisations.sourceCollaborationIds,
        target: reorganisations.targetCollaborationId,
      })
      .from(reorganisations)
      .where(
        or(
          inArray(reorganisations.targetCollaborationId, frontier),
          ...frontier.map(
            (id) =>
              sql`${reorganisations.sourceCollaborationIds} @> ${JSON.stringify([id])}::jsonb`,
          ),
        ),
      );
    const next: string[] = [];
    for (const id of rows.flatMap((r) => [r.target, ...r.sources])) {
      if (!found.has(id)) {
        found.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  return [...found];
}
