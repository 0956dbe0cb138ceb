import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-app';

const expectedKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('GET /api/health', () => {
  it('answers 200 without a session and names the database engine', async () => {
    const res = await ctx.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      status: 'ok',
      database: { kind: expectedKind, ok: true },
      version: expect.any(String),
    });
  });
});

describe('GET /api/health when the database is gone', () => {
  it('answers 503 degraded instead of failing', async () => {
    const broken = await createTestContext();
    try {
      await broken.database.close();
      const res = await broken.anonymous().get('/api/health');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        status: 'degraded',
        database: { kind: expectedKind, ok: false },
      });
    } finally {
      await broken.app.close();
    }
  });
});
