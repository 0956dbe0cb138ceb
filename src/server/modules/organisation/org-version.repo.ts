/**
 * Writes of versioned entities (collaboration, party, cluster, forum, seat) and of facts
 * (cluster membership, office holding, appointment, composition rule). Changes are planned by
 * the domain (`planVersionedChange`, `planEnd`) and carried out here; callers run inside the
 * transaction of `mutate` (or the importer's own), so a plan is applied all or nothing.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import type { VersionChange, VersionEnd } from '../../../domain/organisation/index';
import { clusterMemberships, clusters, collaborations, parties } from './org-structure.table';
import { compositionRules, fora, seats } from './org-fora.table';
import { appointments, officeHoldings } from './org-people.table';

const VERSIONED = {
  collaboration: collaborations,
  party: parties,
  cluster: clusters,
  forum: fora,
  seat: seats,
} as const;

/** The versioned entity kinds. */
export type VersionedKind = keyof typeof VERSIONED;
/** A stored version row of `K`. */
export type VersionRowOf<K extends VersionedKind> = (typeof VERSIONED)[K]['$inferSelect'];
/** A version row to insert (`id` is generated; `entityId` from `newEntityId()` for a new one). */
export type NewVersionOf<K extends VersionedKind> = (typeof VERSIONED)[K]['$inferInsert'];

const FACTS = {
  clusterMembership: clusterMemberships,
  officeHolding: officeHoldings,
  appointment: appointments,
  compositionRule: compositionRules,
} as const;

/** The fact kinds. */
export type FactKind = keyof typeof FACTS;
/** A stored fact row of `K`. */
export type FactRowOf<K extends FactKind> = (typeof FACTS)[K]['$inferSelect'];
/** A fact row to insert. */
export type NewFactOf<K extends FactKind> = (typeof FACTS)[K]['$inferInsert'];

/*
 * The statements below are the same for every table of a kind; Drizzle cannot type a statement
 * over a union of tables, so each is written against one representative table of the same
 * shape (every versioned table has id, entity_id, key, valid_from, valid_to).
 */
const versionTable = (kind: VersionedKind) => VERSIONED[kind] as unknown as typeof parties;
const factTable = (kind: FactKind) => FACTS[kind] as unknown as typeof clusterMemberships;

/** A fresh entityId for a new versioned entity. */
export function newEntityId(): string {
  return randomUUID();
}

/** All versions of one entity, oldest first (empty when unknown). */
export async function listVersions<K extends VersionedKind>(
  db: Db,
  kind: K,
  entityId: string,
): Promise<VersionRowOf<K>[]> {
  const table = versionTable(kind);
  const rows = await db
    .select()
    .from(table)
    .where(eq(table.entityId, entityId))
    .orderBy(asc(table.validFrom));
  return rows as unknown as VersionRowOf<K>[];
}

/**
 * The entityId of the entity with `key` in a collaboration (collaborations: `key` is global and
 * `collaborationId` is ignored), or null.
 */
export async function findEntityIdByKey(
  db: Db,
  kind: VersionedKind,
  collaborationId: string | null,
  key: string,
): Promise<string | null> {
  if (kind === 'collaboration') {
    const [row] = await db
      .select({ entityId: collaborations.entityId })
      .from(collaborations)
      .where(eq(collaborations.key, key))
      .limit(1);
    return row?.entityId ?? null;
  }
  const table = versionTable(kind);
  const [row] = await db
    .select({ entityId: table.entityId })
    .from(table)
    .where(and(eq(table.collaborationId, collaborationId ?? ''), eq(table.key, key)))
    .limit(1);
  return row?.entityId ?? null;
}

/** Inserts one version row and returns it. */
export async function insertVersion<K extends VersionedKind>(
  db: Db,
  kind: K,
  row: NewVersionOf<K>,
): Promise<VersionRowOf<K>> {
  const table = versionTable(kind);
  const [inserted] = await db
    .insert(table)
    .values(row as unknown as typeof parties.$inferInsert)
    .returning();
  return inserted as unknown as VersionRowOf<K>;
}

