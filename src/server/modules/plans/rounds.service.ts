/**
 * Reporting rounds: opening, a party's form, answering ("ingen ændringer" in one request, or a
 * change set), closing (carrying the unanswered subjects' last values into the round), the live
 * status, and the contact's to-do list. Every change runs through `mutate` (one audit row).
 */
import { storeRoundRows } from './round-rows.repo';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  carriedEntries,
  changeAnswer,
  hasPartySubjects,
  lastValues,
  noChangesAnswer,
  partySlots,
  roundSlots,
  slotKey,
  type Answer,
  type FieldChange,
} from '../../../domain/plans/rounds';
import type {
  MyRound,
  OpenRoundRequest,
  RoundDetail,
  RoundForm,
  RoundSummary,
} from '../../../shared/plan-rounds.contract';
import { planSubjects } from '../../../domain/plans/subjects';
import { hasRole, type Role } from '../../../shared/roles';
import { mutate, type Actor } from '../../platform/audit';
import { userScopes } from '../access/index';
import { planRoundResponses, planRounds, plans } from './plans.table';
import {
  findResponse,
  findRound,
  initiativesByIds,
  lastValuesOf,
  lockRound,
  partiesByIds,
  replaceRoundValues,
  responsesOf,
  roundValues,
  type RoundRow,
} from './rounds.repo';
import { initiativesOn, partyIdsOf, requirePlanRow, subjectUniverse } from './plans.repo';
import { roundError } from './rounds.texts';
import { scaleView } from './views.present';

/** The round as a list item. */
export function roundSummary(round: RoundRow, answered: number): RoundSummary {
  return {
    id: round.id,
    planId: round.planId,
    title: round.title,
    opensOn: round.opensOn,
    deadline: round.deadline,
    status: round.status,
    closedOn: round.closedOn,
    initiativeCount: round.initiativeIds.length,
    partyCount: round.partyIds.length,
    answeredCount: answered,
    reminderDays: round.reminderDays,
  };
}

export async function requireRound(db: Db, roundId: string): Promise<RoundRow> {
  const round = await findRound(db, roundId);
  if (!round) throw roundError('notFound', 'roundNotFound');
  return round;
}

/** A reader (below the secretariat where the call acts) sees closed rounds only. */
export function assertVisible(round: RoundRow, role: Role): void {
  if (round.status !== 'closed' && !hasRole(role, 'secretariat')) {
    throw roundError('notFound', 'roundNotFound');
  }
}

/** Opens a round; every party gets a pending response. */
export async function openRound(
  db: Db,
  actor: Actor,
  planId: string,
  input: OpenRoundRequest,
  today: string,
): Promise<RoundRow> {
  const plan = await requirePlanRow(db, planId);
  const opensOn = input.opensOn ?? today;
  if (input.deadline < opensOn) throw roundError('unprocessable', 'deadlineBeforeOpening');
  const initiatives = input.initiativeIds
    ? await initiativesByIds(db, planId, [...new Set(input.initiativeIds)])
    : await initiativesOn(db, planId, opensOn);
  if (input.initiativeIds && initiatives.length !== new Set(input.initiativeIds).size) {
    throw roundError('unprocessable', 'initiativeNotInPlan');
  }
  const asked = initiatives.filter(hasPartySubjects);
  if (!asked.length) throw roundError('unprocessable', 'noInitiatives');
  let partyIds: string[];
  if (input.partyIds) {
    partyIds = [...new Set(input.partyIds)];
    const inCollaboration = await partyIdsOf(db, plan.collaborationId);
    if (!partyIds.every((id) => inCollaboration.has(id))) {
      throw roundError('unprocessable', 'partyNotInCollaboration');
    }
  } else {
    // By default, every party subject of the initiatives asked (the domain's one rule).
    const { universe } = await subjectUniverse(db, plan, opensOn);
    partyIds = planSubjects(asked, universe).flatMap((s) => (s.kind === 'party' ? [s.id] : []));
  }
  if (!partyIds.length) throw roundError('unprocessable', 'noParties');
  const reminderDays = [...new Set(input.reminderDays ?? [7, 1])].sort((a, b) => b - a);
  return mutate(db, actor, async (tx) => {
    const [round] = await tx
      .insert(planRounds)
      .values({
        planId,
        title: input.title,
        opensOn,
        deadline: input.deadline,
        initiativeIds: asked.map((i) => i.id),
        partyIds,
        reminderDays,
        createdBy: actor.userId,
      })
      .returning();
    if (!round) throw new Error('round not inserted');
    await tx
      .insert(planRoundResponses)
      .values(partyIds.map((partyId) => ({ roundId: round.id, partyId })));
    return {
      result: round,
      audit: {
        action: 'planRound.open',
        entityType: 'planRound',
        entityId: round.id,
        summary: input.title,
        after: {
          planId,
          title: round.title,
          opensOn,
          deadline: round.deadline,
          initiatives: round.initiativeIds.length,
          parties: partyIds.length,
          reminderDays,
        },
        relatedIds: [planId],
      },
    };
  });
}

