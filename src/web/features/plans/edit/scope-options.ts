/**
 * Which collaborations a user can create a plan in: the server decides (every mutation checks the
 * user's scopes), but the dialog offers only collaborations one of the user's scopes covers, so a
 * regional secretariat does not meet a dead end in another region. Scopes of a forum, cluster or
 * party name no collaboration here: then every collaboration is offered and the server decides.
 */
import type { ScopeGrantView } from '../../../../shared/scopes';

interface CollaborationOption {
  entityId: string;
  regionName: string;
}

/** The collaborations `scopes` may cover (all of them for an admin or a national scope). */
export function collaborationsInScope<T extends CollaborationOption>(
  collaborations: readonly T[],
  scopes: readonly ScopeGrantView[] | undefined,
  isAdmin: boolean,
): T[] {
  if (isAdmin || scopes === undefined) return [...collaborations];
  if (scopes.some((s) => s.kind === 'all' || !['region', 'collaboration'].includes(s.kind))) {
    return [...collaborations];
  }
  const regions = new Set(scopes.filter((s) => s.kind === 'region').map((s) => s.target));
  const ids = new Set(scopes.filter((s) => s.kind === 'collaboration').map((s) => s.target));
  return collaborations.filter((c) => ids.has(c.entityId) || regions.has(c.regionName));
}