/** Patches one version row in place (a correction; the audit row keeps before and after). */
export async function updateVersion<K extends VersionedKind>(
  db: Db,
  kind: K,
  id: string,
  patch: Partial<NewVersionOf<K>>,
): Promise<void> {
  const table = versionTable(kind);
  await db
    .update(table)
    .set(patch as Partial<typeof parties.$inferInsert>)
    .where(eq(table.id, id));
}

/** Carries out a planned change (`planVersionedChange`); `rejected` plans are the caller's. */
export async function applyVersionChange<K extends VersionedKind>(
  db: Db,
  kind: K,
  change: VersionChange<VersionRowOf<K>>,
): Promise<void> {
  if (change.kind === 'updateInPlace') {
    await updateVersion(db, kind, change.id, change.attrs as Partial<NewVersionOf<K>>);
  } else if (change.kind === 'split') {
    const table = versionTable(kind);
    await db
      .update(table)
      .set({ validTo: change.close.validTo })
      .where(eq(table.id, change.close.id));
    await insertVersion(db, kind, change.insert as unknown as NewVersionOf<K>);
  }
}

/** Carries out a planned end (`planEnd`): closes one version and removes later ones. */
export async function applyVersionEnd(db: Db, kind: VersionedKind, end: VersionEnd): Promise<void> {
  if (end.kind !== 'end') return;
  const table = versionTable(kind);
  if (end.close) {
    await db.update(table).set({ validTo: end.close.validTo }).where(eq(table.id, end.close.id));
  }
  if (end.remove.length) await db.delete(table).where(inArray(table.id, end.remove));
}

/** Inserts one fact row and returns it. */
export async function insertFact<K extends FactKind>(
  db: Db,
  kind: K,
  row: NewFactOf<K>,
): Promise<FactRowOf<K>> {
  const table = factTable(kind);
  const [inserted] = await db
    .insert(table)
    .values(row as unknown as typeof clusterMemberships.$inferInsert)
    .returning();
  return inserted as unknown as FactRowOf<K>;
}

/** One fact by id, or null. */
export async function findFact<K extends FactKind>(
  db: Db,
  kind: K,
  id: string,
): Promise<FactRowOf<K> | null> {
  const table = factTable(kind);
  const [row] = await db.select().from(table).where(eq(table.id, id)).limit(1);
  return (row as unknown as FactRowOf<K> | undefined) ?? null;
}

/** One fact by its key within a collaboration, or null. */
export async function findFactByKey<K extends FactKind>(
  db: Db,
  kind: K,
  collaborationId: string,
  key: string,
): Promise<FactRowOf<K> | null> {
  const table = factTable(kind);
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.collaborationId, collaborationId), eq(table.key, key)))
    .limit(1);
  return (row as unknown as FactRowOf<K> | undefined) ?? null;
}

/** Sets a fact's last valid day (inclusive). */
export async function setFactEnd(
  db: Db,
  kind: FactKind,
  id: string,
  validTo: IsoDate | null,
): Promise<void> {
  const table = factTable(kind);
  await db.update(table).set({ validTo }).where(eq(table.id, id));
}

/** Patches a fact in place (a correction; the audit row keeps before and after). */
export async function updateFact<K extends FactKind>(
  db: Db,
  kind: K,
  id: string,
  patch: Partial<NewFactOf<K>>,
): Promise<void> {
  const table = factTable(kind);
  await db
    .update(table)
    .set(patch as Partial<typeof clusterMemberships.$inferInsert>)
    .where(eq(table.id, id));
}

/** Deletes facts that never took effect (they start after the day an entity ended). */
export async function deleteFacts(db: Db, kind: FactKind, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const table = factTable(kind);
  await db.delete(table).where(inArray(table.id, [...ids]));
}
