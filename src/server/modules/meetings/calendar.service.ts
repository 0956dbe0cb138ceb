/**
 * Calendar rules and checks: ordering rules as data per collaboration (validated as a set), the
 * calendar check over a period with suggested dates, and the calendar view (meetings plus
 * holidays and closure days).
 */
import { addDays } from '../../../shared/dates';
import type {
  CalendarCheck,
  CalendarView,
  CreateOrderingRuleRequest,
  OrderingRuleEntry,
  PeriodQuery,
  Seed004RulesRequest,
  UpdateOrderingRuleRequest,
} from '../../../shared/meetings.contract';
import {
  checkCalendar,
  findClosureDay,
  isDanishHoliday,
  danishPublicHolidays,
  daysBetween,
  seed004OrderingRules,
  validateOrderingRules,
  type OrderingRule,
} from '../../../domain/meetings/index';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import {
  deleteRuleRow,
  findRuleRow,
  insertRuleRows,
  listRuleRows,
  updateRuleRow,
  type OrderingRuleRow,
} from './calendar.repo';
import { listMeetingRows } from './meetings.repo';
import { presentMeetings } from './meetings.service';
import type { MeetingsDeps } from './participants.service';
import { closuresFor, presentWarnings, toOrderingRule } from './scheduling';
import { renderText } from './texts';
import { atDanishTime, danishDate } from './time';

function presentRule(row: OrderingRuleRow): OrderingRuleEntry {
  const { id, collaborationId, kind, forumId, dependsOnForumId, minDaysBetween } = row;
  return {
    id,
    collaborationId,
    kind,
    forumId,
    dependsOnForumId,
    minDaysBetween,
    maxDaysBetween: row.maxDaysBetween,
    note: row.note,
  };
}

/** Ordering rules by collaboration and/or forum. */
export async function listOrderingRules(
  deps: MeetingsDeps,
  q: { collaborationId?: string; forumId?: string },
): Promise<OrderingRuleEntry[]> {
  return (await listRuleRows(deps.db, q)).map(presentRule);
}

/** With organisation data wired: both fora of every rule must belong to the collaboration. */
async function assertForaOf(
  deps: MeetingsDeps,
  collaborationId: string,
  rules: readonly OrderingRule[],
) {
  if (!deps.organisation.available) return;
  const forumIds = [...new Set(rules.flatMap((r) => [r.forumId, r.dependsOnForumId]))];
  for (const forumId of forumIds) {
    const owner = await deps.organisation.forumCollaborationId(deps.db, forumId);
    if (owner === null) throw notFound({ da: 'Forummet', en: 'The forum' });
    if (owner !== collaborationId) {
      throw new AppError('unprocessable', {
        da: 'Reglens fora hører ikke til samarbejdet',
        en: "The rule's fora do not belong to the collaboration",
      });
    }
  }
}

/** Refuses a rule set that `validateOrderingRules` finds problems in (422). */
async function assertValidRuleSet(
  deps: MeetingsDeps,
  collaborationId: string,
  rules: OrderingRule[],
) {
  const existing = (await listRuleRows(deps.db, { collaborationId })).map(toOrderingRule);
  const changed = new Set(rules.map((r) => r.id));
  const set = [...existing.filter((r) => !changed.has(r.id)), ...rules];
  const issues = validateOrderingRules(set);
  if (issues.length === 0) return;
  const names = await deps.organisation.forumNames(
    deps.db,
    set.map((r) => r.forumId),
  );
  const withText = issues.map((i) => ({
    ...i,
    message: renderText(i.code, {
      ...i.params,
      forum: names.get(String(i.params.forumId)) ?? String(i.params.forumId ?? ''),
    }),
  }));
  throw new AppError(
    'orderingRuleInvalid',
    {
      da: withText.map((i) => i.message.da).join(' '),
      en: withText.map((i) => i.message.en).join(' '),
    },
    { extra: { issues: withText } },
  );
}

/** Declares rules (one, or seed 004's set) for a collaboration; one audit row. */
async function insertRules(
  deps: MeetingsDeps,
  actor: Actor,
  collaborationId: string,
  rules: Omit<OrderingRule, 'id'>[],
  notes: (string | null)[] = [],
): Promise<OrderingRuleEntry[]> {
  const drafts = rules.map((r, i) => ({ ...r, id: `new:${i}` }));
  await assertForaOf(deps, collaborationId, drafts);
  await assertValidRuleSet(deps, collaborationId, drafts);
  return mutate(deps.db, actor, async (tx) => {
    const rows = await insertRuleRows(
      tx,
      rules.map((r, i) => ({
        ...r,
        maxDaysBetween: r.maxDaysBetween ?? null,
        collaborationId,
        note: notes[i] ?? null,
      })),
    );
    const entries = rows.map(presentRule);
    return {
      result: entries,
      audit: {
        action: 'orderingRule.create',
        entityType: 'orderingRule',
        entityId: entries.length === 1 ? (entries[0]?.id ?? null) : null,
        after: entries,
        relatedIds: [collaborationId, ...entries.map((e) => e.id)],
      },
    };
  });
}

/** Declares one ordering rule. */
export async function createOrderingRule(
  deps: MeetingsDeps,
  actor: Actor,
  input: CreateOrderingRuleRequest,
): Promise<OrderingRuleEntry> {
  const { collaborationId, note, ...rule } = input;
  const [entry] = await insertRules(deps, actor, collaborationId, [rule], [note ?? null]);
  return entry as OrderingRuleEntry;
}

