/**
 * Member derivation: who sits in a forum on a day, by appointment or by born rule, with function
 * roles (chair, co-chair, vice-chair) added to the members who hold them. Born rules may read
 * other fora's members (evaluation follows those dependencies, memoised per state, and reports a
 * cycle as a typed error instead of recursing forever) or their own forum's members (evaluated in
 * a second step, see `computeForum`).
 */
import { appointmentOf, seatsOf, type OrgState } from './as-of';
import { evaluateBornRule, type BornOutcome } from './born-rules';
import { isFullMember } from './roles';
import type {
  Member,
  MemberEvaluator,
  MemberIssue,
  MembersError,
  MembersResult,
} from './members.types';
import type { Forum, Seat } from './types';

function appointedMember(state: OrgState, forum: Forum, seat: Seat): Member {
  const appointment = appointmentOf(state, seat.entityId);
  const partyId = appointment?.onBehalfOfPartyId ?? seat.partyId;
  const party = partyId === null ? undefined : state.parties.get(partyId);
  const partyClusters = partyId === null ? [] : (state.clustersByParty.get(partyId) ?? []);
  return {
    forumEntityId: forum.entityId,
    seatEntityId: seat.entityId,
    personId: appointment?.personId ?? null,
    role: seat.role,
    roles: [seat.role],
    partyEntityId: partyId,
    partyKind: party?.kind ?? seat.partyKind,
    clusterEntityId:
      seat.clusterId ?? (partyClusters.length === 1 ? (partyClusters[0] ?? null) : null),
    source: 'appointed',
    isVacant: appointment === null,
    substitutePersonId: appointment?.substitutePersonId ?? null,
    functionSeatEntityIds: [],
    via: { kind: 'appointment', appointmentId: appointment?.id ?? null },
  };
}

function seatMembers(
  state: OrgState,
  forum: Forum,
  seat: Seat,
  evaluate: MemberEvaluator,
): BornOutcome {
  if (seat.born === null) {
    return { ok: true, members: [appointedMember(state, forum, seat)], issues: [] };
  }
  return evaluateBornRule({ state, forum, seat, evaluate }, seat.born);
}

/** The persons holding a function seat: its appointee, or its born rule's (non-vacant) holders. */
function functionHolders(
  state: OrgState,
  forum: Forum,
  seat: Seat,
  evaluate: MemberEvaluator,
): { ok: true; personIds: string[] } | { ok: false; error: MembersError } {
  const outcome = seatMembers(state, forum, seat, evaluate);
  if (!outcome.ok) return outcome;
  const personIds = outcome.members.flatMap((m) => (m.personId === null ? [] : [m.personId]));
  return { ok: true, personIds: [...new Set(personIds)] };
}

/**
 * Adds a function seat's role to the full member holding it. Returns the holders not found, so
 * the caller can try later members or report them.
 */
function attachFunction(members: Member[], seat: Seat, personIds: readonly string[]): string[] {
  return personIds.filter((personId) => {
    const index = members.findIndex((m) => m.personId === personId && isFullMember(m));
    const member = members[index];
    if (member === undefined) return true;
    members[index] = {
      ...member,
      roles: member.roles.includes(seat.role) ? member.roles : [...member.roles, seat.role],
      functionSeatEntityIds: [...member.functionSeatEntityIds, seat.entityId],
    };
    return false;
  });
}

/** True when a born rule reads the members of `forum` itself. */
function refersToOwnForum(seat: Seat, forum: Forum): boolean {
  const rule = seat.born;
  if (rule === null || rule.kind === 'officeHolders') return false;
  if (rule.kind === 'officeHoldersOfRepresented') return rule.forumId === forum.entityId;
  if (rule.forums.of === 'forums') return rule.forums.forumIds.includes(forum.entityId);
  return forum.clusterId !== null && forum.kind === rule.forums.forumKind;
}

type Collected =
  { ok: true; members: Member[]; issues: MemberIssue[] } | { ok: false; error: MembersError };

function collect(
  state: OrgState,
  forum: Forum,
  seats: readonly Seat[],
  evaluate: MemberEvaluator,
): Collected {
  const members: Member[] = [];
  const issues: MemberIssue[] = [];
  for (const seat of seats) {
    const outcome = seatMembers(state, forum, seat, evaluate);
    if (!outcome.ok) return outcome;
    members.push(...outcome.members);
    issues.push(...outcome.issues);
  }
  return { ok: true, members, issues };
}

/** An evaluator that answers for `forum` itself with the members derived so far. */
function withOwn(
  evaluate: MemberEvaluator,
  forum: Forum,
  members: readonly Member[],
): MemberEvaluator {
  const own: MembersResult = { ok: true, forumEntityId: forum.entityId, members, issues: [] };
  return (id) => (id === forum.entityId ? own : evaluate(id));
}

type Unattached = Array<{ seat: Seat; personIds: string[] }>;

