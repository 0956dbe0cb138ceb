/**
 * Reads answer "as of" one day: load the collaboration's snapshot once, evaluate the day, and
 * derive members and breaches with one memoised evaluator. The timeline replays the snapshot on
 * every day something changed, to list who joined and left which seat when.
 */
import {
  changeDates,
  checkForum,
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
import type { OrgContext } from './org-change';
import { flattenMembers, presentDiff } from './org-present';
import {
  loadSnapshot,
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

/** A collaboration evaluated on one day. */
export interface OrgDay {
  snapshot: StoredSnapshot;
  state: StoredState;
  evaluate: MemberEvaluator;
}

/** The day a read answers for: the requested one, else today in Denmark. */
export function dayOf(date: IsoDate | undefined): IsoDate {
  return date ?? todayInDenmark();
}

/** Evaluates a snapshot on a day. */
export function evaluateDay(snapshot: StoredSnapshot, date: IsoDate): OrgDay {
  const state = stateOn(snapshot, date) as StoredState;
  return { snapshot, state, evaluate: createMemberEvaluator(state) };
}

/** Loads a collaboration and evaluates it on `date`; 404 for an unknown collaboration. */
export async function loadOrgDay(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
): Promise<OrgDay> {
  const snapshot = await loadSnapshot(org.db, collaborationId, { meetingDates: org.meetingDates });
  if (snapshot.collaborations.length === 0) throw notFound(orgText('entity.collaboration'));
  return evaluateDay(snapshot, date);
}

/** The members of one forum on the day (empty when they cannot be derived). */
export function membersOf(day: OrgDay, forumId: string): readonly Member[] {
  const result = day.evaluate(forumId);
  return result.ok ? result.members : [];
}

/** Every member of every forum on the day. */
export function allMembers(day: OrgDay): Member[] {
  return flattenMembers(deriveAllMembers(day.state, day.evaluate));
}

/** Every breach of every forum on the day. */
export function allBreaches(day: OrgDay): Breach[] {
  return [...day.state.fora.keys()].flatMap((id) => checkForum(day.state, id, day.evaluate));
}

/** What a timeline follows: some fora, or one person across all fora. */
export interface TimelineFilter {
  forumIds?: readonly string[];
  personId?: string;
}

function membersFor(day: OrgDay, filter: TimelineFilter): Member[] {
  const members = filter.forumIds
    ? filter.forumIds.flatMap((id) => (day.state.fora.has(id) ? [...membersOf(day, id)] : []))
    : allMembers(day);
  if (filter.personId === undefined) return members;
  return members.filter((m) => m.personId === filter.personId);
}

/**
 * The member changes over time: on every change day, who joined, left or changed a seat of the
 * followed fora (or, for a person, which seats they gained and lost). Oldest first.
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
