/**
 * The scheduling check behind every create and move: the declared ordering rules and the
 * working-day calendar (domain `checkMeeting`) for the changed meetings, plus the warnings the
 * change newly causes for meetings of fora that depend on the changed ones (moving a KKR
 * meeting past the SSU meeting that needs it warns about that SSU meeting).
 */
import type { Db } from '../../db/client';
import type { Bilingual, SchedulingWarning } from '../../../shared/meetings.contract';
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
import { noSuggestionMessage, ruleWarningMessage } from './ordering-texts';
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

/** Forum names of a warning's params (the id itself when the name is unknown). */
function namesFor(w: OrderingWarning, names: ReadonlyMap<string, string>) {
  const forumId = String(w.params.forumId ?? '');
  const dependsOnId = String(w.params.dependsOnForumId ?? '');
  return { forum: names.get(forumId) ?? forumId, dependsOn: names.get(dependsOnId) ?? dependsOnId };
}

/**
 * A domain warning with its texts; forum ids in the text are replaced by names when known.
 * `siblings` are the warnings of the same check (the same meeting), which share the suggestion
 * and the explanation of its absence.
 */
export function presentWarning(
  w: OrderingWarning,
  meetingId: string | null,
  names: ReadonlyMap<string, string>,
  siblings: readonly OrderingWarning[] = [w],
): SchedulingWarning {
  const forumId = String(w.params.forumId ?? '');
  let main: Bilingual;
  if (w.code === 'calendar.nonWorkingDay') {
    const params = { ...w.params, ...namesFor(w, names) };
    const reasonText = renderText(`calendar.reason.${String(w.params.reason ?? '')}`);
    main = renderText(w.code, { ...params, reasonText });
  } else {
    main = ruleWarningMessage(w, namesFor(w, names));
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
    noSuggestion: noSuggestionMessage(siblings, (x) => namesFor(x, names)),
    message: main,
  };
}

/**
 * Presents warnings, each with its siblings: the warnings of the same domain check, which share
 * one `noSuggestion` (the same object), so the explanation of a missing suggestion is told from
 * the rules of that one meeting.
 */
export function presentWarnings(
  found: readonly { meetingId: string | null; warning: OrderingWarning }[],
  names: ReadonlyMap<string, string>,
): SchedulingWarning[] {
  const all = found.map((f) => f.warning);
  return found.map((f) => {
    const info = f.warning.noSuggestion;
    const siblings = info === null ? [f.warning] : all.filter((w) => w.noSuggestion === info);
    return presentWarning(f.warning, f.meetingId, names, siblings);
  });
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
  return presentWarnings(found, names);
}

/**
 * The 409 problem for unacknowledged warnings. The suggestion (or why there is none) is the one
 * for the meeting being saved: `savedMeetingId` (null for a new meeting); warnings about other
 * meetings (dependants the change breaks) carry their own. Without `savedMeetingId` (several
 * meetings saved at once), the first warning's meeting.
 */
export function orderingProblem(
  warnings: readonly SchedulingWarning[],
  savedMeetingId?: string | null,
): AppError {
  const savedId = savedMeetingId === undefined ? (warnings[0]?.meetingId ?? null) : savedMeetingId;
  const own = warnings.filter((w) => w.meetingId === savedId);
  const suggestedDate = own.find((w) => w.suggestedDate !== null)?.suggestedDate ?? null;
  const noSuggestion =
    own.length === 0
      ? renderText('ordering.noDate.othersOnly')
      : (own.find((w) => w.noSuggestion)?.noSuggestion ?? null);
  const detail = joinTexts(
    ...warnings.map((w) => w.message),
    ...(suggestedDate ? [renderText('ordering.suggestion', { suggestedDate })] : []),
    ...(noSuggestion ? [noSuggestion] : []),
  );
  return new AppError(
    'orderingWarning',
    {
      da: `${detail.da} Gem igen med acknowledgeWarnings for at gemme alligevel.`,
      en: `${detail.en} Save again with acknowledgeWarnings to save anyway.`,
    },
    { extra: { warnings, suggestedDate, noSuggestion } },
  );
}

/**
 * Throws the ordering problem unless there are no warnings or they are acknowledged.
 * `savedMeetingId`: see {@link orderingProblem}.
 */
export function requireAcknowledged(
  warnings: readonly SchedulingWarning[],
  acknowledged: boolean,
  savedMeetingId?: string | null,
): void {
  if (warnings.length > 0 && !acknowledged) throw orderingProblem(warnings, savedMeetingId);
}
