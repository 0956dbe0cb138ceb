/**
 * Turning a validated OIDC identity into a Samspil session. The account is found by issuer and
 * subject only, never by e-mail (ASVS 6.8.1); an unknown identity gets a new account, unless its
 * e-mail already belongs to another account, which is never linked automatically.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { mutate, type Actor, type AuditInput } from '../../platform/audit';
import type { OidcLoginError } from '../../../shared/auth.contract';
import type { Role } from '../../../shared/roles';
import type { ScopeGrant } from '../../../shared/scopes';
// The access module's index loads the organisation module, which needs this one: import the
// grants file alone so the modules do not load each other in a cycle.
// eslint-disable-next-line no-restricted-imports
import { syncOidcGrants } from '../access/grants.repo';
import type { OidcIdentity } from './oidc';
import { createSession, revokeSession, sessionRef, type SessionPolicy } from './sessions';
import {
  findUserByEmail,
  findUserByOidcIdentity,
  insertUser,
  presentUser,
  type UserRow,
} from './users.repo';

/** What an OIDC login needs besides the identity. */
export interface OidcLoginOptions {
  /** Who is asking (ip, request id); the user fields are filled in here. */
  actor: Actor;
  userAgent: string | null;
  defaultRole: Role;
  policy: SessionPolicy;
  /** Scopes per group; null = no mapping (the user's scopes are left as they are). */
  groupScopes?: Record<string, ScopeGrant[]> | null;
  /** The live session the browser still held: the new login replaces it (ASVS 7.2.4). */
  replaces?: { sessionId: string; userId: string } | null;
}

/** A session for the account, or the reason there is none. */
export type OidcLoginResult =
  { ok: true; userId: string; provisioned: boolean; token: string; expiresAt: Date } | Refusal;

/** An OIDC login that was refused: the code for the login page and a reason for the log. */
export interface Refusal {
  ok: false;
  error: OidcLoginError;
  reason: string;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown }).cause) === '23505';
}

/** The account to log in, or why not; `null` user means it is to be created. */
async function resolveAccount(
  db: Db,
  identity: OidcIdentity,
): Promise<{ ok: true; user: UserRow | null } | Refusal> {
  const user = await findUserByOidcIdentity(db, identity.issuer, identity.subject);
  if (user?.disabledAt) return { ok: false, error: 'oidc-disabled', reason: 'account disabled' };
  if (user) return { ok: true, user };
  if (!identity.email) {
    return { ok: false, error: 'oidc-email-missing', reason: 'no usable e-mail claim' };
  }
  if (await findUserByEmail(db, identity.email)) {
    return { ok: false, error: 'oidc-email-taken', reason: 'e-mail used by another account' };
  }
  return { ok: true, user: null };
}

/** The one audit row of an OIDC login; a first login also records the new account. */
function loginAudit(
  user: UserRow,
  provisioned: boolean,
  replaces: OidcLoginOptions['replaces'],
  scopes: ScopeGrant[] | null,
): AuditInput {
  return {
    action: 'auth.login',
    entityType: 'user',
    entityId: user.id,
    ...(provisioned
      ? { summary: `Bruger oprettet ved første login via OIDC: ${user.email} (${user.role})` }
      : {}),
    after: {
      method: 'oidc',
      provisioned,
      ...(provisioned ? { user: presentUser(user) } : {}),
      ...(scopes ? { scopesFromGroups: scopes } : {}),
      ...(replaces ? { replacedSession: sessionRef(replaces.sessionId) } : {}),
    },
    relatedIds: [user.id, ...(replaces ? [replaces.userId] : [])],
  };
}

/**
 * Logs the identity in: one transaction creates the account if needed and the session, and
 * writes one `auth.login` audit row (which also records a provisioning).
 */
export async function loginWithOidc(
  db: Db,
  identity: OidcIdentity,
  options: OidcLoginOptions,
): Promise<OidcLoginResult> {
  const account = await resolveAccount(db, identity);
  if (!account.ok) return account;
  const existing = account.user;
  const email = existing?.email ?? identity.email ?? '';
  const name = existing?.name ?? identity.name ?? email;
  const userId = existing?.id ?? randomUUID();
  const actor: Actor = { ...options.actor, userId, name };
  try {
    return await mutate(db, actor, async (tx) => {
      const user =
        existing ??
        (await insertUser(tx, {
          id: userId,
          email,
          name,
          role: options.defaultRole,
          oidcIssuer: identity.issuer,
          oidcSubject: identity.subject,
        }));
      if (options.replaces) await revokeSession(tx, options.replaces.sessionId);
      const session = await createSession(
        tx,
        { userId, method: 'oidc', ip: options.actor.ip, userAgent: options.userAgent },
        options.policy,
      );
      const provisioned = existing === null;
      const scopes = options.groupScopes
        ? await syncOidcGrants(tx, userId, identity.groups, options.groupScopes)
        : null;
      return {
        result: {
          ok: true as const,
          userId,
          provisioned,
          token: session.token,
          expiresAt: session.expiresAt,
        },
        audit: loginAudit(user, provisioned, options.replaces, scopes),
      };
    });
  } catch (error) {
    // Another login created the e-mail (or the identity) between the checks and the insert.
    if (existing === null && isUniqueViolation(error)) {
      return { ok: false, error: 'oidc-email-taken', reason: 'concurrent provisioning' };
    }
    throw error;
  }
}
