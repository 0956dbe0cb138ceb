/** The audit log: append-only in the database, read-only in the API, filterable by admins. */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  TEST_PASSWORD,
  type TestClient,
  type TestContext,
} from '../../test/test-app';
import type { AuditEntry, AuditPage } from '../../../shared/audit.contract';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { auditLog, countAudit } from './index';

let ctx: TestContext;
let admin: TestClient;
let bo: { id: string; email: string };
let cy: { id: string; email: string };

async function createViaApi(name: string): Promise<{ id: string; email: string }> {
  const email = `${name.toLowerCase()}-${Date.now()}@samspil.test`;
  const res = await admin.post('/api/users', {
    email,
    name,
    role: 'member',
    password: TEST_PASSWORD,
  });
  expect(res.statusCode).toBe(201);
  return { id: res.json().id, email };
}

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.loginAs('admin', 'Anne Admin');
  bo = await createViaApi('Bo');
  cy = await createViaApi('Cy');
  const boClient = ctx.anonymous();
  expect(
    (await boClient.post('/api/auth/login', { email: bo.email, password: TEST_PASSWORD }))
      .statusCode,
  ).toBe(200);
  expect((await admin.patch(`/api/users/${cy.id}`, { name: 'Cy Ny' })).statusCode).toBe(200);
  expect((await admin.post(`/api/users/${bo.id}/revoke-sessions`)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

async function page(query: string): Promise<AuditPage> {
  const res = await admin.get(`/api/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const actions = (items: AuditEntry[]) => items.map((i) => i.action).sort();

/** The PostgreSQL error behind a failed query (drizzle wraps it in `cause`). */
async function pgErrorOf(query: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await query;
  } catch (error) {
    let e: unknown = error;
    while (e && typeof (e as { code?: unknown }).code !== 'string' && (e as Error).cause) {
      e = (e as Error).cause;
    }
    return e as { code?: string; message: string };
  }
  throw new Error('the query was expected to fail');
}

describe('the audit log is append-only', () => {
  it.each([
    ['UPDATE', sql`update audit_log set action = 'forfalsket'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
  ])('refuses %s even as raw SQL', async (op, statement) => {
    const before = await ctx.database.db.select().from(auditLog).orderBy(auditLog.id);
    const error = await pgErrorOf(ctx.database.db.execute(statement));
    expect(error.message).toContain(`audit_log is append-only (${op} refused)`);
    expect(error.code).toBe('42501');
    const after = await ctx.database.db.select().from(auditLog).orderBy(auditLog.id);
    expect(after).toEqual(before);
  });

  it('refuses changes through the query builder too', async () => {
    const count = await countAudit(ctx.database.db);
    const update = ctx.database.db.update(auditLog).set({ summary: 'x' }).where(eq(auditLog.id, 1));
    expect((await pgErrorOf(update)).code).toBe('42501');
    expect((await pgErrorOf(ctx.database.db.delete(auditLog))).code).toBe('42501');
    expect(await countAudit(ctx.database.db)).toBe(count);
  });

  it('has no API route that changes or deletes entries', async () => {
    const auditRoutes = ctx.routes.filter((r) => r.url.startsWith('/api/audit'));
    expect(auditRoutes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(auditRoutes.map((r) => r.method))).toEqual(new Set(['GET', 'HEAD']));
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await admin.request(method, '/api/audit', { payload: {} });
      expect(res.statusCode).toBe(404);
    }
  });
});

