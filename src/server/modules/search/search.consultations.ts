/**
 * Joint consultation responses in search: the title, the sender and the consolidated response
 * text, on the generated 'danish' columns of the consultations table (consultations.table.ts).
 * A consultation is not confidential: every signed-in viewer may find it, as they may list it.
 */
import { and, arrayContains, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { consultationPath } from '../../../shared/links';
import type { Db } from '../../db/client';
import { consultations } from '../consultations/index';
import type { HitQuery, VisibleHit } from './search.repo';
import { matches, rank, hasFuzzyStems, type SearchText } from './search.sql';

/** A consultation's title, sender and response text. */
export const CONSULTATION_TEXT: SearchText = {
  vector: sql.raw(`"consultations"."search_vector"`),
  words: sql.raw(`"consultations"."search_words"`),
  present: null,
};

/** The most recent exact matches ranked (as the other types, search.repo.ts). */
const RANKED = 500;

/** Consultation hits, best first. */
export async function consultationHits(
  db: Db,
  { q, scope, limit }: HitQuery,
): Promise<VisibleHit[]> {
  const where = (fuzzy: boolean) =>
    and(
      matches(CONSULTATION_TEXT, q, fuzzy),
      scope.forumId
        ? or(
            eq(consultations.draftingForumId, scope.forumId),
            arrayContains(consultations.reviewForumIds, [scope.forumId]),
          )
        : undefined,
      scope.collaborationIds
        ? inArray(consultations.collaborationId, [...scope.collaborationIds])
        : undefined,
    );
  const exact = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(where(false))
    .orderBy(desc(consultations.externalDeadline), desc(consultations.id))
    .limit(RANKED);
  if (exact.length === 0 && !hasFuzzyStems(q)) return [];
  const score = rank(CONSULTATION_TEXT, q);
  const filter =
    exact.length >= limit || !hasFuzzyStems(q)
      ? inArray(
          consultations.id,
          exact.map((r) => r.id),
        )
      : where(true);
  const rows = await db
    .select({
      id: consultations.id,
      title: consultations.title,
      sender: consultations.sender,
      text: consultations.responseText,
      forumId: consultations.draftingForumId,
      sentOn: consultations.sentOn,
      externalDeadline: consultations.externalDeadline,
      rank: score,
    })
    .from(consultations)
    .where(filter)
    .orderBy(desc(score), consultations.id)
    .limit(limit);
  return rows.map((r) => ({
    type: 'consultation',
    id: r.id,
    title: r.title,
    text: [r.title, r.sender, r.text].filter(Boolean).join('\n'),
    link: consultationPath(r.id),
    caseId: null,
    meetingId: null,
    forumId: r.forumId,
    date: r.sentOn ?? r.externalDeadline,
    rank: Number(r.rank),
  }));
}
