/** Agenda deadlines for a meeting, computed backwards along its preparation chains. */
import type { MeetingDeadlines } from '../../../shared/meetings-planning.contract';
import type { IsoDate } from '../../../shared/dates';
import {
  computeAgendaDeadlines,
  countWorkingDays,
  findPreparationChain,
  groupMeetingsByForum,
} from '../../../domain/meetings/index';
import { addDays } from '../../../shared/dates';
import { listRuleRows } from './calendar.repo';
import { defaultAgendaDeadline } from './meetings.service';
import { requireMeeting, type MeetingsDeps } from './participants.service';
import { closuresFor, scheduledMeetings, toOrderingRule } from './scheduling';
import { danishDate } from './time';

/**
 * One plan per forum that prepares the meeting's forum (directly or through others), or only
 * the chain from `fromForumId`. The meeting's own agenda deadline anchors every plan.
 */
export async function meetingDeadlines(
  deps: MeetingsDeps,
  id: string,
  q: { fromForumId?: string; today?: IsoDate },
): Promise<MeetingDeadlines> {
  const row = await requireMeeting(deps.db, id);
  const date = danishDate(row.startsAt);
  const scope = row.collaborationId
    ? { collaborationId: row.collaborationId }
    : { forumId: row.forumId };
  const rules = (await listRuleRows(deps.db, scope)).map(toOrderingRule);
  const closures = await closuresFor(deps.db, row.collaborationId);
  const agendaDeadline = row.agendaDeadline ?? defaultAgendaDeadline(date, closures);
  const starts = q.fromForumId
    ? [q.fromForumId]
    : [...new Set(rules.filter((r) => r.kind !== 'after').map((r) => r.dependsOnForumId))];
  const chains = starts
    .filter((f) => f !== row.forumId)
    .map((f) => findPreparationChain(f, row.forumId, rules))
    .filter((c): c is string[] => c !== null)
    .sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
  const fora = [...new Set(chains.flat())];
  const meetingsByForum = groupMeetingsByForum(await scheduledMeetings(deps.db, fora));
  const names = await deps.organisation.forumNames(deps.db, fora);
  const targetWorkingDays =
    agendaDeadline < date ? countWorkingDays(agendaDeadline, addDays(date, -1), closures) : 0;
  const plans = chains.map((chain) => {
    const plan = computeAgendaDeadlines({
      target: { forumId: row.forumId, date, meetingId: row.id },
      chain,
      agendaDeadlineWorkingDays: { [row.forumId]: targetWorkingDays },
      rules,
      meetingsByForum,
      closures,
      ...(q.today ? { today: q.today } : {}),
    });
    return {
      chain,
      ...plan,
      steps: plan.steps.map((s) => ({ ...s, forumName: names.get(s.forumId) ?? null })),
    };
  });
  return { meetingId: row.id, agendaDeadline, plans };
}