/** Step (2): adds every function seat's role to the members holding it; returns the rest. */
function attachFunctions(
  state: OrgState,
  forum: Forum,
  members: Member[],
  evaluate: MemberEvaluator,
): { ok: true; unattached: Unattached } | { ok: false; error: MembersError } {
  const unattached: Unattached = [];
  for (const seat of seatsOf(state, forum.entityId).filter((s) => s.isFunction)) {
    const holders = functionHolders(state, forum, seat, withOwn(evaluate, forum, members));
    if (!holders.ok) return holders;
    unattached.push({ seat, personIds: attachFunction(members, seat, holders.personIds) });
  }
  return { ok: true, unattached };
}

/** Function holders not found among step (3) members either: they are not members at all. */
function attachLate(members: Member[], unattached: Unattached): MemberIssue[] {
  return unattached.flatMap(({ seat, personIds }) =>
    attachFunction(members, seat, personIds).map((personId): MemberIssue => ({
      kind: 'functionHolderNotMember',
      seatEntityId: seat.entityId,
      personId,
      role: seat.role,
    })),
  );
}

/**
 * Derives one forum in three steps, so that a seat may refer to its own forum ("the director of
 * the municipality whose mayor is vice-chair") without looping: (1) seats not reading the forum,
 * (2) function roles added to those members, (3) seats reading the forum, which see the result of
 * (1) and (2) but never each other. Function holders found only in (3) get their role there.
 */
function computeForum(state: OrgState, forumId: string, evaluate: MemberEvaluator): MembersResult {
  const forum = state.fora.get(forumId);
  if (forum === undefined) {
    const error: MembersError = { kind: 'unknownForum', forumEntityId: forumId };
    return { ok: false, forumEntityId: forumId, error };
  }
  const seats = seatsOf(state, forumId).filter((s) => !s.isFunction);
  const own = seats.filter((s) => !refersToOwnForum(s, forum));
  const core = collect(state, forum, own, evaluate);
  if (!core.ok) return { ok: false, forumEntityId: forumId, error: core.error };
  const functions = attachFunctions(state, forum, core.members, evaluate);
  if (!functions.ok) return { ok: false, forumEntityId: forumId, error: functions.error };
  const selfRef = seats.filter((s) => refersToOwnForum(s, forum));
  const late = collect(state, forum, selfRef, withOwn(evaluate, forum, core.members));
  if (!late.ok) return { ok: false, forumEntityId: forumId, error: late.error };
  const issues = [
    ...core.issues,
    ...late.issues,
    ...attachLate(late.members, functions.unattached),
  ];
  const order = seats.map((s) => s.entityId);
  const members = [...core.members, ...late.members].sort(
    (a, b) => order.indexOf(a.seatEntityId) - order.indexOf(b.seatEntityId),
  );
  return { ok: true, forumEntityId: forumId, members, issues };
}

/**
 * Creates a memoised member evaluator for one state. Use one evaluator for everything computed on
 * the same day (checks, burden, diffs) so each forum is derived once. A forum on a dependency
 * cycle, or depending on one, yields `{ ok: false, error: { kind: 'ruleCycle', forumEntityIds } }`
 * where the path starts and ends with the same forum.
 */
export function createMemberEvaluator(state: OrgState): MemberEvaluator {
  const cache = new Map<string, MembersResult>();
  const inProgress: string[] = [];
  const evaluate: MemberEvaluator = (forumId) => {
    const cached = cache.get(forumId);
    if (cached !== undefined) return cached;
    const at = inProgress.indexOf(forumId);
    if (at >= 0) {
      const cycle = [...inProgress.slice(at), forumId];
      return {
        ok: false,
        forumEntityId: forumId,
        error: { kind: 'ruleCycle', forumEntityIds: cycle },
      };
    }
    inProgress.push(forumId);
    const result = computeForum(state, forumId, evaluate);
    inProgress.pop();
    cache.set(forumId, result);
    return result;
  };
  return evaluate;
}

/**
 * The members of a forum on the state's day, in seat order (role, then label) and within a born
 * seat in Danish party-name order. Appointed seats give one member or a vacancy; born seats give
 * their rule's holders (a vacancy where the office or role is unfilled); function seats add their
 * role to the member holding them and report a holder who is not a member as an issue.
 */
export function deriveMembers(state: OrgState, forumEntityId: string): MembersResult {
  return createMemberEvaluator(state)(forumEntityId);
}

/** The members of every forum valid on the state's day, keyed by forum entityId (name order). */
export function deriveAllMembers(
  state: OrgState,
  evaluate: MemberEvaluator = createMemberEvaluator(state),
): ReadonlyMap<string, MembersResult> {
  return new Map([...state.fora.keys()].map((id) => [id, evaluate(id)]));
}

/**
 * A stable key for a member's *place*, independent of who fills it: the seat plus the party or
 * source forum a born seat draws from. Used to tell "the same seat, another person" (changed) from
 * "a seat appeared" (added) when comparing two days or two versions of the data.
 */
export function memberSlot(member: Member): string {
  const { via } = member;
  const part =
    via.kind === 'officeHolders' || via.kind === 'officeHoldersOfRepresented'
      ? via.partyId
      : via.kind === 'roleHolders'
        ? via.sourceForumId
        : '';
  return `${member.forumEntityId}|${member.seatEntityId}|${part}`;
}
