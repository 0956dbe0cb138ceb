/** The weak-password check, on its own and wherever a password is set. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../demo/demo';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/test-app';
import { isWeakPassword } from './password-strength';
import { createUser, setPassword } from './users.service';

const WEAK = ['123456789012', 'aaaaaaaaaaaa', 'password1234'];

describe('isWeakPassword', () => {
  it.each([
    ...WEAK,
    'qwertyuiopas',
    'abcdefghijkl',
    '123456123456',
    'Password1234!',
    'iloveyou1234',
    'adgangskode1',
    'kodeord12345',
  ])('refuses %s', (password) => {
    expect(isWeakPassword(password)).toBe(true);
  });

  it.each([
    TEST_PASSWORD,
    DEMO_PASSWORD,
    'et-langt-og-godt-kodeord',
    'en-lang-adgangskode-til-carl',
    'Grøn kaffe på Nørrebro 7',
  ])('accepts %s', (password) => {
    expect(isWeakPassword(password)).toBe(false);
  });

  it.each(DEMO_USERS)('accepts the printed demo password for $email', ({ email, name }) => {
    expect(isWeakPassword(DEMO_PASSWORD, [email, name])).toBe(false);
  });

  it("counts the user's own name and e-mail as easy to guess", () => {
    expect(isWeakPassword('mettemedlem12', ['Mette Medlem', 'mm@kommune.dk'])).toBe(true);
    expect(isWeakPassword('mettemedlem12')).toBe(false);
  });
});

describe('setting a password', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it.each(WEAK)(
    'refuses %s when an admin creates an account, as a field error',
    async (password) => {
      const admin = await ctx.loginAs('admin');
      const res = await admin.post('/api/users', {
        email: `svag-${password}@samspil.test`,
        name: 'Svag Adgangskode',
        role: 'member',
        password,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body).toMatchObject({ code: 'validation', title: 'Ugyldige data' });
      expect(body.errors).toEqual([
        {
          path: 'password',
          message: expect.stringMatching(/^Adgangskoden er for let at gætte/),
          messageEn: expect.stringMatching(/^The password is too easy to guess/),
        },
      ]);
      const users = (await admin.get('/api/users')).json().items as { email: string }[];
      expect(users.map((u) => u.email)).not.toContain(`svag-${password}@samspil.test`);
    },
  );

  it('accepts a strong password and no password (organisation login)', async () => {
    const admin = await ctx.loginAs('admin');
    const strong = await admin.post('/api/users', {
      email: 'staerk@samspil.test',
      name: 'Stærk Adgangskode',
      role: 'member',
      password: 'Grøn kaffe på Nørrebro 7',
    });
    expect(strong.statusCode, strong.body).toBe(201);
    const none = await admin.post('/api/users', {
      email: 'oidc-bruger@samspil.test',
      name: 'Organisationens Login',
      role: 'reader',
    });
    expect(none.statusCode, none.body).toBe(201);
  });

  it.each(WEAK)('refuses %s in the service the CLI and demo use', async (password) => {
    const db = ctx.database.db;
    const input = { email: `cli-${password}@samspil.test`, name: 'Cli', role: 'reader' as const };
    await expect(createUser(db, SYSTEM_ACTOR, { ...input, password })).rejects.toBeInstanceOf(
      AppError,
    );
    const user = await createUser(db, SYSTEM_ACTOR, { ...input, password: TEST_PASSWORD });
    await expect(setPassword(db, SYSTEM_ACTOR, user.id, password)).rejects.toMatchObject({
      code: 'validation',
      detail: { da: expect.stringMatching(/for let at gætte/) },
    });
    await setPassword(db, SYSTEM_ACTOR, user.id, 'en-helt-anden-lang-sætning');
  });
});
