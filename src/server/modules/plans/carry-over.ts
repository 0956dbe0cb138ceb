/**
 * Reorganisation (e.g. the 2027 reform): when a forum owning a plan ends, ownership passes to
 * its (first) successor from the effective date: the old `plan_owners` row ends the day before
 * and a new one starts, so the plan as of the day before shows the old owner and as of the
 * effective date the successor. Initiatives the forum was responsible for move too, and a moved
 * plan follows a merger's collaboration. Runs in the reorganisation's transaction (its audit row).
 */
import { and, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { addDays, type IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { registerCarryOverHandler } from '../organisation/index';
import { planInitiatives, planOwners, plans } from './plans.table';

/** What one forum's carry-over did. */
export interface PlansCarried {
  plans: string[];
  initiatives: string[];
}

/** Passes the plans and initiatives of `fromForumId` to `toForumId` from `on`. */
export async function carryOverForumPlans(
  tx: Db,
  input: { fromForumId: string; toForumId: string; on: IsoDate },
): Promise<PlansCarried> {
  const { fromForumId, toForumId, on } = input;
  const rows = await tx
    .select({ owner: planOwners })
    .from(planOwners)
    .innerJoin(plans, eq(plans.id, planOwners.planId))
    .where(
      and(
        eq(planOwners.forumId, fromForumId),
        or(isNull(planOwners.validTo), gte(planOwners.validTo, on)),
        or(isNull(plans.endedOn), gte(plans.endedOn, on)),
      ),
    );
  const moved: string[] = [];
  for (const { owner } of rows) {
    if (owner.validFrom >= on) {
      await tx.update(planOwners).set({ forumId: toForumId }).where(eq(planOwners.id, owner.id));
    } else {
      await tx
        .update(planOwners)
        .set({ validTo: addDays(on, -1) })
        .where(eq(planOwners.id, owner.id));
      await tx.insert(planOwners).values({
        planId: owner.planId,
        forumId: toForumId,
        validFrom: on,
        validTo: owner.validTo,
      });
    }
    if (!moved.includes(owner.planId)) moved.push(owner.planId);
  }
  const initiatives = await tx
    .update(planInitiatives)
    .set({ responsibleForumId: toForumId, updatedAt: new Date() })
    .where(
      and(
        eq(planInitiatives.responsibleForumId, fromForumId),
        or(isNull(planInitiatives.validTo), gte(planInitiatives.validTo, on)),
      ),
    )
    .returning({ id: planInitiatives.id });
  return { plans: moved, initiatives: initiatives.map((i) => i.id) };
}

let registered = false;

/** Registers the plans carry-over with the organisation module's reorganisation, once. */
export function registerPlansCarryOver(): void {
  if (registered) return;
  registered = true;
  registerCarryOverHandler({
    name: 'plans',
    carryOver: async (ctx) => {
      const movedPlans: string[] = [];
      const movedInitiatives: string[] = [];
      for (const m of ctx.mappings) {
        const to = m.toForumIds[0];
        if (to === undefined) continue;
        const result = await carryOverForumPlans(ctx.tx, {
          fromForumId: m.fromForumId,
          toForumId: to,
          on: ctx.effectiveDate,
        });
        movedPlans.push(...result.plans.filter((id) => !movedPlans.includes(id)));
        movedInitiatives.push(...result.initiatives);
      }
      if (movedPlans.length > 0) {
        await ctx.tx
          .update(plans)
          .set({ collaborationId: ctx.collaborationId, updatedAt: new Date() })
          .where(inArray(plans.id, movedPlans));
      }
      return {
        handler: 'plans',
        summary: `${movedPlans.length} planer og ${movedInitiatives.length} indsatser overført`,
        movedIds: [...movedPlans, ...movedInitiatives],
      };
    },
  });
}
