/** Account use cases shared by the API, the CLI and the demo loader. */
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../platform/errors';
import { mutate, type Actor } from '../../platform/audit';
import type {
  CreateUserRequest,
  SessionInfo,
  UpdateUserRequest,
  User,
} from '../../../shared/auth.contract';
import { assertStrongPassword } from './password-strength';
import { hashPassword } from './passwords';
import {
  listLiveSessions,
  revokeSessionByRef,
  revokeUserSessions,
  sessionRef,
  type SessionPolicy,
} from './sessions';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  presentUser,
  updateUserRow,
} from './users.repo';

const USER = { da: 'Brugeren', en: 'The user' };

/** Creates a local account (with a password) or a pre-provisioned OIDC account (without). */
export async function createUser(db: Db, actor: Actor, input: CreateUserRequest): Promise<User> {
  if (await findUserByEmail(db, input.email)) {
    throw new AppError('conflict', {
      da: `Der findes allerede en bruger med e-mailen ${input.email}`,
      en: `A user with the e-mail ${input.email} already exists`,
    });
  }
  if (input.password) assertStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return mutate(db, actor, async (tx) => {
    const row = await insertUser(tx, { ...input, passwordHash });
    const user = presentUser(row);
    return {
      result: user,
      audit: {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        summary: `Bruger oprettet: ${row.email} (${row.role})`,
        after: user,
        relatedIds: [row.id],
      },
    };
  });
}

/** Changes name, role, locale or disabled state; disabling ends every session at once. */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  patch: UpdateUserRequest,
): Promise<User> {
  const existing = await findUserById(db, id);
  if (!existing) throw notFound(USER);
  if (patch.disabled === true && actor.userId === id) {
    throw new AppError('conflict', {
      da: 'Du kan ikke deaktivere din egen bruger',
      en: 'You cannot disable your own account',
    });
  }
  return mutate(db, actor, async (tx) => {
    const disabledAt =
      patch.disabled === undefined ? existing.disabledAt : patch.disabled ? new Date() : null;
    const row = await updateUserRow(tx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      disabledAt,
    });
    if (!row) throw notFound(USER);
    if (patch.disabled === true) await revokeUserSessions(tx, id);
    return {
      result: presentUser(row),
      audit: {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before: presentUser(existing),
        after: presentUser(row),
        relatedIds: [id],
      },
    };
  });
}

/** Ends every session of a user (ASVS 7.4.5: admins can end sessions). */
export async function revokeSessionsOf(db: Db, actor: Actor, id: string): Promise<number> {
  if (!(await findUserById(db, id))) throw notFound(USER);
  return mutate(db, actor, async (tx) => {
    const count = await revokeUserSessions(tx, id);
    return {
      result: count,
      audit: {
        action: 'user.revokeSessions',
        entityType: 'user',
        entityId: id,
        after: { revoked: count },
        relatedIds: [id],
      },
    };
  });
}

/** A user's live sessions for an admin, marking the one `currentSessionId` belongs to. */
export async function listSessionsOf(
  db: Db,
  id: string,
  policy: SessionPolicy,
  currentSessionId: string | null,
): Promise<SessionInfo[]> {
  if (!(await findUserById(db, id))) throw notFound(USER);
  const rows = await listLiveSessions(db, id, policy);
  return rows.map((row) => ({
    id: sessionRef(row.id),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    method: row.method,
    current: row.id === currentSessionId,
  }));
}

const SESSION = { da: 'Sessionen', en: 'The session' };

/** Ends one of a user's sessions by its public reference (ASVS 7.4.5). */
export async function endSessionOf(db: Db, actor: Actor, id: string, ref: string): Promise<void> {
  if (!(await findUserById(db, id))) throw notFound(USER);
  await mutate(db, actor, async (tx) => {
    const revoked = await revokeSessionByRef(tx, id, ref);
    if (revoked.length === 0) throw notFound(SESSION);
    return {
      result: undefined,
      audit: {
        action: 'user.endSession',
        entityType: 'user',
        entityId: id,
        after: { session: ref },
        relatedIds: [id],
      },
    };
  });
}

/** Sets a new password (CLI and admin reset); refuses a weak one; ends existing sessions. */
export async function setPassword(
  db: Db,
  actor: Actor,
  id: string,
  password: string,
): Promise<void> {
  const existing = await findUserById(db, id);
  if (!existing) throw notFound(USER);
  assertStrongPassword(password, [existing.email, existing.name]);
  const passwordHash = await hashPassword(password);
  await mutate(db, actor, async (tx) => {
    const row = await updateUserRow(tx, id, { passwordHash });
    if (!row) throw notFound(USER);
    await revokeUserSessions(tx, id);
    return {
      result: undefined,
      audit: { action: 'user.setPassword', entityType: 'user', entityId: id, relatedIds: [id] },
    };
  });
}
