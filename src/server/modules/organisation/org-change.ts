/**
 * The one way the organisation changes: `changeOrganisation` runs a change inside `mutate` (one
 * transaction, one audit row) and, around it, evaluates the affected collaborations on the
 * change's effective date. The audit row gets the derived consequences (`after.derivedChanges`:
 * every member of every forum that moved, so "the new co-chair took the SSU seat" is visible) and
 * the persons concerned in `relatedIds`. A change that adds a composition breach is refused with
 * 409 `compositionBreach` (rolled back) unless the caller acknowledged it.
 */
import {
  checkForum,
  createMemberEvaluator,
  deriveAllMembers,
  diffMembers,
  newBreaches,
  stateOn,
  type Breach,
  type Member,
  type OrgState,
} from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import { mutate, type Actor, type AuditInput } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { WorkerPool } from '../../platform/worker-pool';
import type { IsoDate } from '../../../shared/dates';
import type { BreachView, MemberChange } from '../../../shared/organisation.contract';
import { orgText, type MessageParams } from '../../../shared/organisation.messages';
import type { ProblemCode } from '../../../shared/problem';
import {
  lockCollaboration,
  loadSnapshot,
  noMeetingDates,
  type MeetingDatesProvider,
} from './org-snapshot.repo';
import { cadenceMeetingDates } from './org-day';
import { flattenMembers, personsInDiff, presentBreach, presentDiff } from './org-present';

/** What the organisation services need: the database and where meeting dates come from. */
export interface OrgContext {
  db: Db;
  meetingDates: MeetingDatesProvider;
  /** Where organisation files are read (a reform's successor file); default inline. */
  workers?: WorkerPool;
}

/** An `OrgContext`; without a provider the cadence rule sees no meetings. */
export function orgContext(
  db: Db,
  meetingDates: MeetingDatesProvider = noMeetingDates,
): OrgContext {
  return { db, meetingDates };
}

/** An expected failure with a bilingual text from the organisation namespace. */
export function orgProblem(code: ProblemCode, key: string, params: MessageParams = {}): AppError {
  return new AppError(code, orgText(`problems.${key}`, params));
}

/** The touched collaborations' states on the effective date, before the change. */
export type StatesBefore = (collaborationId: string) => OrgState;

/** One organisation change. */
export interface ChangeSpec<T> {
  /** The collaborations (entityIds) the change touches; each is checked and locked. */
  collaborationIds: readonly string[];
  /** The day the change takes effect; breaches and members are compared on it. */
  effectiveDate: IsoDate;
  /** Save even when the change adds breaches (the caller was warned). */
  acknowledgeBreaches?: boolean | undefined;
  /**
   * Run everything, then roll back: the outcome (with the breaches it would add, never refused
   * for them) is answered and nothing is written, not even the audit row.
   */
  dryRun?: boolean | undefined;
  /**
   * Makes the change inside the transaction and describes it for the audit row. `before` gives
   * each touched collaboration as it stood on the effective date, for validating references.
   */
  apply: (tx: Db, before: StatesBefore) => Promise<{ result: T; audit: AuditInput }>;
}

/** The result of a change with the breaches it added (acknowledged) and the derived moves. */
export interface ChangeOutcome<T> {
  result: T;
  newBreaches: BreachView[];
  derivedChanges: MemberChange[];
}

interface Evaluation {
  state: OrgState;
  members: Member[];
  breaches: Breach[];
}

async function evaluate(
  tx: Db,
  collaborationId: string,
  date: IsoDate,
  meetingDates: MeetingDatesProvider,
): Promise<Evaluation> {
  const snapshot = await loadSnapshot(tx, collaborationId);
  const day = stateOn(snapshot, date);
  const cadence = await cadenceMeetingDates({ db: tx, meetingDates }, day, [...day.fora.keys()]);
  const state: OrgState = { ...day, meetingDates: cadence };
  const evaluator = createMemberEvaluator(state);
  const members = flattenMembers(deriveAllMembers(state, evaluator));
  const breaches = [...state.fora.keys()].flatMap((id) => checkForum(state, id, evaluator));
  return { state, members, breaches };
}

async function evaluateAll(
  tx: Db,
  ids: readonly string[],
  date: IsoDate,
  meetingDates: MeetingDatesProvider,
): Promise<Evaluation[]> {
  const out: Evaluation[] = [];
  for (const id of ids) out.push(await evaluate(tx, id, date, meetingDates));
  return out;
}

/** The 409 for a change that adds breaches; `extra.breaches` lists them with their texts. */
export function compositionBreachError(breaches: readonly BreachView[]): AppError {
  return new AppError(
    'compositionBreach',
    orgText('problems.compositionBreach', { count: breaches.length }),
    { extra: { breaches } },
  );
}

function compare(date: IsoDate, before: Evaluation[], after: Evaluation[]) {
  const fresh: BreachView[] = [];
  const derived: MemberChange[] = [];
  const persons: string[] = [];
  after.forEach((now, i) => {
    const was = before[i] as Evaluation;
    fresh.push(...newBreaches(was.breaches, now.breaches).map((b) => presentBreach(now.state, b)));
    const diff = diffMembers(was.members, now.members);
    derived.push(...presentDiff(date, diff, { before: was.state, after: now.state }));
    persons.push(...personsInDiff(diff));
  });
  return { fresh, derived, persons };
}

