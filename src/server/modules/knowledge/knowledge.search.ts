/**
 * Searching the knowledge bank (issue 12): Danish full-text search on the generated
 * `search_vector` (websearch_to_tsquery 'danish', ranked with ts_rank_cd, as the search module),
 * the filters (kind, theme, cluster, outcome, year), paged in SQL with a total, newest first
 * without a query; and "similar in other clusters" with the cases' screening (pg_trgm similarity
 * on `screening_text` at DEFAULT_SIMILARITY_THRESHOLD, the entry's own cluster left out).
 *
 * Closed items: a confidential entry is a closed item of its forum, shown only to whoever sat in
 * that forum on the entry's day or today (`satInForumSql`, the clearance of closed agenda items,
 * as search.visibility.ts states it); everyone else gets nothing of it.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { DEFAULT_SIMILARITY_THRESHOLD } from '../../../domain/cases/screening';
import type { IsoDate } from '../../../shared/dates';
import type {
  KnowledgeHit,
  KnowledgeKind,
  KnowledgeList,
  KnowledgeQuery,
} from '../../../shared/knowledge.contract';
import type { Db } from '../../db/client';
import { notFound } from '../../platform/errors';
import type { CaseDeps, Viewer } from '../cases/index';
import { freshMemberPeriods, satInForumSql } from '../organisation/index';
import { pilotDecisions } from '../pilots/index';
import { knowledgeEntries as k } from './knowledge.table';

export const KNOWLEDGE_PAGE_SIZE = 20;

const vector = sql`"knowledge_entries"."search_vector"`;
const DANISH = sql.raw(`'danish'::regconfig`);

/** SQL: the viewer may see the entry row (not confidential, or sat in its forum then or today). */
export function entryVisibleSql(userId: string, today: IsoDate): SQL {
  return sql`(not ${k.confidential} or (${k.forumId} is not null and (${satInForumSql(
    userId,
    k.forumId,
    k.on,
  )} or ${satInForumSql(userId, k.forumId, sql`${today}::date`)})))`;
}

type EntryRow = typeof k.$inferSelect;

/** The entries as hits: names of clusters and fora, and the link to each source's page. */
async function hits(deps: CaseDeps, rows: readonly EntryRow[]): Promise<KnowledgeHit[]> {
  const { db } = deps;
  const clusterIds = rows.map((r) => r.clusterId).filter((c): c is string => c !== null);
  const forumIds = rows.map((r) => r.forumId).filter((f): f is string => f !== null);
  const clusters = await deps.org.clusterNames(db, clusterIds);
  const fora = await deps.org.forumNames(db, forumIds);
  const decisionIds = rows.filter((r) => r.kind === 'scaleUpDecision').map((r) => r.sourceId);
  const pilotOf = new Map<string, string>();
  if (decisionIds.length) {
    const found = await db
      .select({ id: pilotDecisions.id, pilotId: pilotDecisions.pilotId })
      .from(pilotDecisions)
      .where(inArray(pilotDecisions.id, decisionIds));
    for (const f of found) pilotOf.set(f.id, f.pilotId);
  }
  return rows.map((r) => ({
    kind: r.kind,
    sourceId: r.sourceId,
    collaborationId: r.collaborationId,
    clusterId: r.clusterId,
    clusterName: r.clusterId ? (clusters.get(r.clusterId) ?? null) : null,
    forumId: r.forumId,
    forumName: r.forumId ? (fora.get(r.forumId) ?? null) : null,
    confidential: r.confidential,
    title: r.title,
    summary: r.summary.length > 400 ? `${r.summary.slice(0, 397)}…` : r.summary,
    theme: r.theme,
    outcome: r.outcome,
    on: r.on,
    href: hrefOf(r.kind, r.sourceId, pilotOf),
  }));
}

/** The web page of a source. */
function hrefOf(kind: KnowledgeKind, sourceId: string, pilotOf: ReadonlyMap<string, string>) {
  if (kind === 'pilot') return `/pilots/${sourceId}`;
  if (kind === 'scaleUpDecision') return `/pilots/${pilotOf.get(sourceId) ?? ''}`;
  return `/transfers/${sourceId}`;
}

