/**
 * The per-process cache of loaded organisations (docs/decisions/013-national-scale-reads.md,
 * "Organisation state"). A collaboration's snapshot (every row of its organisation, without
 * meeting dates) is kept under the key (collaboration, its `org_versions` version, the persons
 * version). Every read checks the key with one indexed query; the triggers of drizzle/0014 move
 * a version in the same transaction as any change, so a change committed by any app server is
 * seen by the very next read here, and a rolled-back change moves nothing that was cached.
 *
 * A miss loads the rows and their versions in one read-only REPEATABLE READ transaction, so the
 * entry is exactly the organisation of its key. Reads inside a transaction never use the cache:
 * a transaction may have written rows its versions do not show to anyone else yet.
 *
 * Everything cached is shared by concurrent requests and must be treated as immutable; outside
 * production the snapshot is deep-frozen so a caller that mutates it fails in the tests.
 */
import { PgTransaction } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orgVersions, PERSONS_VERSION_ID } from './org-derived.table';
import { loadSnapshot, type StoredSnapshot } from './org-snapshot.repo';

/** A small least-recently-used map bounded by entry count. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.map.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/** A snapshot with the version key it was loaded at. */
export interface CachedSnapshot {
  /** `collaborationId@version/personsVersion`: equal keys mean equal organisations. */
  key: string;
  snapshot: StoredSnapshot;
}

/** How many collaborations' snapshots a process keeps (national scale has 6 + ended ones). */
const SNAPSHOTS = 24;
/** How many evaluated days (any collaboration) a process keeps. */
const DAYS = 96;

/** One database's cache (tests open many databases in one process). */
export interface OrgReadCache {
  snapshots: Lru<string, CachedSnapshot>;
  /** Memoised values per `key|what`, e.g. an evaluated day or a person's timeline. */
  derived: Lru<string, unknown>;
  /** Counters, for tests and the benchmark's curiosity. */
  stats: { hits: number; misses: number };
}

const caches = new WeakMap<Db, OrgReadCache>();

/** The cache of reads through `db` (created on first use). */
export function orgReadCache(db: Db): OrgReadCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = {
      snapshots: new Lru(SNAPSHOTS),
      derived: new Lru(DAYS),
      stats: { hits: 0, misses: 0 },
    };
    caches.set(db, cache);
  }
  return cache;
}

/** True for a transaction handle: its reads may see its own uncommitted writes. */
export function isTransaction(db: Db): boolean {
  return db instanceof PgTransaction;
}

function keyOf(collaborationId: string, versions: ReadonlyMap<string, number>): string {
  const own = versions.get(collaborationId) ?? 0;
  const persons = versions.get(PERSONS_VERSION_ID) ?? 0;
  return `${collaborationId}@${own}/${persons}`;
}

async function versionsOf(db: Db, collaborationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select()
    .from(orgVersions)
    .where(sql`${orgVersions.collaborationId} in (${collaborationId}, ${PERSONS_VERSION_ID})`);
  return new Map(rows.map((r) => [r.collaborationId, Number(r.version)]));
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

const FREEZE = process.env.NODE_ENV !== 'production';

/**
 * The collaboration's snapshot (meeting dates left empty) and its version key: from the cache
 * when the versions did not move, else loaded. Inside a transaction: always loaded, not cached.
 */
export async function snapshotOf(db: Db, collaborationId: string): Promise<CachedSnapshot> {
  if (isTransaction(db)) {
    const snapshot = await loadSnapshot(db, collaborationId);
    return { key: `tx:${collaborationId}:${Math.random()}`, snapshot };
  }
  const cache = orgReadCache(db);
  const key = keyOf(collaborationId, await versionsOf(db, collaborationId));
  const cached = cache.snapshots.get(collaborationId);
  if (cached?.key === key) {
    cache.stats.hits += 1;
    return cached;
  }
  cache.stats.misses += 1;
  const loaded = await db.transaction(
    async (tx) => {
      const versions = await versionsOf(tx, collaborationId);
      return {
        key: keyOf(collaborationId, versions),
        snapshot: await loadSnapshot(tx, collaborationId),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (FREEZE) deepFreeze(loaded.snapshot);
  // An unknown collaboration is not kept: random ids must not crowd out real ones.
  if (loaded.snapshot.collaborations.length > 0) {
    const current = cache.snapshots.get(collaborationId);
    // Keep the newer of two concurrent loads (versions only grow).
    if (!current || versionNumber(current.key) <= versionNumber(loaded.key)) {
      cache.snapshots.set(collaborationId, loaded);
    }
  }
  return loaded;
}

function versionNumber(key: string): number {
  const [own = '0', persons = '0'] = key.slice(key.indexOf('@') + 1).split('/');
  return Number(own) + Number(persons);
}

/**
 * A value derived from one cached snapshot, memoised under `key|what` (bounded, shared by every
 * collaboration of the database). Values derived inside a transaction are not kept.
 */
export function memo<T>(db: Db, key: string, what: string, compute: () => T): T {
  if (key.startsWith('tx:')) return compute();
  const derived = orgReadCache(db).derived;
  const id = `${key}|${what}`;
  const found = derived.get(id);
  if (found !== undefined) return found as T;
  const value = compute();
  derived.set(id, value);
  return value;
}
