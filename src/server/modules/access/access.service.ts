/**
 * Where a user's role holds: their grants (user_scopes), and the role they have for the objects
 * one call acts on — their role when a grant covers every object, `member` when they sit in one
 * of the objects' fora (seats keep granting what they grant), `reader` otherwise.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AuthUser } from '../../platform/fastify-types';
import type { ScopeTarget } from '../../platform/scope';
import { todayInDenmark } from '../../../shared/dates';
import { hasRole, type Role } from '../../../shared/roles';
import { scopeKey, type ScopeGrant } from '../../../shared/scopes';
import { isForumMember } from '../organisation/index';
import { userScopes } from './access.table';
import { resolveTarget } from './scope-targets.repo';

/** A user's grants as scope keys. */
export async function grantKeysOf(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ kind: userScopes.kind, target: userScopes.target })
    .from(userScopes)
    .where(eq(userScopes.userId, userId));
  return new Set(rows.map((r) => scopeKey(r.kind, r.target)));
}

/** A user's grants, as stored. */
export async function grantsOf(
  db: Db,
  userId: string,
): Promise<(ScopeGrant & { source: 'manual' | 'oidc' })[]> {
  return db
    .select({ kind: userScopes.kind, target: userScopes.target, source: userScopes.source })
    .from(userScopes)
    .where(eq(userScopes.userId, userId))
    .orderBy(userScopes.kind, userScopes.target);
}

/** True when a national grant lets the user act everywhere. */
export const isNational = (grants: ReadonlySet<string>): boolean => grants.has('all');

/**
 * The user's role for a call acting on `targets` (all of them). Admins act everywhere; an object
 * that does not exist is left to the handler (404/422), so the refusal does not hide that answer.
 */
export async function effectiveRole(
  db: Db,
  user: AuthUser,
  targets: readonly ScopeTarget[],
  grants?: ReadonlySet<string>,
): Promise<Role> {
  if (user.role === 'admin') return 'admin';
  const mine = grants ?? (await grantKeysOf(db, user.id));
  if (isNational(mine)) return user.role;
  const forumIds = new Set<string>();
  let covered = true;
  for (const target of targets) {
    const resolved = await resolveTarget(db, target);
    resolved.forumIds.forEach((f) => forumIds.add(f));
    if (!resolved.found) continue;
    if (resolved.unattached) {
      if (mine.size === 0) covered = false;
      continue;
    }
    if (![...resolved.keys].some((k) => mine.has(k))) covered = false;
  }
  if (covered) return user.role;
  if (hasRole(user.role, 'member')) {
    const today = todayInDenmark();
    for (const forumId of forumIds) {
      if (await isForumMember(db, forumId, user.id, today)) return 'member';
    }
  }
  return 'reader';
}
