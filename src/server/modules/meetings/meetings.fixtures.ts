/**
 * Test fixtures: a collaboration with fora, persons and appointed seats, made through the
 * organisation module's public services (fictional people only). Used by the route tests.
 */
import type { Db } from '../../db/client';
import { SYSTEM_ACTOR } from '../../platform/audit';
import type { Cadence } from '../../../shared/organisation.rules';
import type { SeatRole } from '../../../shared/organisation.enums';
import {
  appoint,
  createCollaboration,
  createForum,
  createPerson,
  createSeat,
  orgContext,
} from '../organisation/index';
import { meetingDatesByForum } from './integration';

const FROM = '2012-01-01';

/** Creates a collaboration and one forum per name; returns their entity ids. */
export async function createFora<N extends string>(
  db: Db,
  names: readonly N[],
  cadence: Cadence | null = null,
): Promise<{ collaborationId: string; fora: Record<N, string> }> {
  const org = orgContext(db, meetingDatesByForum);
  const collaboration = await createCollaboration(org, SYSTEM_ACTOR, {
    name: `Sundhedssamarbejde ${Math.random().toString(36).slice(2, 8)}`,
    regionName: 'Region Test',
    validFrom: FROM,
  });
  const fora = {} as Record<N, string>;
  for (const name of names) {
    const { result } = await createForum(org, SYSTEM_ACTOR, collaboration.entityId, {
      name,
      level: 'regional',
      kind: 'political',
      validFrom: FROM,
      cadence,
    });
    fora[name] = result.entityId;
  }
  return { collaborationId: collaboration.entityId, fora };
}

/** A fictional person. */
export async function createTestPerson(db: Db, name: string): Promise<string> {
  const org = orgContext(db, meetingDatesByForum);
  return (await createPerson(org, SYSTEM_ACTOR, { name, fictional: true })).id;
}

/**
 * An appointed seat in a forum held by `personId` (with an optional substitute) from a day;
 * returns the seat's entity id.
 */
export async function seatPerson(
  db: Db,
  forumId: string,
  args: { personId: string; role: SeatRole; substitutePersonId?: string; validFrom?: string },
): Promise<string> {
  const org = orgContext(db, meetingDatesByForum);
  const validFrom = args.validFrom ?? FROM;
  const seat = await createSeat(org, SYSTEM_ACTOR, forumId, {
    label: args.role,
    role: args.role,
    validFrom,
    acknowledgeBreaches: true,
  });
  await appoint(org, SYSTEM_ACTOR, {
    seatId: seat.result.entityId,
    personId: args.personId,
    substitutePersonId: args.substitutePersonId ?? null,
    validFrom,
    acknowledgeBreaches: true,
  });
  return seat.result.entityId;
}
