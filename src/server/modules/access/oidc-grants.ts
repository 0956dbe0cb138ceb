/** The grants an OIDC login maps from the user's groups, kept apart from those given by hand. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { grantsForGroups, type ScopeGrant } from '../../../shared/scopes';
import { userScopes } from './access.table';

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
  await tx
    .delete(userScopes)
    .where(and(eq(userScopes.userId, userId), eq(userScopes.source, 'oidc')));
  if (grants.length) {
    await tx
      .insert(userScopes)
      .values(
        grants.map((g) => ({
          userId,
          kind: g.kind,
          target: g.kind === 'all' ? null : g.target,
          source: 'oidc' as const,
        })),
      )
      .onConflictDoNothing();
  }
  return grants;
}
