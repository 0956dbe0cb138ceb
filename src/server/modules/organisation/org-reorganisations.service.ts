/** Reading the reorganisations carried out (the `reorganisations` table), newest first. */
import { desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notFound } from '../../platform/errors';
import type {
  ReformCount,
  ReorganisationList,
  ReorganisationListQuery,
  ReorganisationSummary,
} from '../../../shared/reorganisation.contract';
import { collaborations } from './org-structure.table';
import { reorganisations } from './org-reorganise.table';

type Row = typeof reorganisations.$inferSelect;

async function collaborationNames(db: Db, ids: readonly string[]) {
  const out = new Map<string, { id: string; key: string; name: string }>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      id: collaborations.entityId,
      key: collaborations.key,
      name: collaborations.name,
      validFrom: collaborations.validFrom,
    })
    .from(collaborations)
    .where(inArray(collaborations.entityId, [...new Set(ids)]))
    .orderBy(collaborations.validFrom);
  for (const r of rows) out.set(r.id, { id: r.id, key: r.key, name: r.name });
  return out;
}

async function present(db: Db, rows: readonly Row[]): Promise<ReorganisationSummary[]> {
  const names = await collaborationNames(
    db,
    rows.flatMap((r) => [...r.sourceCollaborationIds, r.targetCollaborationId]),
  );
  const named = (id: string) => names.get(id) ?? { id, key: '', name: '' };
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    effectiveDate: r.effectiveDate,
    sources: r.sourceCollaborationIds.map(named),
    target: named(r.targetCollaborationId),
    counts: r.counts as ReformCount[],
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The reorganisations touching a collaboration (as a source or the target), newest first. */
export async function listReorganisations(
  db: Db,
  query: ReorganisationListQuery,
): Promise<ReorganisationList> {
  const id = query.collaborationId;
  const where =
    id === undefined
      ? undefined
      : or(
          eq(reorganisations.targetCollaborationId, id),
          sql`${reorganisations.sourceCollaborationIds} @> ${JSON.stringify([id])}::jsonb`,
        );
  const rows = await db
    .select()
    .from(reorganisations)
    .where(where)
    .orderBy(desc(reorganisations.effectiveDate), desc(reorganisations.createdAt))
    .limit(query.limit + 1)
    .offset(query.offset);
  return { items: await present(db, rows.slice(0, query.limit)), more: rows.length > query.limit };
}

/** One reorganisation, or 404. */
export async function getReorganisation(db: Db, id: string): Promise<ReorganisationSummary> {
  const rows = await db.select().from(reorganisations).where(eq(reorganisations.id, id));
  const [found] = await present(db, rows);
  if (!found) throw notFound({ da: 'Omlægningen', en: 'The reorganisation' });
  return found;
}
