/**
 * Security headers: the page may not be framed by anyone, and the CSP and X-Frame-Options say
 * so the same way (`frame-ancestors 'none'` and `DENY`; helmet's default SAMEORIGIN contradicted it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('framing', () => {
  it.each(['/api/health', '/api/auth/me', '/api/nothing-here', '/'])(
    "%s: X-Frame-Options DENY and CSP frame-ancestors 'none'",
    async (url) => {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.headers['x-frame-options']).toBe('DENY');
      const csp = String(res.headers['content-security-policy']);
      const directives = csp.split(';').map((d) => d.trim());
      expect(directives).toContain("frame-ancestors 'none'");
    },
  );
});
