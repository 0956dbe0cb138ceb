/**
 * The organisation read cache (org-read-cache.ts) never shows a stale organisation: a change
 * through the API, or made directly in SQL as another app server would, is seen by the very
 * next read; two app instances on one database (each with its own cache) see each other's
 * changes; a change that was rolled back leaves nothing behind. And the cache is used: a read
 * of an unchanged organisation is answered from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ForumPage, Overview } from '../../../shared/organisation-views.contract';
import { buildApp } from '../../app';
import { sessionCookieName } from '../auth/index';
import type { Db } from '../../db/client';
import { createTestContext, TestClient, type TestContext } from '../../test/test-app';
import { findEntityIdByKey, getForumMembers, loadOrganisationDemo } from './index';
import { loadOrgDay, memberTimeline, forumTimeline, personTimeline } from './org-day';
import { orgReadCache } from './org-read-cache';

const DATE = '2024-06-01';
let ctx: TestContext;
let reader: TestClient;
let secretariat: TestClient;
/** A second app server on the same database, with its own cache (its own `Db` handle). */
let other: FastifyInstance;
let otherDb: Db;
let otherReader: TestClient;
let collaborationId: string;
let ssu: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await loadOrganisationDemo(ctx.database);
  collaborationId =
    (await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'south-denmark-2022')) ?? '';
  ssu = (await findEntityIdByKey(ctx.database.db, 'forum', collaborationId, 'ssu')) ?? '';
  reader = await ctx.loginAs('reader');
  secretariat = await ctx.loginAs('secretariat');
  // Another process would have its own handle; a derived object is a distinct cache key.
  otherDb = Object.create(ctx.database.db) as Db;
  other = await buildApp({
    config: ctx.config,
    database: { ...ctx.database, db: otherDb, close: async () => {} },
    webDist: '/nonexistent',
  });
  await other.ready();
  otherReader = new TestClient(other, ctx.database);
  const cookie = sessionCookieName(ctx.config);
  otherReader.setCookie(cookie, reader.getCookie(cookie) ?? '');
});
afterAll(async () => {
  await other.close();
  await ctx.close();
});

async function forumName(client: TestClient, forumId = ssu): Promise<string> {
  const res = await client.get(`/api/org/fora/${forumId}?date=${DATE}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as ForumPage).forum.name;
}

async function overview(client: TestClient): Promise<Overview> {
  const res = await client.get(`/api/org/collaborations/${collaborationId}/overview?date=${DATE}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Overview;
}

describe('the organisation read cache', () => {
  it('answers a read of an unchanged organisation from the cache', async () => {
    await overview(reader);
    const stats = orgReadCache(ctx.database.db).stats;
    const { hits, misses } = stats;
    await overview(reader);
    await forumName(reader);
    expect(stats.misses).toBe(misses);
    expect(stats.hits).toBe(hits + 2);
  });

  it('shows a change through the API on the very next read, on both app servers', async () => {
    expect(await forumName(otherReader)).toBe(await forumName(reader));
    const res = await secretariat.patch(`/api/org/fora/${ssu}`, {
      effectiveFrom: '2022-07-01',
      name: 'Sundhedssamarbejdsudvalget (omdøbt)',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await forumName(reader)).toBe('Sundhedssamarbejdsudvalget (omdøbt)');
    expect(await forumName(otherReader)).toBe('Sundhedssamarbejdsudvalget (omdøbt)');
  });

  it('shows a change made directly in SQL (another server) on the very next read', async () => {
    await forumName(reader);
    await forumName(otherReader);
    await ctx.database.db.execute(
      sql`update fora set name = 'SSU ændret i SQL' where entity_id = ${ssu}`,
    );
    expect(await forumName(reader)).toBe('SSU ændret i SQL');
    expect(await forumName(otherReader)).toBe('SSU ændret i SQL');
    // A person renamed in SQL moves the persons' version.
    const members = (await getForumMembers(ctx.database.db, ssu, DATE)) ?? [];
    const someone = members[0];
    expect(someone).toBeDefined();
    await ctx.database.db.execute(
      sql`update persons set name = 'Omdøbt Person' where id = ${someone?.personId ?? ''}`,
    );
    const again = (await getForumMembers(otherDb, ssu, DATE)) ?? [];
    expect(again.find((m) => m.personId === someone?.personId)?.name).toBe('Omdøbt Person');
  });

  it('leaves nothing of a rolled-back change in the cache', async () => {
    const before = await forumName(reader);
    await expect(
      ctx.database.db.transaction(async (tx) => {
        await tx.execute(sql`update fora set name = 'Rullet tilbage' where entity_id = ${ssu}`);
        // A read inside the transaction sees its own write, and is not cached.
        const day = await loadOrgDay({ db: tx }, collaborationId, DATE);
        expect(day.state.fora.get(ssu)?.name).toBe('Rullet tilbage');
        expect((await getForumMembers(tx, ssu, DATE))?.length).toBeGreaterThan(0);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await forumName(reader)).toBe(before);
    expect(await forumName(otherReader)).toBe(before);
    await ctx.database.db.execute(
      sql`update fora set name = 'Efter rollback' where entity_id = ${ssu}`,
    );
    expect(await forumName(reader)).toBe('Efter rollback');
  });

  it('keeps the cached snapshot immutable', async () => {
    const day = await loadOrgDay({ db: ctx.database.db }, collaborationId, DATE);
    expect(Object.isFrozen(day.snapshot.fora)).toBe(true);
    expect(Object.isFrozen(day.snapshot.fora[0])).toBe(true);
  });
});

describe('the timelines derived once per version', () => {
  it('equal a replay of the whole history, for every forum and every person', async () => {
    const day = await loadOrgDay({ db: ctx.database.db }, collaborationId, DATE);
    for (const forumId of new Set(day.snapshot.fora.map((f) => f.entityId))) {
      expect(forumTimeline(day, [forumId])).toEqual(
        memberTimeline(day.snapshot, { forumIds: [forumId] }),
      );
    }
    let withEvents = 0;
    for (const person of day.snapshot.persons) {
      const expected = memberTimeline(day.snapshot, { personId: person.id });
      if (expected.length > 0) withEvents += 1;
      expect(personTimeline(day, person.id)).toEqual(expected);
    }
    expect(withEvents).toBeGreaterThan(0);
  });
});
