/**
 * "Mit arbejde": the sections of the home page for one user on one day. Which fora are the
 * user's comes from home.scope.ts; each section is one short query (home.repo.ts); what flowed
 * back is read through the cases module's viewer rule, so a closed step's text stays hidden.
 * Confidential cases are filtered as of the real today (the visibility rule is about who may see
 * a case now), whatever day the lists are for.
 */
import type { Db } from '../../db/client';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { MyMeeting, MyReturned, MyWork } from '../../../shared/home.contract';
import { MY_WORK_LIMIT } from '../../../shared/home.contract';
import type { Role } from '../../../shared/roles';
import { caseDeps, casesForViewer, caseVisibleSql, loadCases, type Viewer } from '../cases/index';
import { forumNames, freshMemberPeriods } from '../organisation/index';
import { myRounds } from '../plans/index';
import { myActions } from '../actions/index';
import {
  agendaDeadlines,
  approvalsDue,
  nextMeetings,
  recentDecisions,
  returnedCaseIds,
  waitingCases,
  type Counted,
  type Filter,
  type MeetingListRow,
} from './home.repo';
import { foraOfCollaborations, resolveMyScope, type MyScope } from './home.scope';

const empty = <T>() => ({ items: [] as T[], total: 0 });

/** The meetings and cases filter of the user's own fora (seats and what the secretariat serves). */
function mineFilter(scope: MyScope): Filter {
  return {
    forumIds: [...new Set([...scope.seatForumIds, ...scope.servedForumIds])],
    collaborationIds: scope.servedCollaborationIds,
    everywhere: scope.national,
  };
}

/**
 * For a user without seats: the collaborations of their grants; everything when they have no
 * grant (or a national one); nothing when their grants cover no collaboration.
 */
function generalFilter(scope: MyScope): Filter {
  return {
    forumIds: [],
    collaborationIds: scope.grantCollaborationIds,
    everywhere: scope.unscoped,
  };
}

function presentMeeting(row: MeetingListRow, names: Map<string, string>): MyMeeting {
  return {
    id: row.id,
    title: row.title,
    forumId: row.forumId,
    forumName: names.get(row.forumId) ?? null,
    startsAt: row.startsAt.toISOString(),
    date: row.date,
    location: row.location,
    status: row.status,
  };
}

/** What flowed back to my fora: the latest downward entry of each case, as the viewer may see it. */
async function returnedItems(
  db: Db,
  viewer: Viewer,
  ids: readonly string[],
  forumIds: ReadonlySet<string>,
  asOf: IsoDate,
): Promise<MyReturned[]> {
  const views = await casesForViewer(caseDeps(db), viewer, await loadCases(db, ids));
  const byId = new Map(views.map((v) => [v.id, v]));
  return ids.flatMap((id) => {
    const view = byId.get(id);
    if (!view || view.redacted) return [];
    const entry = view.timeline
      .filter(
        (e) =>
          e.direction === 'down' &&
          e.on <= asOf &&
          e.toForumId !== null &&
          forumIds.has(e.toForumId),
      )
      .at(-1);
    if (!entry?.toForumId) return [];
    return [
      {
        caseId: view.id,
        title: view.title,
        kind: entry.kind,
        on: entry.on,
        fromForumName: entry.forumName,
        toForumId: entry.toForumId,
        toForumName: entry.toForumName,
        text: entry.redacted ? null : (entry.text ?? null),
      },
    ];
  });
}

const counted = <T, U>(c: Counted<T>, map: (row: T) => U) => ({
  items: c.rows.map(map),
  total: c.total,
});

/** The user's work on `asOf` (default: today in Denmark). */
export async function myWork(
  db: Db,
  user: { id: string; name: string; role: Role },
  asOf: IsoDate = todayInDenmark(),
): Promise<MyWork> {
  const scope = await resolveMyScope(db, user, asOf);
  const viewer: Viewer = { userId: user.id, name: user.name, role: user.role };
  await freshMemberPeriods(db);
  const visible = caseVisibleSql(user.id, todayInDenmark());
  const mode = scope.seatForumIds.length > 0 || scope.serves ? 'mine' : 'general';
  const filter = mode === 'mine' ? mineFilter(scope) : generalFilter(scope);
  const meetings = await nextMeetings(db, filter, asOf);
  const deadlines = mode === 'mine' ? await agendaDeadlines(db, filter, asOf) : null;
  const waiting = mode === 'mine' ? await waitingCases(db, filter, visible) : null;
  const decisions = mode === 'general' ? await recentDecisions(db, filter, visible) : null;
  const approvals = await approvalsDue(db, scope, asOf);
  const returnFora = [
    ...new Set([
      ...filter.forumIds,
      ...(mode === 'mine' ? await foraOfCollaborations(db, scope.servedCollaborationIds) : []),
    ]),
  ];
  const returnedIds = mode === 'mine' ? await returnedCaseIds(db, returnFora, asOf, visible) : null;
  const rounds = await myRounds(db, user.id, user.role);
  const actions = await myActions(db, user.id, asOf, MY_WORK_LIMIT);

  const forumIds = [
    ...scope.seatForumIds,
    ...meetings.rows.map((m) => m.forumId),
    ...(deadlines?.rows ?? []).map((m) => m.forumId),
    ...(waiting?.rows ?? []).map((c) => c.forumId),
    ...(decisions?.rows ?? []).flatMap((d) => (d.forumId ? [d.forumId] : [])),
    ...approvals.rows.map((m) => m.forumId),
  ];
  const names = await forumNames(db, [...new Set(forumIds)]);
  const meeting = (row: MeetingListRow) => presentMeeting(row, names);
  return {
    asOf,
    mode,
    serves: scope.serves,
    seats: scope.seatForumIds
      .map((id) => ({ id, name: names.get(id) ?? null }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'da')),
    meetings: counted(meetings, meeting),
    deadlines: deadlines
      ? counted(deadlines, (row) => ({
          kind: 'agenda' as const,
          deadline: row.agendaDeadline ?? row.date,
          meeting: meeting(row),
        }))
      : empty(),
    waitingCases: waiting
      ? counted(waiting, (row) => ({
          ...row,
          forumName: names.get(row.forumId) ?? null,
        }))
      : empty(),
    returned: returnedIds
      ? {
          items: await returnedItems(db, viewer, returnedIds.rows, new Set(returnFora), asOf),
          total: returnedIds.total,
        }
      : empty(),
    decisions: decisions
      ? counted(decisions, (row) => ({
          caseId: row.id,
          title: row.title,
          forumName: row.forumId ? (names.get(row.forumId) ?? null) : null,
          decidedOn: row.decidedOn,
        }))
      : empty(),
    approvals: counted(approvals, (row) => ({ meeting: meeting(row) })),
    rounds: {
      items: [...rounds]
        .sort((a, b) => Number(a.status === 'answered') - Number(b.status === 'answered'))
        .slice(0, MY_WORK_LIMIT),
      total: rounds.length,
    },
    actions,
  };
}
