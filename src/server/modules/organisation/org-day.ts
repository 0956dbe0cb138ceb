/**
 * Reads answer "as of" one day: take the collaboration's snapshot from the read cache (loaded
 * once per organisation version, org-read-cache.ts), evaluate the day once per version, and
 * derive members and breaches with one memoised evaluator. Breaches load only the meeting dates
 * the cadence rule looks at (the day's calendar year, fora with a cadence rule). The timeline
 * replays the snapshot on every day something changed, once per version, to list who joined and
 * left which seat when.
 */
import {
  changeDates,
  checkForum,
  rulesOf,
  createMemberEvaluator,
  deriveAllMembers,
  diffMembers,
  stateOn,
  type Breach,
  type ClusterOnDay,
  type Member,
  type MemberEvaluator,
  type OrgState,
} from '../../../domain/organisation/index';
import { notFound } from '../../platform/errors';
import { addDays, todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { MemberChange } from '../../../shared/organisation.contract';
import { orgText } from '../../../shared/organisation.messages';
import type { Db } from '../../db/client';
import type { OrgContext } from './org-change';
import { flattenMembers, presentDiff } from './org-present';
import { memo, snapshotOf } from './org-read-cache';
import {
  type ClusterRow,
  type ForumRow,
  type PartyRow,
  type SeatRow,
  type StoredSnapshot,
} from './org-snapshot.repo';

/**
 * An `OrgState` built from stored rows. `stateOn` keeps the row objects it is given (clusters are
 * copied with every property), so the state's values are stored rows with their keys; this type
 * says so.
 */
export interface StoredState extends OrgState {
  readonly parties: ReadonlyMap<string, PartyRow>;
  readonly clusters: ReadonlyMap<string, ClusterOnDay & ClusterRow>;
  readonly fora: ReadonlyMap<string, ForumRow>;
  readonly seats: ReadonlyMap<string, SeatRow>;
  readonly seatsByForum: ReadonlyMap<string, readonly SeatRow[]>;
}

/** A collaboration evaluated on one day. Shared by concurrent reads: never mutate it. */
export interface OrgDay {
  snapshot: StoredSnapshot;
  /** The day's state; its `meetingDates` are empty (see {@link breachesOf}). */
  state: StoredState;
  evaluate: MemberEvaluator;
  /** The snapshot's version key (org-read-cache.ts), for memoising what is derived from it. */
  key: string;
  db: Db;
}

/** The day a read answers for: the requested one, else today in Denmark. */
export function dayOf(date: IsoDate | undefined): IsoDate {
  return date ?? todayInDenmark();
}

/** Evaluates a snapshot on a day (not memoised). */
export function evaluateDay(
  snapshot: StoredSnapshot,
  date: IsoDate,
): Pick<OrgDay, 'snapshot' | 'state' | 'evaluate'> {
  const state = stateOn(snapshot, date) as StoredState;
  return { snapshot, state, evaluate: createMemberEvaluator(state) };
}

/**
 * A collaboration evaluated on `date`: the snapshot from the read cache (one query when the
 * organisation did not change; inside a transaction always loaded fresh), the day memoised per
 * version. 404 for an unknown collaboration.
 */
export async function loadOrgDay(
  org: Pick<OrgContext, 'db'>,
  collaborationId: string,
  date: IsoDate,
): Promise<OrgDay> {
  const { key, snapshot } = await snapshotOf(org.db, collaborationId);
  if (snapshot.collaborations.length === 0) throw notFound(orgText('entity.collaboration'));
  return memo(org.db, key, `day:${date}`, () => ({
    ...evaluateDay(snapshot, date),
    key,
    db: org.db,
  }));
}

/** The members of one forum on the day (empty when they cannot be derived). */
export function membersOf(day: Pick<OrgDay, 'evaluate'>, forumId: string): readonly Member[] {
  const result = day.evaluate(forumId);
  return result.ok ? result.members : [];
}

const membersMemo = new WeakMap<object, readonly Member[]>();

/** Every member of every forum on the day (memoised with the day; do not mutate). */
export function allMembers(day: Pick<OrgDay, 'state' | 'evaluate'>): readonly Member[] {
  let members = membersMemo.get(day);
  if (!members) {
    members = flattenMembers(deriveAllMembers(day.state, day.evaluate));
    membersMemo.set(day, members);
  }
  return members;
}

function hasCadenceRule(state: OrgState, forumId: string): boolean {
  const forum = state.fora.get(forumId);
  if (!forum || forum.cadence === null) return false;
  return rulesOf(state, forumId).some((r) => r.spec.kind === 'cadenceMet');
}

/**
 * The meeting dates the cadence rule needs on the state's day: those of the day's calendar year,
 * of the given fora that have a cadence rule (one indexed query; none when no forum has one).
 */
export async function cadenceMeetingDates(
  org: Pick<OrgContext, 'db' | 'meetingDates'>,
  state: OrgState,
  forumIds: readonly string[],
): Promise<Map<string, IsoDate[]>> {
  const cadenced = forumIds.filter((id) => hasCadenceRule(state, id));
  if (cadenced.length === 0) return new Map();
  const year = state.date.slice(0, 4);
  const byForum = await org.meetingDates(org.db, cadenced, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  return new Map(Object.entries(byForum).map(([id, dates]) => [id, [...dates].sort()]));
}

const breachMemo = new WeakMap<object, { fingerprint: string; breaches: readonly Breach[] }>();

/**
 * The breaches of the given fora (default every forum of the day), fora in the day's order.
 * Meeting dates are loaded per call (they change without the organisation changing); the rest is
 * memoised with the day and reused while the meeting dates are the same.
 */
export async function breachesOf(
  org: Pick<OrgContext, 'db' | 'meetingDates'>,
  day: OrgDay,
  forumIds?: readonly string[],
): Promise<readonly Breach[]> {
  const ids = forumIds ?? [...day.state.fora.keys()];
  const meetingDates = await cadenceMeetingDates(org, day.state, ids);
  const compute = () => {
    const state: StoredState = { ...day.state, meetingDates };
    return ids.flatMap((id) => checkForum(state, id, day.evaluate));
  };
  if (forumIds !== undefined) return compute();
  const fingerprint = JSON.stringify([...meetingDates]);
  const known = breachMemo.get(day);
  if (known?.fingerprint === fingerprint) return known.breaches;
  const breaches = compute();
  breachMemo.set(day, { fingerprint, breaches });
  return breaches;
}

/** What a timeline follows: some fora, or one person across all fora. */
export interface TimelineFilter {
  forumIds?: readonly string[];
  personId?: string;
}

type Evaluated = Pick<OrgDay, 'state' | 'evaluate'>;

function membersFor(day: Evaluated, filter: TimelineFilter): readonly Member[] {
  const members = filter.forumIds
    ? filter.forumIds.flatMap((id) => (day.state.fora.has(id) ? [...membersOf(day, id)] : []))
    : allMembers(day);
  if (filter.personId === undefined) return members;
  return members.filter((m) => m.personId === filter.personId);
}

/**
 * The member changes over time: on every change day, who joined, left or changed a seat of the
 * followed fora (or, for a person, which seats they gained and lost). Oldest first. Replays the
 * whole history: reads use {@link forumTimeline} and {@link personTimeline}.
 */
export function memberTimeline(snapshot: StoredSnapshot, filter: TimelineFilter): MemberChange[] {
  const dates = changeDates(snapshot);
  const first = dates[0];
  if (first === undefined) return [];
  let previous = evaluateDay(snapshot, addDays(first, -1));
  let previousMembers = membersFor(previous, filter);
  const events: MemberChange[] = [];
  for (const date of dates) {
    const day = evaluateDay(snapshot, date);
    const members = membersFor(day, filter);
    const diff = diffMembers(previousMembers, members);
    events.push(...presentDiff(date, diff, { before: previous.state, after: day.state }));
    previous = day;
    previousMembers = members;
  }
  return events;
}

/** The whole collaboration's timeline, and per change day the fora each person moved in. */
interface TimelineIndex {
  events: readonly MemberChange[];
  /** date → personId → the fora where a member with that person was added, removed or changed. */
  moves: ReadonlyMap<IsoDate, ReadonlyMap<string, ReadonlySet<string>>>;
}

function timelineIndex(snapshot: StoredSnapshot): TimelineIndex {
  const dates = changeDates(snapshot);
  const events: MemberChange[] = [];
  const moves = new Map<IsoDate, Map<string, Set<string>>>();
  const first = dates[0];
  if (first === undefined) return { events, moves };
  let previous = evaluateDay(snapshot, addDays(first, -1));
  let previousMembers = allMembers(previous);
  for (const date of dates) {
    const day = evaluateDay(snapshot, date);
    const members = allMembers(day);
    const diff = diffMembers(previousMembers, members);
    events.push(...presentDiff(date, diff, { before: previous.state, after: day.state }));
    const moved = new Map<string, Set<string>>();
    const note = (m: Member) => {
      if (m.personId === null) return;
      const fora = moved.get(m.personId) ?? new Set<string>();
      fora.add(m.forumEntityId);
      moved.set(m.personId, fora);
    };
    for (const c of diff.changed) {
      note(c.before);
      note(c.after);
    }
    diff.added.forEach(note);
    diff.removed.forEach(note);
    if (moved.size > 0) moves.set(date, moved);
    previous = day;
    previousMembers = members;
  }
  return { events, moves };
}

function indexOf(day: OrgDay): TimelineIndex {
  return memo(day.db, day.key, 'timeline', () => timelineIndex(day.snapshot));
}

/**
 * The member changes of some fora over time (as {@link memberTimeline}): the collaboration's
 * whole timeline, replayed once per organisation version, filtered. A diff pairs members within
 * one place (`memberSlot`, which names the forum), so one forum's changes are exactly the whole
 * diff's changes of that forum, in the same order.
 */
export function forumTimeline(day: OrgDay, forumIds: readonly string[]): MemberChange[] {
  const wanted = new Set(forumIds);
  return indexOf(day).events.filter((e) => wanted.has(e.forumEntityId));
}

/**
 * One person's member changes over time (as {@link memberTimeline} with `personId`). A person's
 * members differ between two days only in a place where the whole diff has an entry with that
 * person, so only those days and fora are evaluated again (memoised per version and person).
 */
export function personTimeline(day: OrgDay, personId: string): MemberChange[] {
  return memo(day.db, day.key, `person:${personId}`, () => {
    const events: MemberChange[] = [];
    for (const [date, moved] of indexOf(day).moves) {
      const fora = moved.get(personId);
      if (fora === undefined) continue;
      const before = evaluateDay(day.snapshot, addDays(date, -1));
      const after = evaluateDay(day.snapshot, date);
      const ofPerson = (d: Evaluated) =>
        [...d.state.fora.keys()]
          .filter((id) => fora.has(id))
          .flatMap((id) => membersOf(d, id))
          .filter((m) => m.personId === personId);
      const diff = diffMembers(ofPerson(before), ofPerson(after));
      events.push(...presentDiff(date, diff, { before: before.state, after: after.state }));
    }
    return events;
  });
}