/** A round and one of its parties, or 404/422. */
async function roundAndParty(db: Db, roundId: string, partyId: string) {
  const round = await requireRound(db, roundId);
  if (!round.partyIds.includes(partyId)) throw roundError('unprocessable', 'partyNotInRound');
  const plan = await requirePlanRow(db, round.planId);
  const [party] = await partiesByIds(db, [partyId], round.deadline);
  if (!party) throw roundError('unprocessable', 'partyNotInRound');
  const initiatives = await initiativesByIds(db, round.planId, round.initiativeIds);
  const slots = partySlots(initiatives, party);
  return { round, plan, party, initiatives, slots };
}

/** A party's form: each field pre-filled with its last value, and the answer so far. */
export async function partyForm(db: Db, roundId: string, partyId: string): Promise<RoundForm> {
  const { round, plan, party, initiatives, slots } = await roundAndParty(db, roundId, partyId);
  const ids = slots.map((s) => s.initiativeId);
  const last = lastValues(await lastValuesOf(db, plan.id, [partyId], ids));
  const response = await findResponse(db, roundId, partyId);
  const answered = response?.status === 'answered';
  const mine = new Map(
    (answered || round.status === 'closed' ? await roundValues(db, roundId, [partyId]) : []).map(
      (v) => [slotKey(v.initiativeId, v.subjectId), v],
    ),
  );
  // A closed round's carried values are "the last value"; compare with the value before it.
  const info = new Map(initiatives.map((i) => [i.id, i]));
  return {
    roundId,
    roundTitle: round.title,
    planId: plan.id,
    planTitle: plan.title,
    partyId,
    partyName: party.name,
    deadline: round.deadline,
    roundStatus: round.status,
    status: response?.status ?? 'pending',
    answeredAt: response?.answeredAt?.toISOString() ?? null,
    noChanges: response?.noChanges ?? false,
    fieldsTouched: response?.fieldsTouched ?? 0,
    scale: scaleView(plan.degreeScale, 'da'),
    fields: slots.map((slot) => {
      const i = info.get(slot.initiativeId);
      const prev = last.get(slotKey(slot.initiativeId, slot.subjectId));
      const now = mine.get(slotKey(slot.initiativeId, slot.subjectId));
      return {
        initiativeId: slot.initiativeId,
        number: i?.number ?? '',
        title: i?.title ?? '',
        level: i?.level ?? 'municipality',
        goalId: i?.goalId ?? null,
        subjectKind: slot.subjectKind,
        subjectId: slot.subjectId,
        lastDegree: prev?.degree ?? null,
        lastComment: prev?.comment ?? '',
        lastRecordedOn: prev?.recordedOn ?? null,
        degree: now?.degree ?? prev?.degree ?? null,
        comment: now?.comment ?? prev?.comment ?? '',
        changed: now?.changed ?? false,
      };
    }),
  };
}

