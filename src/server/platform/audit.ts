/**
 * Every mutation runs through `mutate`: one transaction that does the change and writes exactly
 * one audit row. A change without its audit row cannot commit, and an audit row cannot outlive
 * a rolled-back change.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { auditLog } from '../modules/audit/audit.table';
import type { AuditAction, AuditEntityType } from '../../shared/audit-actions';

/** Who performs a mutation. */
export interface Actor {
  userId: string | null;
  name: string;
  ip: string | null;
  requestId: string | null;
}

/**
 * What the audit row says about a mutation. Action and entity type come from the registry in
 * src/shared/audit-actions.ts, which the audit log's labels must cover.
 */
export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
  relatedIds?: string[];
}

/** The result of a mutation function: its value and its audit row. */
export interface Mutation<T> {
  result: T;
  audit: AuditInput;
}

/** The system itself, for start-up tasks such as loading demo data. */
export const SYSTEM_ACTOR: Actor = {
  userId: null,
  name: 'Samspil (system)',
  ip: null,
  requestId: null,
};

/** The actor behind an authenticated request. */
export function actorOf(request: FastifyRequest): Actor {
  return {
    userId: request.user?.id ?? null,
    name: request.user?.name ?? 'anonym',
    ip: request.ip ?? null,
    requestId: request.id ?? null,
  };
}

/** JSON-safe copy for a jsonb column (dates become ISO strings, undefined disappears). */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Writes the audit row for a mutation inside the caller's transaction. */
export async function writeAudit(tx: Db, actor: Actor, audit: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor.userId,
    actorName: actor.name,
    action: audit.action,
    entityType: audit.entityType,
    entityId: audit.entityId ?? null,
    summary: audit.summary ?? null,
    before: toJson(audit.before),
    after: toJson(audit.after),
    relatedIds: [...new Set(audit.relatedIds ?? [])],
    ip: actor.ip,
    requestId: actor.requestId,
  });
}

/** Transactions whose inner mutations hand their audit rows to a collector (see below). */
const collectors = new WeakMap<object, AuditInput[]>();

/**
 * Runs `fn` inside the caller's transaction `tx` so that every `mutate(tx, …)` it reaches joins
 * that transaction and hands its audit row to `collected` instead of writing it: a use case
 * composed of other modules' use cases (recording a historical case: a case, its meetings,
 * agendas and decisions) then commits as ONE transaction with ONE audit row, written by the
 * caller's own `mutate`, that describes the whole.
 */
export async function composing<T>(
  tx: Db,
  fn: (tx: Db, collected: readonly AuditInput[]) => Promise<T>,
): Promise<T> {
  const collected: AuditInput[] = [];
  collectors.set(tx, collected);
  try {
    return await fn(tx, collected);
  } finally {
    collectors.delete(tx);
  }
}

/** Runs `fn` in a transaction and records its one audit row in the same transaction. */
export function mutate<T>(db: Db, actor: Actor, fn: (tx: Db) => Promise<Mutation<T>>): Promise<T> {
  const collected = collectors.get(db);
  if (collected) {
    return fn(db).then(({ result, audit }) => {
      collected.push(audit);
      return result;
    });
  }
  return db.transaction(async (tx) => {
    const { result, audit } = await fn(tx as unknown as Db);
    await writeAudit(tx as unknown as Db, actor, audit);
    return result;
  });
}
