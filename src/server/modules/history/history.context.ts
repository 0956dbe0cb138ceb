/**
 * Loads what the pure check (src/domain/history) needs to know about the stored world for one
 * record: the fora on their days, the existing meetings the steps name (with their agenda's
 * state), the ordering rules of the route's fora and the active meetings those rules involve.
 */
import { and, inArray, ne } from 'drizzle-orm';
import { isAgendaEditable } from '../../../domain/agendas/index';
import {
  forumDayKey,
  forumDaysOf,
  type ExistingMeetingFacts,
  type HistoryContext,
} from '../../../domain/history/index';
import { DEFAULT_CLOSURE_DAYS, type OrderingRule } from '../../../domain/meetings/index';
import { danishDateOf, type IsoDate } from '../../../shared/dates';
import type { HistoryCase } from '../../../shared/history.contract';
import type { Db } from '../../db/client';
import { agendas } from '../agendas/index';
import { meetingsLookup, organisationLookup } from '../cases/index';
import { meetings, orderingRules } from '../meetings/index';

/** The context and the names of every forum involved (for the texts). */
export interface LoadedContext {
  ctx: HistoryContext;
  names: Map<string, string>;
}

async function existingMeetings(
  db: Db,
  record: HistoryCase,
): Promise<Map<string, ExistingMeetingFacts>> {
  const ids = record.steps.flatMap((s) =>
    s.meeting && 'existingMeetingId' in s.meeting ? [s.meeting.existingMeetingId] : [],
  );
  if (ids.length === 0) return new Map();
  const found = await meetingsLookup.meetings(db, ids);
  const rows = await db
    .select({ meetingId: agendas.meetingId, status: agendas.status })
    .from(agendas)
    .where(inArray(agendas.meetingId, ids));
  const agendaOf = new Map(rows.map((r) => [r.meetingId, r.status]));
  return new Map(
    found.map((m) => {
      const status = agendaOf.get(m.id);
      const agendaOpen = status === undefined || isAgendaEditable(status);
      return [m.id, { id: m.id, forumId: m.forumId, date: m.date, status: m.status, agendaOpen }];
    }),
  );
}

async function rulesOf(db: Db, forumIds: readonly string[]): Promise<OrderingRule[]> {
  const rows = await db
    .select()
    .from(orderingRules)
    .where(inArray(orderingRules.forumId, [...forumIds]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    forumId: r.forumId,
    dependsOnForumId: r.dependsOnForumId,
    minDaysBetween: r.minDaysBetween,
    maxDaysBetween: r.maxDaysBetween,
  }));
}

async function scheduledOf(db: Db, forumIds: readonly string[]) {
  if (forumIds.length === 0) return [];
  const rows = await db
    .select({ id: meetings.id, forumId: meetings.forumId, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(inArray(meetings.forumId, [...forumIds]), ne(meetings.status, 'cancelled')));
  return rows.map((r) => ({ id: r.id, forumId: r.forumId, date: danishDateOf(r.startsAt) }));
}

/** Loads the check's context for `record` in the collaboration on `today`. */
export async function loadContext(
  db: Db,
  record: HistoryCase,
  collaborationId: string,
  today: IsoDate,
): Promise<LoadedContext> {
  const existing = await existingMeetings(db, record);
  const foraOn = new Map<string, string>();
  for (const { forumId, date } of forumDaysOf(record, existing)) {
    const key = forumDayKey(forumId, date);
    if (foraOn.has(key)) continue;
    const forum = await organisationLookup.findForum(db, forumId, date);
    if (forum) foraOn.set(key, forum.collaborationId);
  }
  const routeFora = [...new Set(record.steps.map((s) => s.forumId))];
  const rules = await rulesOf(db, routeFora);
  const involved = [...new Set([...routeFora, ...rules.map((r) => r.dependsOnForumId)])];
  const scheduled = await scheduledOf(db, involved);
  const names = await organisationLookup.forumNames(db, [
    ...new Set([record.raisedInForumId, ...involved]),
  ]);
  return {
    ctx: {
      today,
      collaborationId,
      foraOn,
      meetings: existing,
      rules,
      scheduled,
      closures: DEFAULT_CLOSURE_DAYS,
    },
    names: new Map(names),
  };
}
