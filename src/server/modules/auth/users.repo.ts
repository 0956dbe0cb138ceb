/** The only file that queries the users table. */
import { and, asc, eq, ilike, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Role } from '../../../shared/roles';
import type { User } from '../../../shared/auth.contract';
import { users } from './auth.table';

export type UserRow = typeof users.$inferSelect;

/** The API shape of a user; never includes the password hash. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    disabled: row.disabledAt !== null,
    hasPassword: row.passwordHash !== null,
    oidcIssuer: row.oidcIssuer,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const rows = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findUserByOidcIdentity(
  db: Db,
  issuer: string,
  subject: string,
): Promise<UserRow | null> {
  const rows = await db
    .select()
    .from(users)
    .where(sql`${users.oidcIssuer} = ${issuer} and ${users.oidcSubject} = ${subject}`)
    .limit(1);
  return rows[0] ?? null;
}

export function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.name));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Account names by id (disabled accounts included: they name past actions); unknown ids left out. */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter((id) => UUID.test(id));
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** `%text%` for ILIKE, with the wildcards in `text` escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Enabled accounts whose name contains `q` (case-insensitive), by name; only id and name are
 * read, so nothing else can leave through the directory.
 */
export function listEnabledUserNames(
  db: Db,
  q: string | undefined,
  limit: number,
): Promise<{ id: string; name: string }[]> {
  const enabled = isNull(users.disabledAt);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(q ? and(enabled, ilike(users.name, containing(q))) : enabled)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
    .limit(limit);
}

export async function insertUser(
  db: Db,
  input: {
    /** Set when the caller needs the id before the insert (e.g. as the audit actor). */
    id?: string;
    email: string;
    name: string;
    role: Role;
    passwordHash?: string | null;
    oidcIssuer?: string | null;
    oidcSubject?: string | null;
  },
): Promise<UserRow> {
  const rows = await db.insert(users).values(input).returning();
  return rows[0] as UserRow;
}

export async function updateUserRow(
  db: Db,
  id: string,
  patch: Partial<Pick<UserRow, 'name' | 'role' | 'disabledAt' | 'locale' | 'passwordHash'>>,
): Promise<UserRow | null> {
  const rows = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return rows[0] ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return rows[0]?.n ?? 0;
}