/**
 * Answers for a party: `null` changes = "ingen ændringer". Answering again while the round is
 * open replaces the party's answer; after closing, 409.
 */
export async function answerRound(
  db: Db,
  actor: Actor,
  roundId: string,
  partyId: string,
  changes: readonly FieldChange[] | null,
  today: string,
): Promise<Answer> {
  const { round, plan, slots } = await roundAndParty(db, roundId, partyId);
  if (round.status === 'closed') throw roundError('conflict', 'roundClosed');
  const last = lastValues(
    await lastValuesOf(
      db,
      plan.id,
      [partyId],
      slots.map((s) => s.initiativeId),
    ),
  );
  let answer: Answer;
  if (changes === null) answer = noChangesAnswer(slots, last, today);
  else {
    const result = changeAnswer(slots, last, changes, plan.degreeScale, today);
    if (!result.ok) {
      throw roundError('unprocessable', result.refusal.code, result.refusal.params);
    }
    answer = result.answer;
  }
  return mutate(db, actor, async (tx) => {
    const locked = await lockRound(tx, roundId);
    if (!locked) throw roundError('notFound', 'roundNotFound');
    if (locked.status === 'closed') throw roundError('conflict', 'roundClosed');
    const before = await findResponse(tx, roundId, partyId);
    await replaceRoundValues(tx, locked, partyId, answer.entries, actor.userId);
    await tx
      .insert(planRoundResponses)
      .values({
        roundId,
        partyId,
        status: 'answered',
        answeredAt: new Date(),
        answeredBy: actor.userId,
        noChanges: changes === null,
        fieldsTouched: answer.fieldsTouched,
      })
      .onConflictDoUpdate({
        target: [planRoundResponses.roundId, planRoundResponses.partyId],
        set: {
          status: 'answered',
          answeredAt: new Date(),
          answeredBy: actor.userId,
          noChanges: changes === null,
          fieldsTouched: answer.fieldsTouched,
          updatedAt: new Date(),
        },
      });
    return {
      result: answer,
      audit: {
        action: changes === null ? 'planRound.noChanges' : 'planRound.answer',
        entityType: 'planRound',
        entityId: roundId,
        before: before
          ? {
              status: before.status,
              fieldsTouched: before.fieldsTouched,
              noChanges: before.noChanges,
            }
          : null,
        after: {
          partyId,
          fieldsTouched: answer.fieldsTouched,
          changes: answer.entries
            .filter((e) => e.changed)
            .map((e) => ({ initiativeId: e.initiativeId, degree: e.degree })),
        },
        relatedIds: [partyId, plan.id],
      },
    };
  });
}

/** Closes a round: freezes it and carries the unanswered subjects' last values into it. */
export async function closeRound(
  db: Db,
  actor: Actor,
  roundId: string,
  today: string,
): Promise<RoundRow> {
  const round = await requireRound(db, roundId);
  if (round.status === 'closed') throw roundError('conflict', 'roundAlreadyClosed');
  const initiatives = await initiativesByIds(db, round.planId, round.initiativeIds);
  const partyList = await partiesByIds(db, round.partyIds, round.deadline);
  return mutate(db, actor, async (tx) => {
    const locked = await lockRound(tx, roundId);
    if (!locked) throw roundError('notFound', 'roundNotFound');
    if (locked.status === 'closed') throw roundError('conflict', 'roundAlreadyClosed');
    const responses = await responsesOf(tx, roundId);
    const answered = new Set(
      responses.filter((r) => r.status === 'answered').map((r) => r.partyId),
    );
    const pending = partyList.filter((p) => !answered.has(p.id));
    const slots = roundSlots(initiatives, pending);
    const last = lastValues(
      await lastValuesOf(
        tx,
        round.planId,
        pending.map((p) => p.id),
        initiatives.map((i) => i.id),
      ),
    );
    const carried = carriedEntries(slots, answered, last);
    await replaceRoundValues(tx, locked, null, carried, actor.userId);
    // The frozen round's compact rows, read by its heatmap (round-rows.repo.ts).
    await storeRoundRows(tx, locked);
    const [closed] = await tx
      .update(planRounds)
      .set({ status: 'closed', closedOn: today, closedAt: new Date(), updatedAt: new Date() })
      .where(eq(planRounds.id, roundId))
      .returning();
    if (!closed) throw new Error('round not closed');
    return {
      result: closed,
      audit: {
        action: 'planRound.close',
        entityType: 'planRound',
        entityId: roundId,
        before: { status: 'open' },
        after: {
          status: 'closed',
          closedOn: today,
          answered: answered.size,
          pending: pending.length,
          carried: carried.length,
        },
        relatedIds: [round.planId],
      },
    };
  });
}

