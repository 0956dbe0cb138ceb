/**
 * Writing a user's grants: the one place, kept apart from the access module's index (which loads
 * the organisation module) so the OIDC login in the auth module can use it without an import cycle.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { grantsForGroups, scopeKey, type ScopeGrant } from '../../../shared/scopes';
import { userScopes } from './access.table';

/** Replaces the user's grants of one source (manual: the admin's; oidc: the login's mapping). */
export async function replaceGrants(
  tx: Db,
  userId: string,
  source: 'manual' | 'oidc',
  grants: readonly ScopeGrant[],
): Promise<void> {
  await tx
    .delete(userScopes)
    .where(and(eq(userScopes.userId, userId), eq(userScopes.source, source)));
  const unique = new Map(grants.map((g) => [scopeKey(g.kind, g.target), g]));
  if (!unique.size) return;
  await tx
    .insert(userScopes)
    .values(
      [...unique.values()].map((g) => ({
        userId,
        kind: g.kind,
        target: g.kind === 'all' ? null : g.target,
        source,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Replaces the user's OIDC-mapped grants by those their groups map to (inside the login's
 * transaction); returns them. Grants given by hand are left alone.
 */
export async function syncOidcGrants(
  tx: Db,
  userId: string,
  groups: readonly string[],
  mapping: Readonly<Record<string, readonly ScopeGrant[]>>,
): Promise<ScopeGrant[]> {
  const grants = grantsForGroups(groups, mapping);
  await replaceGrants(tx, userId, 'oidc', grants);
  return grants;
}