/** The entries the viewer may see that match the query, one page with the total. */
export async function searchKnowledge(
  deps: CaseDeps,
  viewer: Viewer,
  query: KnowledgeQuery,
  today: IsoDate,
): Promise<KnowledgeList> {
  const { db } = deps;
  await freshMemberPeriods(db);
  const q = query.q?.trim() ?? '';
  const tsquery = sql`websearch_to_tsquery(${DANISH}, ${q})`;
  const conditions: (SQL | undefined)[] = [
    entryVisibleSql(viewer.userId, today),
    query.kind ? eq(k.kind, query.kind) : undefined,
    query.theme ? sql`lower(${k.theme}) = lower(${query.theme})` : undefined,
    query.clusterId ? eq(k.clusterId, query.clusterId) : undefined,
    query.outcome ? eq(k.outcome, query.outcome) : undefined,
    query.year
      ? sql`${k.on} between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`
      : undefined,
    q ? sql`${vector} @@ ${tsquery}` : undefined,
  ];
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(k).where(where);
  const order = q
    ? [sql`ts_rank_cd(${vector}, ${tsquery}) desc`, desc(k.on), asc(k.kind), asc(k.sourceId)]
    : [desc(k.on), asc(k.kind), asc(k.sourceId)];
  const rows = await db
    .select()
    .from(k)
    .where(where)
    .orderBy(...order)
    .limit(KNOWLEDGE_PAGE_SIZE)
    .offset((query.page - 1) * KNOWLEDGE_PAGE_SIZE);
  return {
    items: await hits(deps, rows),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: KNOWLEDGE_PAGE_SIZE,
  };
}

/** One entry the viewer may see, or 404 (a hidden entry is not there for them). */
async function visibleEntry(
  db: Db,
  viewer: Viewer,
  kind: KnowledgeKind,
  sourceId: string,
  today: IsoDate,
): Promise<EntryRow> {
  const [row] = await db
    .select()
    .from(k)
    .where(and(eq(k.kind, kind), eq(k.sourceId, sourceId), entryVisibleSql(viewer.userId, today)))
    .limit(1);
  if (!row) throw notFound({ da: 'Emnet i vidensbanken', en: 'The knowledge-bank entry' });
  return row;
}

/**
 * Entries of other clusters similar to one (trigram similarity of the screening texts at the
 * screening's threshold), most similar first, at most 10; the viewer's visibility applies.
 */
export async function similarInOtherClusters(
  deps: CaseDeps,
  viewer: Viewer,
  kind: KnowledgeKind,
  sourceId: string,
  today: IsoDate,
) {
  const { db } = deps;
  await freshMemberPeriods(db);
  const own = await visibleEntry(db, viewer, kind, sourceId, today);
  if (own.screeningText.trim() === '') return { items: [] };
  const similarity = sql<number>`similarity(${k.screeningText}, ${own.screeningText})`;
  const rows = await db
    .select({ entry: k, similarity })
    .from(k)
    .where(
      and(
        or(ne(k.kind, own.kind), ne(k.sourceId, own.sourceId)),
        own.clusterId === null
          ? isNotNull(k.clusterId)
          : sql`${k.clusterId} is distinct from ${own.clusterId}`,
        sql`${k.screeningText} % ${own.screeningText}`,
        sql`${similarity} >= ${DEFAULT_SIMILARITY_THRESHOLD}`,
        entryVisibleSql(viewer.userId, today),
      ),
    )
    .orderBy(desc(similarity), desc(k.on))
    .limit(10);
  const shown = await hits(
    deps,
    rows.map((r) => r.entry),
  );
  return {
    items: shown.map((hit, i) => ({
      ...hit,
      similarity: Math.round(Number(rows[i]?.similarity ?? 0) * 100) / 100,
    })),
  };
}

/** The filter values: the themes and clusters that entries have (at most 200 each). */
export async function knowledgeFilters(deps: CaseDeps) {
  const { db } = deps;
  const themes = await db
    .selectDistinct({ theme: k.theme })
    .from(k)
    .where(isNotNull(k.theme))
    .orderBy(asc(k.theme))
    .limit(200);
  const clusterRows = await db
    .selectDistinct({ id: k.clusterId })
    .from(k)
    .where(isNotNull(k.clusterId))
    .limit(200);
  const ids = clusterRows.map((r) => r.id).filter((c): c is string => c !== null);
  const names = await deps.org.clusterNames(db, ids);
  return {
    themes: themes.map((t) => t.theme).filter((t): t is string => t !== null),
    clusters: ids
      .map((id) => ({ id, name: names.get(id) ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  };
}
