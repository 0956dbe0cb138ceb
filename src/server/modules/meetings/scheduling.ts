/**
 * The scheduling check behind every create and move: the declared ordering rules and the
 * working-day calendar (domain `checkMeeting`) for the changed meetings, plus the warnings the
 * change newly causes for meetings of fora that depend on the changed ones (moving a KKR
 * meeting past the SSU meeting that needs it warns about that SSU meeting).
 */
import type { Db } from '../../db/client';
import type { SchedulingWarning } from '../../../shared/meetings.contract';
import {
  DEFAULT_CLOSURE_DAYS,
  type ClosureDay,
  type OrderingRule,
  type OrderingWarning,
  type ScheduledMeeting,
} from '../../../domain/meetings/index';
import { AppError } from '../../platform/errors';
import {
  listClosureRows,
  rulesTouching,
  type ClosureRow,
  type OrderingRuleRow,
} from './calendar.repo';
import { listMeetingRows } from './meetings.repo';
import type { OrganisationPort } from './org-port';
import { joinTexts, renderText } from './texts';
import { scheduleWarnings, type ScheduleChange } from './schedule-check';
import { danishDate } from './time';

export type { ScheduleChange } from './schedule-check';

/** A closure row as the domain's closure day. */
export function toClosureDay(row: ClosureRow): ClosureDay {
  if (row.kind === 'date')
    return { kind: 'date', id: row.id, name: row.name, date: row.date ?? '' };
  return {
    kind: 'annual',
    id: row.id,
    name: row.name,
    month: row.month ?? 1,
    day: row.day ?? 1,
    ...(row.fromYear !== null ? { fromYear: row.fromYear } : {}),
    ...(row.toYear !== null ? { toYear: row.toYear } : {}),
  };
}

/** The built-in closure days plus the table's rows for the collaboration (and global ones). */
export async function closuresFor(db: Db, collaborationId: string | null): Promise<ClosureDay[]> {
  const rows = await listClosureRows(db, { collaborationId });
  return [...DEFAULT_CLOSURE_DAYS, ...rows.map(toClosureDay)];
}

/** An ordering rule row as the domain's rule. */
export function toOrderingRule(row: OrderingRuleRow): OrderingRule {
  return {
    id: row.id,
    kind: row.kind,
    forumId: row.forumId,
    dependsOnForumId: row.dependsOnForumId,
    minDaysBetween: row.minDaysBetween,
    maxDaysBetween: row.maxDaysBetween,
  };
}

/** Active (not cancelled) meetings of the fora as the domain's scheduled meetings. */
export async function scheduledMeetings(
  db: Db,
  forumIds: readonly string[],
): Promise<ScheduledMeeting[]> {
  if (forumIds.length === 0) return [];
  const rows = await listMeetingRows(db, { forumIds, includeCancelled: false });
  return rows.map((r) => ({ id: r.id, forumId: r.forumId, date: danishDate(r.startsAt) }));
}

/** A domain warning with its texts; forum ids in the text are replaced by names when known. */
export function presentWarning(
  w: OrderingWarning,
  meetingId: string | null,
  names: ReadonlyMap<string, string>,
): SchedulingWarning {
  const forumId = String(w.params.forumId ?? '');
  const dependsOnId = String(w.params.dependsOnForumId ?? '');
  const params = {
    ...w.params,
    forum: names.get(forumId) ?? forumId,
    dependsOn: names.get(dependsOnId) ?? dependsOnId,
    reasonText: '',
  };
  const reason = String(w.params.reason ?? '');
  const main = renderText(w.code, params);
  if (w.code === 'calendar.nonWorkingDay') {
    const reasonText = renderText(`calendar.reason.${reason}`);
    main.da = renderText(w.code, { ...params, reasonText: reasonText.da }).da;
    main.en = renderText(w.code, { ...params, reasonText: reasonText.en }).en;
  }
  // The suggestion is data (`suggestedDate`), never part of the sentence: the web app shows it
  // once, next to the warnings, and the problem's detail names it once.
  return {
    meetingId,
    forumId,
    ruleId: w.ruleId,
    code: w.code,
    params: w.params,
    suggestedDate: w.suggestedDate,
    message: main,
  };
}

/** Loads the rules of the changed fora and of the fora depending on them. */
async function loadRules(db: Db, forumIds: ReadonlySet<string>): Promise<OrderingRule[]> {
  const touching = await rulesTouching(db, [...forumIds]);
  const dependents = touching.filter((r) => forumIds.has(r.dependsOnForumId)).map((r) => r.forumId);
  const all = await rulesTouching(db, [...new Set([...forumIds, ...dependents])]);
  const unique = new Map(all.map((r) => [r.id, toOrderingRule(r)]));
  return [...unique.values()];
}

/**
 * Checks changed meetings. Warnings about the changed meetings come first (meetingId null for a
 * new one), then new warnings about other meetings. Empty when everything is in order.
 */
export async function checkSchedule(
  db: Db,
  port: OrganisationPort,
  changes: readonly ScheduleChange[],
  collaborationId: string | null,
): Promise<SchedulingWarning[]> {
  const rules = await loadRules(db, new Set(changes.map((c) => c.forumId)));
  const involved = [
    ...new Set([
      ...changes.map((c) => c.forumId),
      ...rules.flatMap((r) => [r.forumId, r.dependsOnForumId]),
    ]),
  ];
  const before = await scheduledMeetings(db, involved);
  const closures = await closuresFor(db, collaborationId);
  const found = scheduleWarnings(before, changes, rules, closures);
  const names = await port.forumNames(db, involved);
  return found.map(({ meetingId, warning }) => presentWarning(warning, meetingId, names));
}

/** The 409 problem for unacknowledged warnings. */
export function orderingProblem(warnings: readonly SchedulingWarning[]): AppError {
  const suggestedDate = warnings.find((w) => w.suggestedDate !== null)?.suggestedDate ?? null;
  const detail = joinTexts(
    ...warnings.map((w) => w.message),
    ...(suggestedDate ? [renderText('ordering.suggestion', { suggestedDate })] : []),
  );
  return new AppError(
    'orderingWarning',
    {
      da: `${detail.da} Gem igen med acknowledgeWarnings for at gemme alligevel.`,
      en: `${detail.en} Save again with acknowledgeWarnings to save anyway.`,
    },
    { extra: { warnings, suggestedDate } },
  );
}

/** Throws the ordering problem unless there are no warnings or they are acknowledged. */
export function requireAcknowledged(
  warnings: readonly SchedulingWarning[],
  acknowledged: boolean,
): void {
  if (warnings.length > 0 && !acknowledged) throw orderingProblem(warnings);
}
