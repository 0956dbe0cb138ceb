/** Reading and writing grants, and naming their targets for the admin's page. */
import { eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ScopeGrant, ScopeGrantView, ScopeKind, ScopeOption } from '../../../shared/scopes';
import { clusters, collaborations, fora, parties } from '../organisation/index';

type Source = 'manual' | 'oidc';

const latestName = async (
  db: Db,
  table: typeof clusters | typeof fora | typeof parties,
  ids: string[],
): Promise<Map<string, string>> => {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: table.entityId, name: table.name, from: table.validFrom })
    .from(table)
    .where(inArray(table.entityId, ids))
    .orderBy(table.validFrom);
  return new Map(rows.map((r) => [r.id, r.name]));
};

/** Readable names of the grants' targets (unknown targets keep their id). */
export async function labelGrants(
  db: Db,
  grants: readonly (ScopeGrant & { source: Source })[],
  lang: 'da' | 'en' = 'da',
): Promise<ScopeGrantView[]> {
  const ids = (kind: ScopeKind) =>
    grants.filter((g) => g.kind === kind && g.target).map((g) => g.target as string);
  const collabIds = ids('collaboration');
  const collabRows = collabIds.length
    ? await db
        .select({ id: collaborations.entityId, name: collaborations.name })
        .from(collaborations)
        .where(inArray(collaborations.entityId, collabIds))
        .orderBy(collaborations.validFrom)
    : [];
  const names = new Map<string, string>([
    ...collabRows.map((r) => [r.id, r.name] as const),
    ...(await latestName(db, clusters, ids('cluster'))),
    ...(await latestName(db, fora, ids('forum'))),
    ...(await latestName(db, parties, ids('party'))),
  ]);
  const national = lang === 'da' ? 'Hele landet' : 'The whole country';
  return grants.map((g) => ({
    kind: g.kind,
    target: g.target,
    source: g.source,
    label: g.kind === 'all' ? national : (names.get(g.target ?? '') ?? g.target ?? ''),
  }));
}

/** Whether every grant names something that exists (a region: one collaboration has it). */
export async function unknownTargets(db: Db, grants: readonly ScopeGrant[]): Promise<string[]> {
  const out: string[] = [];
  for (const g of grants) {
    if (g.kind === 'all' || !g.target) continue;
    const exists = await (async () => {
      switch (g.kind) {
        case 'region':
          return (
            await db
              .select({ one: sql<number>`1` })
              .from(collaborations)
              .where(eq(collaborations.regionName, g.target as string))
              .limit(1)
          ).length;
        case 'collaboration':
          return (
            await db
              .select({ one: sql<number>`1` })
              .from(collaborations)
              .where(eq(collaborations.entityId, g.target as string))
              .limit(1)
          ).length;
        case 'cluster':
        case 'forum':
        case 'party': {
          const table = { cluster: clusters, forum: fora, party: parties }[g.kind];
          return (
            await db
              .select({ one: sql<number>`1` })
              .from(table)
              .where(eq(table.entityId, g.target as string))
              .limit(1)
          ).length;
        }
      }
    })();
    if (!exists) out.push(`${g.kind}:${g.target}`);
  }
  return out;
}

const OPTION_LIMIT = 50;

/**
 * What a scope can cover, matching `q` (case-insensitive, on names), at most 50 of each kind: for
 * the admin's picker. Regions and collaborations first, then clusters, fora and parties.
 */
export async function scopeOptions(
  db: Db,
  q: string,
  lang: 'da' | 'en' = 'da',
): Promise<ScopeOption[]> {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const regions = await db
    .selectDistinct({ name: collaborations.regionName })
    .from(collaborations)
    .where(ilike(collaborations.regionName, like))
    .orderBy(collaborations.regionName)
    .limit(OPTION_LIMIT);
  const collabs = await db
    .selectDistinct({
      id: collaborations.entityId,
      name: collaborations.name,
      region: collaborations.regionName,
    })
    .from(collaborations)
    .where(ilike(collaborations.name, like))
    .orderBy(collaborations.name)
    .limit(OPTION_LIMIT);
  const collabName = new Map(collabs.map((c) => [c.id, c.name]));
  const of = async (kind: 'cluster' | 'forum' | 'party') => {
    const table = { cluster: clusters, forum: fora, party: parties }[kind];
    const rows = await db
      .selectDistinct({ id: table.entityId, name: table.name, collab: table.collaborationId })
      .from(table)
      .where(ilike(table.name, like))
      .orderBy(table.name)
      .limit(OPTION_LIMIT);
    const missing = rows.map((r) => r.collab).filter((c) => !collabName.has(c));
    if (missing.length) {
      const more = await db
        .selectDistinct({ id: collaborations.entityId, name: collaborations.name })
        .from(collaborations)
        .where(inArray(collaborations.entityId, [...new Set(missing)]));
      more.forEach((m) => collabName.set(m.id, m.name));
    }
    return rows.map((r) => ({
      kind,
      target: r.id,
      label: r.name,
      group: collabName.get(r.collab) ?? null,
    }));
  };
  const national = lang === 'da' ? 'Hele landet' : 'The whole country';
  return [
    ...(q.trim() === ''
      ? [{ kind: 'all' as const, target: null, label: national, group: null }]
      : []),
    ...regions.map((r) => ({
      kind: 'region' as const,
      target: r.name,
      label: r.name,
      group: null,
    })),
    ...collabs.map((c) => ({
      kind: 'collaboration' as const,
      target: c.id,
      label: c.name,
      group: c.region,
    })),
    ...(await of('cluster')),
    ...(await of('forum')),
    ...(await of('party')),
  ];
}
