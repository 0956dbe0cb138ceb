/** Agenda deadlines for a meeting, computed backwards along its preparation chains. */
import type { MeetingDeadlines } from '../../../shared/meetings-planning.contract';
import type { IsoDate } from '../../../shared/dates';
import {
  computeAgendaDeadlines,
  countWorkingDays,
  findPreparationChain,
  groupMeetingsByForum,
  type OrderingRule,
} from '../../../domain/meetings/index';
import { addDays } from '../../../shared/dates';
import { listRuleRows } from './calendar.repo';
import { deadlineDaysOf, defaultAgendaDeadline } from './meetings.service';
import { requireMeeting, type MeetingsDeps } from './participants.service';
import { closuresFor, scheduledMeetings, toOrderingRule } from './scheduling';
import { danishDate } from './time';

/** Each forum's agenda deadline in working days on `date` (its setting, else the default). */
async function deadlineDays(
  deps: MeetingsDeps,
  forumIds: readonly string[],
  date: IsoDate,
): Promise<Record<string, number>> {
  const port = deps.organisation;
  const days: Record<string, number> = {};
  for (const id of forumIds) {
    days[id] = deadlineDaysOf(port.available ? await port.findForum(deps.db, id, date) : null);
  }
  return days;
}

/** The preparation chains leading to `forumId`: from `fromForumId` only, or from every forum. */
function chainsTo(forumId: string, rules: readonly OrderingRule[], fromForumId?: string) {
  const starts = fromForumId
    ? [fromForumId]
    : [...new Set(rules.filter((r) => r.kind !== 'after').map((r) => r.dependsOnForumId))];
  return starts
    .filter((f) => f !== forumId)
    .map((f) => findPreparationChain(f, forumId, rules))
    .filter((c): c is string[] => c !== null)
    .sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

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
  const chains = chainsTo(row.forumId, rules, q.fromForumId);
  const fora = [...new Set([row.forumId, ...chains.flat()])];
  const workingDays = await deadlineDays(deps, fora, date);
  const agendaDeadline =
    row.agendaDeadline ?? defaultAgendaDeadline(date, closures, workingDays[row.forumId]);
  const meetingsByForum = groupMeetingsByForum(await scheduledMeetings(deps.db, fora));
  const names = await deps.organisation.forumNames(deps.db, fora);
  const targetWorkingDays =
    agendaDeadline < date ? countWorkingDays(agendaDeadline, addDays(date, -1), closures) : 0;
  const plans = chains.map((chain) => {
    const plan = computeAgendaDeadlines({
      target: { forumId: row.forumId, date, meetingId: row.id },
      chain,
      agendaDeadlineWorkingDays: { ...workingDays, [row.forumId]: targetWorkingDays },
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

/**
 * What a backwards deadline plan over `forumIds` needs, for another module (joint consultation
 * responses): each forum's agenda deadline in working days on `date`, the collaboration's
 * ordering rules and closure days, the fora's scheduled meetings and their names.
 */
export async function deadlineInputs(
  deps: MeetingsDeps,
  collaborationId: string,
  forumIds: readonly string[],
  date: IsoDate,
) {
  const rules = (await listRuleRows(deps.db, { collaborationId })).map(toOrderingRule);
  const closures = await closuresFor(deps.db, collaborationId);
  const agendaDeadlineWorkingDays = await deadlineDays(deps, forumIds, date);
  const meetingsByForum = groupMeetingsByForum(await scheduledMeetings(deps.db, forumIds));
  const names = await deps.organisation.forumNames(deps.db, forumIds);
  return { rules, closures, agendaDeadlineWorkingDays, meetingsByForum, names };
}
