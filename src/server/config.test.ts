/** Start-up configuration: production refuses unsafe settings with a clear message. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const SECRET = 'a-production-secret-of-at-least-32-chars';

describe('loadConfig', () => {
  it('refuses production without DATABASE_URL, explaining why and what to do', () => {
    const load = () => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/Refusing to start: NODE_ENV=production but no DATABASE_URL is set/);
    expect(load).toThrow(/Set DATABASE_URL=postgres:\/\/… \(recommended\)/);
    expect(load).toThrow(/ALLOW_PGLITE_IN_PRODUCTION=true to accept the risk/);
  });

  it('allows PGlite in production only when the operator accepts the risk', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      ALLOW_PGLITE_IN_PRODUCTION: 'true',
    });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: SECRET,
        ALLOW_PGLITE_IN_PRODUCTION: 'false',
      }),
    ).toThrow(/Refusing to start/);
  });

  it('uses PostgreSQL in production when DATABASE_URL is set', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      DATABASE_URL: 'postgres://samspil@db/samspil',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://samspil@db/samspil' });
    expect(config.sessionSecret).toBe(SECRET);
  });

  it('requires a SESSION_SECRET of 32+ characters in production', () => {
    const base = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/samspil' };
    expect(() => loadConfig(base)).toThrow(/SESSION_SECRET is required when NODE_ENV=production/);
    expect(() => loadConfig({ ...base, SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
  });

  it('generates a random session secret outside production', () => {
    const a = loadConfig({ NODE_ENV: 'development' });
    const b = loadConfig({ NODE_ENV: 'development' });
    expect(a.sessionSecret).toHaveLength(64);
    expect(a.sessionSecret).not.toBe(b.sessionSecret);
    expect(a.database.kind).toBe('pglite');
  });

  it('refuses OIDC over plain HTTP (OIDC_ALLOW_INSECURE) in production, allows it elsewhere', () => {
    const oidc = {
      OIDC_ISSUER: 'http://localhost:4000',
      OIDC_CLIENT_ID: 'samspil',
      OIDC_REDIRECT_URI: 'http://localhost:3000/api/auth/oidc/callback',
      OIDC_ALLOW_INSECURE: 'true',
    };
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: SECRET,
        DATABASE_URL: 'postgres://db/samspil',
        ...oidc,
      }),
    ).toThrow(/Refusing to start: OIDC_ALLOW_INSECURE=true with NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'test', ...oidc }).oidc?.allowInsecure).toBe(true);
  });

  it('requires the client id and redirect URI once an OIDC issuer is set', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.dk' })).toThrow(
      /OIDC_CLIENT_ID and OIDC_REDIRECT_URI are required/,
    );
    const config = loadConfig({
      OIDC_ISSUER: 'https://login.example.dk',
      OIDC_CLIENT_ID: 'samspil',
      OIDC_REDIRECT_URI: 'https://samspil.example.dk/api/auth/oidc/callback',
    });
    expect(config.oidc).toMatchObject({ defaultRole: 'reader', allowInsecure: false });
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('trusts no proxy unless TRUST_PROXY names them, also in production', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      DATABASE_URL: 'postgres://db/samspil',
    };
    expect(loadConfig(production).trustProxy).toBe(false);
    expect(loadConfig({ ...production, TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ ...production, TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it.each([
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 10.1.0.0/16', ['10.0.0.5', '10.1.0.0/16']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
    ['1', 1],
    ['2', 2],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['true', 'proxy.local', '10.0.0.0/33', '10.0.0.1/8/1', '11', '10.0.0.5,,10.0.0.6'])(
    'refuses TRUST_PROXY=%s with a message saying what to write',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/comma-separated list of IP/);
    },
  );
});
