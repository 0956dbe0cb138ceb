/**
 * Run-time configuration, read once from the environment and validated. Every setting is
 * documented in the README's configuration table.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import { parseScopeList, type ScopeGrant } from '../shared/scopes';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  ALLOW_PGLITE_IN_PRODUCTION: booleanFromEnv.default(false),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  HEAVY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  WORKER_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  TRUST_PROXY: z.string().optional(),
  DEMO_DATA: booleanFromEnv.optional(),
  // Quiet by default: start-up (the banner), warnings and errors. `info` adds the server's
  // events (jobs, notifications); LOG_REQUESTS adds one line per request.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  LOG_REQUESTS: booleanFromEnv.default(false),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Samspil <no-reply@samspil.local>'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  OIDC_DEFAULT_ROLE: z.enum(['reader', 'member']).default('reader'),
  OIDC_ALLOW_INSECURE: booleanFromEnv.default(false),
  OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  OIDC_GROUP_SCOPES: z.string().optional(),
});

/** OIDC settings, present only when an issuer is configured. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string;
  defaultRole: 'reader' | 'member';
  allowInsecure: boolean;
  /** The claim holding the user's groups (e.g. `groups`, `roles`). */
  groupsClaim: string;
  /**
   * Scopes per group (OIDC_GROUP_SCOPES, JSON: {"group": ["region:Syddanmark", ...]}); at each
   * login the user's OIDC-mapped scopes are replaced by those of their groups. Null: no mapping.
   */
  groupScopes: Record<string, ScopeGrant[]> | null;
}

/** `TRUST_PROXY` read: no proxy, a number of hops, or the proxies' addresses/CIDR ranges. */
export type TrustProxy = false | number | string[];

/** The validated configuration the app is built from. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  allowPgliteInProduction: boolean;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginRateLimitPerMinute: number;
  /** Requests per user per minute on each CPU-heavy route (org-file check/import, documents). */
  heavyRateLimitPerMinute: number;
  /** Worker threads for CPU-heavy work; undefined: one less than the cores; 0: inline. */
  workerThreads: number | undefined;
  /**
   * Which proxies may set X-Forwarded-For: `false` (none: the socket address is the client),
   * a hop count, or the proxies' addresses and CIDR ranges. Passed to Fastify's `trustProxy`.
   */
  trustProxy: TrustProxy;
  demoData: boolean;
  logLevel: string;
  /** One log line per finished request (at `info`; the level is raised to `info` for it). */
  logRequests: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  oidc: OidcConfig | null;
}

/** Thrown for a configuration that must stop start-up; the message is meant for operators. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from an environment object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production (32+ characters).');
  }
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: e.DATA_DIR },
    allowPgliteInProduction: e.ALLOW_PGLITE_IN_PRODUCTION,
    sessionSecret: e.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    heavyRateLimitPerMinute: e.HEAVY_RATE_LIMIT_PER_MINUTE,
    workerThreads: e.WORKER_THREADS,
    trustProxy: readTrustProxy(e.TRUST_PROXY),
    demoData: e.DEMO_DATA ?? !production,
    logLevel: e.LOG_LEVEL,
    logRequests: e.LOG_REQUESTS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    oidc: readOidc(e, production),
  };
  assertDatabaseAllowed(config);
  return config;
}

function readGroupScopes(raw: string | undefined): Record<string, ScopeGrant[]> | null {
  if (raw === undefined || raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('OIDC_GROUP_SCOPES must be JSON: {"group": ["region:Syddanmark"]}');
  }
  const shape = z.record(z.string(), z.array(z.string())).safeParse(parsed);
  if (!shape.success) {
    throw new ConfigError('OIDC_GROUP_SCOPES must map each group to a list of scopes');
  }
  const out: Record<string, ScopeGrant[]> = {};
  for (const [group, list] of Object.entries(shape.data)) {
    const grants = parseScopeList(list);
    if (!grants.ok) {
      throw new ConfigError(
        `OIDC_GROUP_SCOPES: "${grants.error}" (group ${group}) is not a scope; write all, region:<name> or collaboration|cluster|forum|party:<id>`,
      );
    }
    out[group] = grants.value;
  }
  return out;
}

/** Whether `entry` is an IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset or empty means no proxy is trusted, so X-Forwarded-For is ignored and
 * cannot move a client to another rate-limit bucket or a false address in the audit log.
 * `true` (trust any sender) is refused on purpose: name the proxies or count the hops.
 */
export function readTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops >= 1 && hops <= 10) return hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length === 0) return entries;
  throw new ConfigError(
    [
      `TRUST_PROXY=${value} is not understood (${wrong.map((w) => `"${w}"`).join(', ')}).`,
      'Give the reverse proxies in front of Samspil as a comma-separated list of IP addresses',
      'or CIDR ranges (e.g. TRUST_PROXY=10.0.0.5,10.1.0.0/16), or the number of proxy hops',
      '(1–10). Leave it unset when clients connect directly: X-Forwarded-For is then ignored.',
    ].join('\n'),
  );
}

function readOidc(e: z.infer<typeof EnvSchema>, production: boolean): OidcConfig | null {
  if (!e.OIDC_ISSUER) return null;
  if (production && e.OIDC_ALLOW_INSECURE) {
    throw new ConfigError(
      [
        'Refusing to start: OIDC_ALLOW_INSECURE=true with NODE_ENV=production. It lets the',
        'OpenID Connect login talk to the provider over plain HTTP, where tokens can be read and',
        'changed on the way. It is for local tests only; use an https:// OIDC_ISSUER.',
      ].join('\n'),
    );
  }
  if (!e.OIDC_CLIENT_ID || !e.OIDC_REDIRECT_URI) {
    throw new ConfigError(
      'OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_REDIRECT_URI are required.',
    );
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: e.OIDC_REDIRECT_URI,
    scopes: e.OIDC_SCOPES,
    defaultRole: e.OIDC_DEFAULT_ROLE,
    allowInsecure: e.OIDC_ALLOW_INSECURE,
    groupsClaim: e.OIDC_GROUPS_CLAIM,
    groupScopes: readGroupScopes(e.OIDC_GROUP_SCOPES),
  };
}

/**
 * PGlite runs with fsync off and a single connection, and takes no lock on its data directory;
 * it is for development, tests and demos. Production must use PostgreSQL unless an operator
 * explicitly accepts the risk.
 */
export function assertDatabaseAllowed(config: Config): void {
  if (
    config.env === 'production' &&
    config.database.kind === 'pglite' &&
    !config.allowPgliteInProduction
  ) {
    throw new ConfigError(
      [
        'Refusing to start: NODE_ENV=production but no DATABASE_URL is set, so the embedded PGlite',
        'database would be used. PGlite runs with fsync off and one connection and can lose or',
        'corrupt data on a crash. Set DATABASE_URL=postgres://… (recommended), or set',
        'ALLOW_PGLITE_IN_PRODUCTION=true to accept the risk.',
      ].join('\n'),
    );
  }
}
