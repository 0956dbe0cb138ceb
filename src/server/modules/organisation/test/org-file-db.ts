/** Test helpers over the database for organisation files: row counts and a loaded collaboration. */
import { count } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { auditLog } from '../../audit/audit.table';
import { loadSnapshot, type StoredSnapshot } from '../org-snapshot.repo';
import { findEntityIdByKey } from '../org-version.repo';
import {
  appointments,
  clusterMemberships,
  clusters,
  collaborations,
  compositionRules,
  fora,
  officeHoldings,
  parties,
  persons,
  seats,
} from '../org-tables';

const TABLES = {
  collaborations,
  parties,
  clusters,
  clusterMemberships,
  fora,
  seats,
  compositionRules,
  persons,
  officeHoldings,
  appointments,
  auditLog,
} as const;

/** Rows per organisation table (and the audit log). */
export async function countRows(db: Db): Promise<Record<keyof typeof TABLES, number>> {
  const out = {} as Record<keyof typeof TABLES, number>;
  for (const [name, table] of Object.entries(TABLES) as [keyof typeof TABLES, typeof parties][]) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}

/** The stored collaboration with `key`. */
export async function loadByKey(db: Db, key: string): Promise<StoredSnapshot> {
  const id = await findEntityIdByKey(db, 'collaboration', null, key);
  if (id === null) throw new Error(`no collaboration ${key}`);
  return loadSnapshot(db, id);
}