describe('GET /api/audit', () => {
  it('filters by the acting person', async () => {
    const byBo = await page(`actorUserId=${bo.id}`);
    expect(actions(byBo.items)).toEqual(['auth.login']);
    const byAdmin = await page(`actorUserId=${admin.userId}`);
    expect(byAdmin.items.every((i) => i.actorUserId === admin.userId)).toBe(true);
    expect(actions(byAdmin.items)).toEqual(
      expect.arrayContaining(['auth.login', 'user.create', 'user.create', 'user.update']),
    );
    expect(byAdmin.items.find((i) => i.action === 'user.update')?.actorName).toBe('Anne Admin');
  });

  it('filters by the person an entry concerns (relatedTo)', async () => {
    const aboutBo = await page(`relatedTo=${bo.id}`);
    expect(actions(aboutBo.items)).toEqual(['auth.login', 'user.create', 'user.revokeSessions']);
    for (const item of aboutBo.items) {
      expect(item.entityId === bo.id || item.relatedIds.includes(bo.id)).toBe(true);
    }
    const aboutCy = await page(`relatedTo=${cy.id}`);
    expect(actions(aboutCy.items)).toEqual(['user.create', 'user.update']);
  });

  it('filters by entity type and action', async () => {
    const updates = await page('entityType=user&action=user.update');
    expect(updates.items).toHaveLength(1);
    expect(updates.items[0]).toMatchObject({ entityId: cy.id, after: { name: 'Cy Ny' } });
    expect((await page('entityType=meeting')).items).toEqual([]);
  });

  it('filters by period in Danish calendar days', async () => {
    const today = todayInDenmark();
    const all = await countAudit(ctx.database.db);
    expect((await page(`from=${today}&to=${today}&limit=500`)).items.length).toBe(all);
    expect((await page(`from=${addDays(today, 1)}`)).items).toEqual([]);
    expect((await page(`to=${addDays(today, -1)}`)).items).toEqual([]);

    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen; likewise in summer time.
    await ctx.database.db.insert(auditLog).values([
      {
        at: new Date('2024-03-01T23:30:00Z'),
        actorName: 'test',
        action: 'test.edge',
        entityType: 'test',
      },
      {
        at: new Date('2024-06-30T22:30:00Z'),
        actorName: 'test',
        action: 'test.edge',
        entityType: 'test',
      },
    ]);
    const count = async (from: string, to: string) =>
      (await page(`action=test.edge&from=${from}&to=${to}`)).items.length;
    expect(await count('2024-03-02', '2024-03-02')).toBe(1);
    expect(await count('2024-03-01', '2024-03-01')).toBe(0);
    expect(await count('2024-07-01', '2024-07-01')).toBe(1);
    expect(await count('2024-06-30', '2024-06-30')).toBe(0);
    expect(await count('2024-01-01', '2024-12-31')).toBe(2);
  });

  it('pages newest first without gaps or repeats', async () => {
    const everything = (await page('limit=500')).items.map((i) => i.id);
    expect(everything.length).toBeGreaterThan(5);
    const seen: number[] = [];
    let beforeId: number | null = null;
    do {
      const next: AuditPage = await page(`limit=2${beforeId ? `&beforeId=${beforeId}` : ''}`);
      expect(next.items.length).toBeLessThanOrEqual(2);
      seen.push(...next.items.map((i) => i.id));
      beforeId = next.nextBeforeId;
    } while (beforeId !== null);
    expect(seen).toEqual(everything);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('pages every filter in SQL: the pages join up to the unpaged list, which matches a filter over the whole log', async () => {
    const everything = (await page('limit=500')).items;
    const filters: [string, (e: AuditEntry) => boolean][] = [
      [`actorUserId=${bo.id}`, (e) => e.actorUserId === bo.id],
      [`relatedTo=${cy.id}`, (e) => e.entityId === cy.id || e.relatedIds.includes(cy.id)],
      ['entityType=user', (e) => e.entityType === 'user'],
      ['action=auth.login', (e) => e.action === 'auth.login'],
      ['entityType=user&action=user.update', (e) => e.action === 'user.update'],
    ];
    for (const [query, keep] of filters) {
      const expected = everything.filter(keep).map((e) => e.id);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(
        (await page(`${query}&limit=500`)).items.map((i) => i.id),
        query,
      ).toEqual(expected);
      const seen: number[] = [];
      let beforeId: number | null = null;
      do {
        const next: AuditPage = await page(
          `${query}&limit=1${beforeId ? `&beforeId=${beforeId}` : ''}`,
        );
        seen.push(...next.items.map((i) => i.id));
        beforeId = next.nextBeforeId;
      } while (beforeId !== null);
      expect(seen, query).toEqual(expected);
    }
  });

  it('validates its query', async () => {
    for (const query of ['limit=0', 'limit=501', 'actorUserId=ikke-et-id', 'from=2024-02-30']) {
      const res = await admin.get(`/api/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('validation');
    }
  });

  it('lists the actions and entity types for the filter menus', async () => {
    const res = await admin.get('/api/audit/facets');
    expect(res.statusCode).toBe(200);
    expect(res.json().actions).toEqual(expect.arrayContaining(['auth.login', 'user.create']));
    expect(res.json().entityTypes).toContain('user');
    // Exactly the distinct values, each once, in code-unit order.
    const all = await ctx.database.db.select().from(auditLog);
    const distinct = (values: string[]) => [...new Set(values)].sort();
    expect(res.json().actions).toEqual(distinct(all.map((r) => r.action)));
    expect(res.json().entityTypes).toEqual(distinct(all.map((r) => r.entityType)));
  });

  it('is for admins only', async () => {
    for (const role of ['reader', 'member', 'secretariat'] as const) {
      const client = await ctx.loginAs(role);
      for (const url of ['/api/audit', '/api/audit/facets']) {
        const res = await client.get(url);
        expect(res.statusCode, `${role} ${url}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    expect((await ctx.anonymous().get('/api/audit')).statusCode).toBe(401);
  });
});

describe('the subject of each entry, by name', () => {
  it('names users, cases and people from the current data, and withholds a confidential case', async () => {
    const openCase = randomUUID();
    const secretCase = randomUUID();
    const person = randomUUID();
    const ids = { collaboration: randomUUID(), forum: randomUUID() };
    for (const [id, title, confidential] of [
      [openCase, 'Genoptræning efter udskrivning', false],
      [secretCase, 'Tvangsindlæggelse af en navngiven borger', true],
    ] as const) {
      await ctx.database.db.execute(sql`insert into cases
        (id, collaboration_id, title, type, confidential, raised_in_forum_id, return_to_forum_id, raised_on)
        values (${id}, ${ids.collaboration}, ${title}, 'decision', ${confidential}, ${ids.forum},
          ${ids.forum}, '2026-01-05')`);
    }
    await ctx.database.db.execute(
      sql`insert into persons (id, name) values (${person}, 'Karen Kommune')`,
    );
    const row = (action: string, entityType: string, entityId: string) => ({
      actorName: 'test',
      action,
      entityType,
      entityId,
    });
    await ctx.database.db
      .insert(auditLog)
      .values([
        row('case.raise', 'case', openCase),
        row('case.raise', 'case', secretCase),
        row('person.create', 'person', person),
        row('person.update', 'person', 'ikke-et-uuid'),
        row('case.decide', 'case', randomUUID()),
      ]);
    const items = (await page('limit=5')).items;
    const subject = (i: AuditEntry) => [i.subjectName, i.subjectHidden];
    expect(items.map(subject)).toEqual([
      [null, false],
      [null, false],
      ['Karen Kommune', false],
      [null, true],
      ['Genoptræning efter udskrivning', false],
    ]);
    const users = (await page(`relatedTo=${cy.id}`)).items;
    expect(users.map((i) => i.subjectName)).toEqual(['Cy Ny', 'Cy Ny']);
  });
});