/** A round with its status per party (secretariat: live; others: closed rounds only). */
export async function roundDetail(db: Db, roundId: string, role: Role): Promise<RoundDetail> {
  const round = await requireRound(db, roundId);
  assertVisible(round, role);
  const plan = await requirePlanRow(db, round.planId);
  const responses = new Map((await responsesOf(db, roundId)).map((r) => [r.partyId, r]));
  const partyList = await partiesByIds(db, round.partyIds, round.deadline);
  const statuses = partyList.map((p) => {
    const r = responses.get(p.id);
    return {
      partyId: p.id,
      partyName: p.name,
      status: r?.status ?? ('pending' as const),
      answeredAt: r?.answeredAt?.toISOString() ?? null,
      noChanges: r?.noChanges ?? false,
      fieldsTouched: r?.fieldsTouched ?? 0,
      remindedOn: r?.remindedOn ?? null,
    };
  });
  const answered = statuses.filter((s) => s.status === 'answered').length;
  return {
    ...roundSummary(round, answered),
    planTitle: plan.title,
    initiativeIds: round.initiativeIds,
    parties: statuses,
    totalFieldsTouched: statuses.reduce((sum, s) => sum + s.fieldsTouched, 0),
    scale: scaleView(plan.degreeScale, 'da'),
  };
}

/** The open rounds a user may answer: their party scopes' parties (role member or above). */
export async function myRounds(db: Db, userId: string, role: Role): Promise<MyRound[]> {
  if (!hasRole(role, 'member')) return [];
  const grants = await db
    .select({ target: userScopes.target })
    .from(userScopes)
    .where(and(eq(userScopes.userId, userId), eq(userScopes.kind, 'party')));
  const partyIds = grants.map((g) => g.target).filter((t): t is string => !!t);
  if (!partyIds.length) return [];
  const found = await db
    .select({ round: planRounds, response: planRoundResponses, planTitle: plans.title })
    .from(planRoundResponses)
    .innerJoin(planRounds, eq(planRounds.id, planRoundResponses.roundId))
    .innerJoin(plans, eq(plans.id, planRounds.planId))
    .where(and(inArray(planRoundResponses.partyId, partyIds), eq(planRounds.status, 'open')))
    .orderBy(planRounds.deadline)
    .limit(200);
  const names = new Map(
    (await partiesByIds(db, [...new Set(found.map((f) => f.response.partyId))], '9999-12-31')).map(
      (p) => [p.id, p.name],
    ),
  );
  return found.map((f) => ({
    roundId: f.round.id,
    roundTitle: f.round.title,
    planId: f.round.planId,
    planTitle: f.planTitle,
    partyId: f.response.partyId,
    partyName: names.get(f.response.partyId) ?? '',
    deadline: f.round.deadline,
    status: f.response.status,
    answeredAt: f.response.answeredAt?.toISOString() ?? null,
  }));
}
