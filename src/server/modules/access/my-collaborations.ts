/**
 * The collaborations a user works in, so a page that makes something for a collaboration can
 * start on one of the user's own instead of the alphabetically first of the country's: where the
 * role holds for the whole collaboration (a collaboration or region grant), and where it holds
 * for a part of it (a cluster, forum or party grant). One indexed look-up per grant.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AuthUser } from '../../platform/fastify-types';
import type { MyCollaborations } from '../../../shared/scopes';
import { collaborations } from '../organisation/index';
import { grantsOf } from './access.service';
import { resolveTarget } from './scope-targets.repo';

const PREFIX = 'collaboration:';

/** The user's collaborations by their grants (admins and national grants: everywhere). */
export async function myCollaborations(db: Db, user: AuthUser): Promise<MyCollaborations> {
  const grants = await grantsOf(db, user.id);
  if (user.role === 'admin' || grants.some((g) => g.kind === 'all')) {
    return { everywhere: true, whole: [], part: [] };
  }
  const whole = new Set<string>();
  const part = new Set<string>();
  const regions = grants.filter((g) => g.kind === 'region').map((g) => g.target ?? '');
  if (regions.length) {
    const rows = await db
      .selectDistinct({ id: collaborations.entityId })
      .from(collaborations)
      .where(inArray(collaborations.regionName, regions));
    for (const r of rows) whole.add(r.id);
  }
  for (const grant of grants) {
    if (!grant.target) continue;
    if (grant.kind === 'collaboration') whole.add(grant.target);
    if (grant.kind !== 'cluster' && grant.kind !== 'forum' && grant.kind !== 'party') continue;
    const resolved = await resolveTarget(db, { kind: grant.kind, id: grant.target });
    for (const key of resolved.keys) {
      if (key.startsWith(PREFIX)) part.add(key.slice(PREFIX.length));
    }
  }
  for (const id of whole) part.delete(id);
  return { everywhere: false, whole: [...whole].sort(), part: [...part].sort() };
}
