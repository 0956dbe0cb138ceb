import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let secretariat: TestClient;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat', 'Sofie Sekretær');
  admin = await ctx.loginAs('admin', 'Astrid Admin');
});
afterAll(() => ctx.close());

describe('GET /api/users/directory', () => {
  it('lists enabled accounts by name with id and name only', async () => {
    const member = await ctx.loginAs('member', 'Øjvind Ørum');
    await ctx.loginAs('reader', 'Åse Åby');
    const res = await secretariat.get('/api/users/directory');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.every((i) => Object.keys(i).sort().join() === 'id,name')).toBe(true);
    expect(items).toContainEqual({ id: member.userId, name: 'Øjvind Ørum' });
    const names = items.map((i) => i.name as string);
    // Danish order: Æ, Ø, Å come last, in that order.
    expect(names.indexOf('Øjvind Ørum')).toBeLessThan(names.indexOf('Åse Åby'));
    expect(res.body).not.toContain('@samspil.test');
  });

  it('filters by part of the name, case-insensitively, and treats wildcards literally', async () => {
    const found = await secretariat.get('/api/users/directory?q=ØJVIND');
    expect(found.json().items.map((i: { name: string }) => i.name)).toEqual(['Øjvind Ørum']);
    const wildcard = await secretariat.get('/api/users/directory?q=%25');
    expect(wildcard.json().items).toEqual([]);
  });

  it('leaves out disabled accounts', async () => {
    const gone = await ctx.loginAs('member', 'Dorthe Deaktiveret');
    const disabled = await admin.patch(`/api/users/${gone.userId}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    const res = await secretariat.get('/api/users/directory?q=Deaktiveret');
    expect(res.json().items).toEqual([]);
  });

  it('is for the secretariat and up; the full account list stays admin-only', async () => {
    const member = await ctx.loginAs('member');
    expect((await member.get('/api/users/directory')).statusCode).toBe(403);
    expect((await ctx.anonymous().get('/api/users/directory')).statusCode).toBe(401);
    expect((await secretariat.get('/api/users')).statusCode).toBe(403);
    expect((await admin.get('/api/users/directory?limit=1')).json().items).toHaveLength(1);
  });
});