/**
 * Runs one organisation change (see the module comment). The collaborations are locked for the
 * transaction, evaluated before and after `apply` on the effective date, and the change is
 * rolled back with 409 `compositionBreach` when it adds breaches that were not acknowledged.
 */
export async function changeOrganisation<T>(
  org: OrgContext,
  actor: Actor,
  spec: ChangeSpec<T>,
): Promise<ChangeOutcome<T>> {
  try {
    return await runChange(org, actor, spec);
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome as ChangeOutcome<T>;
    throw error;
  }
}

/** What a committed-to-be organisation change did to forum members, for other modules. */
export interface MembersChangedContext {
  /** The change's transaction: a handler's writes commit or roll back with the change. */
  tx: Db;
  actor: Actor;
  effectiveDate: IsoDate;
  /** Fora whose derived members (or their roles) differ on the effective date. */
  forumIds: readonly string[];
  /** The organisation change as its audit row names it. */
  cause: { action: string; entityType: string; entityId: string | null };
}

/**
 * What a handler did, recorded in the change's one audit row: `after[key] = value`, and the ids
 * it touched added to `relatedIds` (so e.g. a meeting's history finds the change).
 */
export interface MembersChangedRecord {
  key: string;
  value: unknown;
  relatedIds: readonly string[];
}

/**
 * A module's reaction to changed forum members (the meetings module re-derives the invitation
 * lists of meetings not yet held). Runs inside the change's transaction, after its breaches
 * were accepted and before its audit row; throwing rolls the change back. Returns what to
 * record, or null when it changed nothing.
 */
export interface MembersChangedHandler {
  name: string;
  handle: (ctx: MembersChangedContext) => Promise<MembersChangedRecord | null>;
}

const membersChangedHandlers: MembersChangedHandler[] = [];

/**
 * Registers a handler for every later organisation change that moves members (from app.ts when
 * wiring a module). The same name replaces the earlier one; returns an unregister function.
 */
export function registerMembersChangedHandler(handler: MembersChangedHandler): () => void {
  const same = membersChangedHandlers.findIndex((h) => h.name === handler.name);
  if (same >= 0) membersChangedHandlers.splice(same, 1);
  membersChangedHandlers.push(handler);
  return () => {
    const at = membersChangedHandlers.indexOf(handler);
    if (at >= 0) membersChangedHandlers.splice(at, 1);
  };
}

/**
 * Runs every registered members-changed handler (also for writers outside changeOrganisation,
 * who put the records in their own audit row).
 */
export async function runMembersChangedHandlers(
  ctx: MembersChangedContext,
): Promise<MembersChangedRecord[]> {
  if (ctx.forumIds.length === 0) return [];
  const records: MembersChangedRecord[] = [];
  for (const handler of [...membersChangedHandlers]) {
    const record = await handler.handle(ctx);
    if (record !== null) records.push(record);
  }
  return records;
}

/** Thrown at the end of a dry run to roll its transaction back; carries the outcome. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ChangeOutcome<unknown>) {
    super('dry run rolled back');
  }
}

function runChange<T>(
  org: OrgContext,
  actor: Actor,
  spec: ChangeSpec<T>,
): Promise<ChangeOutcome<T>> {
  const ids = [...new Set(spec.collaborationIds)].sort();
  const date = spec.effectiveDate;
  return mutate(org.db, actor, async (tx) => {
    for (const id of ids) await lockCollaboration(tx, id);
    const before = await evaluateAll(tx, ids, date, org.meetingDates);
    const states = new Map(ids.map((id, i) => [id, (before[i] as Evaluation).state]));
    const stateOf: StatesBefore = (id) => {
      const state = states.get(id);
      if (state === undefined)
        throw new Error(`collaboration ${id} was not declared by the change`);
      return state;
    };
    const { result, audit } = await spec.apply(tx, stateOf);
    const after = await evaluateAll(tx, ids, date, org.meetingDates);
    const { fresh, derived, persons } = compare(date, before, after);
    if (spec.dryRun === true) {
      throw new DryRunRollback({ result, newBreaches: fresh, derivedChanges: derived });
    }
    if (fresh.length > 0 && spec.acknowledgeBreaches !== true) {
      throw compositionBreachError(fresh);
    }
    const records = await runMembersChangedHandlers({
      tx,
      actor,
      effectiveDate: date,
      forumIds: [...new Set(derived.map((c) => c.forumEntityId))].sort(),
      cause: {
        action: audit.action,
        entityType: audit.entityType,
        entityId: audit.entityId ?? null,
      },
    });
    const base = typeof audit.after === 'object' && audit.after !== null ? audit.after : {};
    return {
      result: { result, newBreaches: fresh, derivedChanges: derived },
      audit: {
        ...audit,
        after: {
          ...base,
          effectiveDate: date,
          derivedChanges: derived,
          acknowledgedBreaches: fresh.map((b) => ({ code: b.code, message: b.message })),
          ...Object.fromEntries(records.map((r) => [r.key, r.value])),
        },
        relatedIds: [
          ...(audit.relatedIds ?? []),
          ...persons,
          ...records.flatMap((r) => r.relatedIds),
        ],
      },
    };
  });
}
