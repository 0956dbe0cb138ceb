/**
 * The demo plan loads on any day (issue 9 item 9): marked fictional, owned by the SSU before 2027
 * and by Sundhedsråd Fyn after, at least 20 initiatives, three closed rounds and one open, every
 * closed round a complete slice, the demo contact granted Odense and still to answer the open one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { auditLog } from '../modules/audit/audit.table';
import { findUserByEmail } from '../modules/auth/index';
import { userScopes } from '../modules/access/index';
import { findEntityIdByKey, parties } from '../modules/organisation/index';
import {
  planDegrees,
  planIndicators,
  planIndicatorValues,
  planInitiatives,
  planOwners,
  planRoundResponses,
  planRounds,
  plans,
} from '../modules/plans/plans.table';
import { createTestContext, type TestContext } from '../test/test-app';
import { loadDemoData } from './demo';
import { demoLoaders } from './loaders';
import { degreePath, demoRounds } from './plans-demo.data';
import { CONTACT_EMAIL } from './plans-demo';

const DAYS = ['2026-03-02', '2026-12-20', '2027-01-04', '2029-06-01'] as const;

describe('the demo plan data', () => {
  it('is deterministic and evolves one step at a time', () => {
    expect(degreePath('7:Odense', 4)).toEqual(degreePath('7:Odense', 4));
    const keys = ['notRelevant', 'notStarted', 'planned', 'inProgress', 'partly', 'full'];
    for (let n = 1; n <= 24; n++) {
      const path = degreePath(`${n}:Assens`, 4).map((k) => keys.indexOf(k));
      for (let r = 1; r < path.length; r++) {
        expect((path[r] ?? 0) - (path[r - 1] ?? 0)).toBeGreaterThanOrEqual(0);
        expect((path[r] ?? 0) - (path[r - 1] ?? 0)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('has three closed rounds before the day and an open one around it', () => {
    const rounds = demoRounds('2026-03-02');
    expect(rounds.filter((r) => r.closedOn !== null)).toHaveLength(3);
    const open = rounds.at(-1);
    expect(open?.closedOn).toBeNull();
    expect(open && open.opensOn < '2026-03-02' && open.deadline > '2026-03-02').toBe(true);
    for (const r of rounds.slice(0, 3)) expect((r.closedOn ?? '') < '2026-03-02').toBe(true);
  });
});

describe.each(DAYS)('the demo plan made for %s', (day) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    expect(await loadDemoData(ctx.database, demoLoaders, { today: day })).toBe(true);
  });
  afterAll(() => ctx.close());

  it('is a fictional plan with 20+ initiatives, 3 closed rounds and 1 open, owned on the day', async () => {
    const db = ctx.database.db;
    const all = await db.select().from(plans);
    expect(all).toHaveLength(1);
    const plan = all[0];
    if (!plan) throw new Error('no plan');
    expect(plan.fictional).toBe(true);
    expect(plan.title.startsWith('Fiktivt eksempel:')).toBe(true);
    const initiatives = await db
      .select()
      .from(planInitiatives)
      .where(eq(planInitiatives.planId, plan.id));
    expect(initiatives.length).toBeGreaterThanOrEqual(20);
    expect(new Set(initiatives.map((i) => i.level)).size).toBe(4);
    const rounds = await db.select().from(planRounds).where(eq(planRounds.planId, plan.id));
    expect(rounds.filter((r) => r.status === 'closed')).toHaveLength(3);
    expect(rounds.filter((r) => r.status === 'open')).toHaveLength(1);

    const owners = await db.select().from(planOwners).where(eq(planOwners.planId, plan.id));
    const current = owners.find((o) => o.validFrom <= day && (o.validTo ?? '9999') >= day);
    const south = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) ?? '';
    const next = (await findEntityIdByKey(db, 'collaboration', null, 'syddanmark-2027')) ?? '';
    const expected =
      day < '2027-01-01'
        ? await findEntityIdByKey(db, 'forum', south, 'ssu')
        : await findEntityIdByKey(db, 'forum', next, 'sundhedsraad-fyn');
    expect(current?.forumId).toBe(expected);

    // Every closed round is a complete slice: one degree per initiative and subject.
    for (const round of rounds.filter((r) => r.status === 'closed')) {
      const slice = await db.select().from(planDegrees).where(eq(planDegrees.roundId, round.id));
      const first = rounds.find((r) => r.opensOn < round.opensOn) === undefined;
      const closed = rounds.filter((r) => r.status === 'closed');
      expect(slice.length).toBe(
        (
          await db
            .select()
            .from(planDegrees)
            .where(eq(planDegrees.roundId, closed[0]?.id ?? ''))
        ).length,
      );
      if (first) expect(slice.every((d) => !d.carried)).toBe(true);
    }

    const [indicator] = await db.select().from(planIndicators);
    expect(indicator?.name.startsWith('Fiktivt eksempel:')).toBe(true);
    const values = await db.select().from(planIndicatorValues);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v.note.includes('Opdigtet'))).toBe(true);

    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'plans.demo'));
    expect(audit).toHaveLength(1);
  });

  it('grants the demo contact Odense, which has the open round still to answer', async () => {
    const db = ctx.database.db;
    const user = await findUserByEmail(db, CONTACT_EMAIL);
    expect(user?.name).toBe('Kim Kontakt (demo)');
    const grants = await db
      .select()
      .from(userScopes)
      .where(eq(userScopes.userId, user?.id ?? ''));
    expect(grants.map((g) => g.kind)).toEqual(['party']);
    const [odense] = await db
      .select()
      .from(parties)
      .where(and(eq(parties.entityId, grants[0]?.target ?? ''), isNotNull(parties.name)));
    expect(odense?.name).toBe('Odense');
    const [open] = await db.select().from(planRounds).where(eq(planRounds.status, 'open'));
    expect(open?.partyIds).toContain(grants[0]?.target);
    const [response] = await db
      .select()
      .from(planRoundResponses)
      .where(
        and(
          eq(planRoundResponses.roundId, open?.id ?? ''),
          eq(planRoundResponses.partyId, grants[0]?.target ?? ''),
        ),
      );
    expect(response?.status).toBe('pending');
  });
});
