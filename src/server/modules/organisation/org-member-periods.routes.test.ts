/**
 * The stored membership periods answer "did this user sit in that forum on that day" exactly as
 * the organisation's own derivation (`isForumMember`) does, and follow a change of the
 * organisation through the version the triggers bump.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { buildOrganisation, FORA, type OrgFixture } from '../../test/cases-fixtures';
import { createTestContext, type TestContext } from '../../test/test-app';
import {
  appoint,
  createSeat,
  freshMemberPeriods,
  getForumMembers,
  orgContext,
  orgVersionsOf,
  satInForumSql,
} from './index';

let ctx: TestContext;
let org: OrgFixture;
let userIds: string[];

const userIdOf = (client: { userId: string | null }): string => client.userId ?? '';

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  const reader = await ctx.loginAs('reader', 'Læser uden person');
  userIds = [
    ...FORA.map((f) => userIdOf(org.members[f].client)),
    userIdOf(org.ssuSecretary.client),
    userIdOf(org.ssuSubstitute.client),
    userIdOf(org.temaChair.client),
    userIdOf(reader),
  ];
});
afterAll(() => ctx.close());

async function satBySql(userId: string, forumId: string, on: string): Promise<boolean> {
  const [row] = await ctx.database.db
    .select({ sat: satInForumSql(userId, forumId, on) })
    .from(sql`(select 1) as one`);
  return row?.sat === true;
}

async function agreeOn(dates: readonly string[]): Promise<number> {
  const db = ctx.database.db;
  await freshMemberPeriods(db);
  let cleared = 0;
  for (const forumId of Object.values(org.fora)) {
    for (const on of dates) {
      const members = (await getForumMembers(db, forumId, on)) ?? [];
      for (const userId of userIds) {
        // isForumMember's rule: the member's or the substitute's account.
        const expected = members.some(
          (m) => m.userId === userId || m.substitute?.userId === userId,
        );
        expect(await satBySql(userId, forumId, on), `${forumId} ${userId} ${on}`).toBe(expected);
        if (expected) cleared += 1;
      }
    }
  }
  return cleared;
}

describe('forum member periods', () => {
  it('agree with the derived membership for every forum, user and day (members, secretary, substitute)', async () => {
    const cleared = await agreeOn(['2024-12-31', '2025-01-01', '2025-06-30', '2031-01-01']);
    expect(cleared).toBeGreaterThan(0);
    expect(await satBySql(userIdOf(org.ssuSubstitute.client), org.fora.ssu, '2025-06-30')).toBe(
      true,
    );
  });

  it('follow a change: a new seat from a later day moves the version and the periods', async () => {
    const db = ctx.database.db;
    const before = (await orgVersionsOf(db, [org.collaborationId])).get(org.collaborationId);
    const o = orgContext(db);
    const seat = await createSeat(o, SYSTEM_ACTOR, org.fora.tss, {
      label: 'Ekstra plads',
      role: 'member',
      validFrom: '2026-03-01',
    });
    await appoint(o, SYSTEM_ACTOR, {
      seatId: seat.result.entityId,
      personId: org.members.eu.personId,
      substitutePersonId: null,
      validFrom: '2026-03-01',
    });
    const after = (await orgVersionsOf(db, [org.collaborationId])).get(org.collaborationId);
    expect(after).toBeGreaterThan(before ?? Number.MAX_SAFE_INTEGER);
    const euUser = userIdOf(org.members.eu.client);
    await freshMemberPeriods(db);
    expect(await satBySql(euUser, org.fora.tss, '2026-02-28')).toBe(false);
    expect(await satBySql(euUser, org.fora.tss, '2026-03-01')).toBe(true);
    await agreeOn(['2026-02-28', '2026-03-01']);
  });

  it('a rolled-back change never reuses a version', async () => {
    const db = ctx.database.db;
    const versionOf = async () =>
      (await orgVersionsOf(db, [org.collaborationId])).get(org.collaborationId) ?? 0;
    const start = await versionOf();
    let inside = 0;
    await db
      .transaction(async (tx) => {
        await tx.execute(
          sql`update fora set name = name where collaboration_id = ${org.collaborationId}`,
        );
        inside = (await orgVersionsOf(tx, [org.collaborationId])).get(org.collaborationId) ?? 0;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(inside).toBeGreaterThan(start);
    expect(await versionOf()).toBe(start);
    await db.execute(
      sql`update fora set name = name where collaboration_id = ${org.collaborationId}`,
    );
    expect(await versionOf()).toBeGreaterThan(inside);
  });
});
