/**
 * Time in the organisation API: a versioned change keeps the old version readable as of an
 * earlier date (history is never overwritten), and a reorganisation ends the old fora the day
 * before the reform, records their successors and runs the carry-over handlers in the same
 * transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildSouthDenmark } from '../../../domain/organisation/test/south-denmark';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { registerCarryOverHandler, type CarryOverContext } from './index';
import { seedSnapshot, type SeededSnapshot } from './test/seed-snapshot';

let ctx: TestContext;
let secretariat: TestClient;
let seeded: SeededSnapshot;
const sd = buildSouthDenmark();

beforeAll(async () => {
  ctx = await createTestContext();
  seeded = await seedSnapshot(ctx.database.db, sd.snapshot());
  secretariat = await ctx.loginAs('secretariat');
});
afterAll(() => ctx.close());

interface ForumPageJson {
  forum: { name: string; charter: string | null; mustTasks: string[]; successorForumIds: string[] };
  history: {
    versions: Array<{ validFrom: string; validTo: string | null; charter: string | null }>;
  };
  members: unknown[];
}

async function forumPage(forumId: string, date: string): Promise<ForumPageJson> {
  const res = await secretariat.get(`/api/org/fora/${forumId}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ForumPageJson;
}

describe('history is never overwritten', () => {
  it('keeps the old version of a forum readable as of an earlier date', async () => {
    const ssu = seeded.idOf(sd.fora.ssu);
    const res = await secretariat.patch(`/api/org/fora/${ssu}`, {
      effectiveFrom: '2025-01-01',
      charter: 'Kommissorium 2025',
      mustTasks: ['Udarbejde udkast til sundhedsaftale', 'Følge op på sundhedsaftalens mål'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().item).toMatchObject({
      validFrom: '2025-01-01',
      charter: 'Kommissorium 2025',
    });

    const old = await forumPage(ssu, '2024-12-31');
    expect(old.forum.charter).toBeNull();
    expect(old.forum.mustTasks).toEqual([]);
    const now = await forumPage(ssu, '2025-01-01');
    expect(now.forum.charter).toBe('Kommissorium 2025');
    expect(now.history.versions).toEqual([
      expect.objectContaining({ validTo: '2024-12-31', charter: null }),
      expect.objectContaining({
        validFrom: '2025-01-01',
        validTo: null,
        charter: 'Kommissorium 2025',
      }),
    ]);
  });

  it('refuses a change on a day the forum does not exist (422), and a no-op (422)', async () => {
    const ssu = seeded.idOf(sd.fora.ssu);
    const early = await secretariat.patch(`/api/org/fora/${ssu}`, {
      effectiveFrom: '2020-01-01',
      charter: 'For tidligt',
    });
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json().detail).toMatch(/oprettes først/);
    expect(early.json().extra).toMatchObject({ reason: 'notYet' });
    const same = await secretariat.patch(`/api/org/fora/${ssu}`, {
      effectiveFrom: '2025-06-01',
      charter: 'Kommissorium 2025',
    });
    expect(same.statusCode, same.body).toBe(422);
  });
});

describe('a reorganisation', () => {
  const reform = '2027-01-01';
  let successor: string;
  const calls: CarryOverContext[] = [];

  beforeAll(async () => {
    const res = await secretariat.post(`/api/org/collaborations/${seeded.collaborationId}/fora`, {
      name: 'Sundhedsråd Fyn',
      level: 'cluster',
      kind: 'political',
      validFrom: reform,
    });
    expect(res.statusCode, res.body).toBe(201);
    successor = res.json().item.entityId as string;
  });

  const request = (acknowledgeBreaches?: boolean) => ({
    effectiveDate: reform,
    mappings: [{ fromForumId: seeded.idOf(sd.fora.political.Fyn), toForumIds: [successor] }],
    ...(acknowledgeBreaches === undefined ? {} : { acknowledgeBreaches }),
  });
  const url = () => `/api/org/collaborations/${seeded.collaborationId}/reorganisations`;

  it('is refused (409) when it adds breaches, and the handlers’ writes roll back', async () => {
    const unregister = registerCarryOverHandler({
      name: 'test-rollback',
      carryOver: async ({ tx }) => {
        await tx.execute(sql`create table carry_over_probe (id int)`);
        return { handler: 'test-rollback', summary: 'probe', movedIds: [] };
      },
    });
    try {
      const res = await secretariat.post(url(), request());
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('compositionBreach');
      const probe = (await ctx.database.db.execute(
        sql`select to_regclass('carry_over_probe') is not null as exists`,
      )) as unknown as { rows: Array<{ exists: boolean }> };
      expect(probe.rows[0]?.exists).toBe(false);
    } finally {
      unregister();
    }
  });

  it('ends the old fora the day before, sets successors and calls the carry-over handlers', async () => {
    const unregister = registerCarryOverHandler({
      name: 'test',
      carryOver: async (c) => {
        calls.push(c);
        return { handler: 'test', summary: '1 sag flyttet', movedIds: ['case-1'] };
      },
    });
    try {
      const res = await secretariat.post(url(), request(true));
      expect(res.statusCode, res.body).toBe(200);
      // Other modules (meetings, cases) register their own handlers too.
      expect(res.json()).toMatchObject({ endedForumIds: [seeded.idOf(sd.fora.political.Fyn)] });
      expect(res.json().carriedOver).toContainEqual({
        handler: 'test',
        summary: '1 sag flyttet',
        movedIds: ['case-1'],
      });
    } finally {
      unregister();
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      collaborationId: seeded.collaborationId,
      effectiveDate: reform,
      mappings: [{ fromForumId: seeded.idOf(sd.fora.political.Fyn), toForumIds: [successor] }],
    });

    const old = seeded.idOf(sd.fora.political.Fyn);
    const lastDay = await forumPage(old, '2026-12-31');
    expect(lastDay.members.length).toBeGreaterThan(0);
    const after = await forumPage(old, reform);
    expect(after.members).toEqual([]);
    expect(after.forum.successorForumIds).toEqual([successor]);

    const overview = await secretariat.get(
      `/api/org/collaborations/${seeded.collaborationId}/overview?date=${reform}`,
    );
    const fora = (
      overview.json() as { foraByLevel: Array<{ fora: Array<{ entityId: string }> }> }
    ).foraByLevel.flatMap((g) => g.fora.map((f) => f.entityId));
    expect(fora).toContain(successor);
    expect(fora).not.toContain(old);
  });
});
