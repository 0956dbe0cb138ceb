/**
 * Reorganisation (e.g. the 2027 reform): when a forum ends, the open steps of its cases move to
 * its successor with the domain's `carryOver`, and decisions return to the successor when the
 * case was raised in the ended forum. Runs inside the organisation change's transaction, which
 * writes that change's one audit row; each case records a `carriedOver` event on its timeline.
 */
import { carryOver } from '../../../domain/cases/index';
import type { IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { registerCarryOverHandler } from '../organisation/index';
import { openCaseIdsOfForum } from './cases.query.repo';
import { applyTransition, lockCase, notBefore } from './cases.transitions';

/** Moves the open work of `fromForumId` to `toForumId`; returns the ids of the cases moved. */
export async function carryOverForumCases(
  tx: Db,
  input: { fromForumId: string; toForumId: string; on: IsoDate; actorId?: string | null },
): Promise<string[]> {
  const moved: string[] = [];
  for (const id of await openCaseIdsOfForum(tx, input.fromForumId)) {
    const locked = await lockCase(tx, id);
    const on = notBefore(input.on, locked.row.raisedOn);
    const result = carryOver(locked.case, {
      fromForumId: input.fromForumId,
      toForumId: input.toForumId,
      on,
      ...(input.actorId ? { actorId: input.actorId } : {}),
    });
    if (!result.ok && result.error.code === 'case.nothingToCarryOver') continue;
    await applyTransition(tx, locked, () => result);
    moved.push(id);
  }
  return moved;
}

let registered = false;

/**
 * Registers the cases carry-over with the organisation module's reorganisation, once per
 * process: every ended forum's open steps move to its first successor (a split forum's other
 * successors can be added to the route afterwards).
 */
export function registerCasesCarryOver(): void {
  if (registered) return;
  registered = true;
  registerCarryOverHandler({
    name: 'cases',
    carryOver: async (ctx) => {
      const moved: string[] = [];
      for (const m of ctx.mappings) {
        const to = m.toForumIds[0];
        if (to === undefined) continue;
        const ids = await carryOverForumCases(ctx.tx, {
          fromForumId: m.fromForumId,
          toForumId: to,
          on: ctx.effectiveDate,
          actorId: ctx.actor.userId,
        });
        moved.push(...ids.filter((id) => !moved.includes(id)));
      }
      return { handler: 'cases', summary: `${moved.length} sager overført`, movedIds: moved };
    },
  });
}