/** Declares seed 004's rule set (SSU after KKR, pre-meetings, TSS prepares SSU, ...). */
export async function createSeed004Rules(
  deps: MeetingsDeps,
  actor: Actor,
  input: Seed004RulesRequest,
): Promise<OrderingRuleEntry[]> {
  const { collaborationId, ...ids } = input;
  const seeded = seed004OrderingRules(ids);
  const rules = seeded.map(({ id: _id, ...rule }) => rule);
  return insertRules(
    deps,
    actor,
    collaborationId,
    rules,
    seeded.map((r) => `Seed 004: ${r.id}`),
  );
}

/** Changes a rule's kind, days or note. */
export async function updateOrderingRule(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
  patch: UpdateOrderingRuleRequest,
): Promise<OrderingRuleEntry> {
  const before = await findRuleRow(deps.db, id);
  if (!before) throw notFound({ da: 'Reglen', en: 'The rule' });
  const next = { ...toOrderingRule(before), ...patch };
  await assertValidRuleSet(deps, before.collaborationId, [next]);
  return mutate(deps.db, actor, async (tx) => {
    const row = (await updateRuleRow(tx, id, patch)) as OrderingRuleRow;
    return {
      result: presentRule(row),
      audit: {
        action: 'orderingRule.update',
        entityType: 'orderingRule',
        entityId: id,
        before: presentRule(before),
        after: presentRule(row),
      },
    };
  });
}

/** Deletes a rule. */
export async function deleteOrderingRule(
  deps: MeetingsDeps,
  actor: Actor,
  id: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await deleteRuleRow(tx, id);
    if (!row) throw notFound({ da: 'Reglen', en: 'The rule' });
    return {
      result: undefined,
      audit: {
        action: 'orderingRule.delete',
        entityType: 'orderingRule',
        entityId: id,
        before: presentRule(row),
      },
    };
  });
}

/** Periods longer than this are refused (calendar views and checks are for planning). */
const MAX_PERIOD_DAYS = 800;

function assertPeriod(q: PeriodQuery): void {
  if (q.from > q.to || daysBetween(q.from, q.to) > MAX_PERIOD_DAYS) {
    throw new AppError('validation', {
      da: `Perioden skal gå fremad og være højst ${MAX_PERIOD_DAYS} dage`,
      en: `The period must run forwards and be at most ${MAX_PERIOD_DAYS} days`,
    });
  }
}

/** The period's active meetings, with a year of context before it for the rule windows. */
async function periodMeetings(deps: MeetingsDeps, q: PeriodQuery, contextDays: number) {
  return listMeetingRows(deps.db, {
    ...(q.collaborationId ? { collaborationId: q.collaborationId } : {}),
    ...(q.forumId ? { forumIds: [q.forumId] } : {}),
    from: atDanishTime(addDays(q.from, -contextDays), '00:00'),
    before: atDanishTime(addDays(q.to, 1), '00:00'),
    includeCancelled: false,
  });
}

/** Checks every meeting in the period against the rules and the working-day calendar. */
export async function checkPeriod(deps: MeetingsDeps, q: PeriodQuery): Promise<CalendarCheck> {
  assertPeriod(q);
  const scope = await periodMeetings(deps, { ...q, forumId: undefined }, 400);
  const rules = (
    await listRuleRows(deps.db, q.collaborationId ? { collaborationId: q.collaborationId } : {})
  ).map(toOrderingRule);
  const closures = await closuresFor(deps.db, q.collaborationId ?? null);
  const scheduled = scope.map((m) => ({
    id: m.id,
    forumId: m.forumId,
    date: danishDate(m.startsAt),
  }));
  const inPeriod = new Set(
    scheduled
      .filter((m) => m.date >= q.from && m.date <= q.to && (!q.forumId || m.forumId === q.forumId))
      .map((m) => m.id),
  );
  const warnings = checkCalendar(scheduled, rules, closures).filter((w) =>
    inPeriod.has(w.meetingId),
  );
  const names = await deps.organisation.forumNames(deps.db, [
    ...new Set(scheduled.map((m) => m.forumId)),
  ]);
  return {
    checkedMeetings: inPeriod.size,
    warnings: presentWarnings(
      warnings.map((w) => ({ meetingId: w.meetingId, warning: w })),
      names,
    ),
  };
}

/** Meetings of the period plus its public holidays and closure days. */
export async function calendarView(deps: MeetingsDeps, q: PeriodQuery): Promise<CalendarView> {
  assertPeriod(q);
  const rows = (await periodMeetings(deps, q, 0)).filter((m) => danishDate(m.startsAt) >= q.from);
  const closures = await closuresFor(deps.db, q.collaborationId ?? null);
  const nonWorkingDays: CalendarView['nonWorkingDays'] = [];
  for (let d = q.from; d <= q.to; d = addDays(d, 1)) {
    if (isDanishHoliday(d)) {
      const name =
        danishPublicHolidays(Number(d.slice(0, 4))).find((h) => h.date === d)?.name ?? '';
      nonWorkingDays.push({ date: d, reason: 'holiday', name });
    } else {
      const closure = findClosureDay(d, closures);
      if (closure) nonWorkingDays.push({ date: d, reason: 'closure', name: closure.name });
    }
  }
  return { meetings: await presentMeetings(deps.db, deps.organisation, rows), nonWorkingDays };
}
