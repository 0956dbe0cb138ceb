/** The only file that queries the users table. */
import { asc, eq, sql } from 'drizzle-orm';
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
