/**
 * An initiative's own rules: participating parties are parties of the plan's collaboration
 * (for a municipality-level initiative they name its municipalities); one priority per year, within the plan's period; milestones due
 * within reason (from a year before the plan starts to five years after it ends).
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type { InitiativeLevel, MilestoneStatus, YearPriority } from '../../shared/plans.enums';
import { ok, refuse, type PlanResult } from './errors';

/** What the initiative rules look at. */
export interface InitiativeInput {
  level: InitiativeLevel;
  participatingPartyIds: readonly string[];
  yearPriorities: readonly { year: number; priority: YearPriority }[];
}

/** The plan's period and its collaboration's parties (entityIds). */
export interface InitiativeContext {
  periodFrom: IsoDate;
  periodTo: IsoDate | null;
  partyIds: ReadonlySet<string>;
}

/** Checks an initiative (new, or after a change). */
export function checkInitiative(
  initiative: InitiativeInput,
  ctx: InitiativeContext,
): PlanResult<true> {
  const stranger = initiative.participatingPartyIds.find((id) => !ctx.partyIds.has(id));
  if (stranger !== undefined) return refuse('participantUnknown', { id: stranger });
  if (new Set(initiative.participatingPartyIds).size !== initiative.participatingPartyIds.length) {
    return refuse('participantTwice');
  }
  const years = new Set<number>();
  const firstYear = Number(ctx.periodFrom.slice(0, 4));
  const lastYear = ctx.periodTo === null ? Infinity : Number(ctx.periodTo.slice(0, 4));
  for (const { year } of initiative.yearPriorities) {
    if (years.has(year)) return refuse('yearPriorityTwice', { year });
    years.add(year);
    if (year < firstYear || year > lastYear) return refuse('yearOutsidePeriod', { year });
  }
  return ok(true);
}

/** The window a milestone's due date must lie in. */
export function milestoneWindow(periodFrom: IsoDate, periodTo: IsoDate | null) {
  const from = addDays(periodFrom, -366);
  const base = periodTo ?? periodFrom;
  const to = `${Number(base.slice(0, 4)) + (periodTo ? 5 : 10)}${base.slice(4)}`;
  return { from, to };
}

/** Checks a milestone against the plan's period. */
export function checkMilestone(
  milestone: { dueDate: IsoDate; status: MilestoneStatus; completedOn: IsoDate | null },
  plan: { periodFrom: IsoDate; periodTo: IsoDate | null },
): PlanResult<true> {
  const { from, to } = milestoneWindow(plan.periodFrom, plan.periodTo);
  if (milestone.dueDate < from || milestone.dueDate > to) {
    return refuse('milestoneDueOutside', { due: milestone.dueDate, from, to });
  }
  if (milestone.status === 'done' && milestone.completedOn === null) {
    return refuse('milestoneCompletedWithoutDate');
  }
  return ok(true);
}

/** Whether a milestone is late as of `asOf`: due before it and neither done nor cancelled. */
export function isMilestoneLate(
  milestone: { dueDate: IsoDate; status: MilestoneStatus; completedOn: IsoDate | null },
  asOf: IsoDate,
): boolean {
  if (milestone.status === 'cancelled') return false;
  if (milestone.status === 'done') {
    return milestone.completedOn !== null && milestone.completedOn > milestone.dueDate
      ? milestone.completedOn > asOf && milestone.dueDate < asOf
      : false;
  }
  return milestone.dueDate < asOf;
}
