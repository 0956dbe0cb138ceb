/**
 * Joint funding applications: create and change (budget split checked to the øre, parties and
 * initiatives and pilots checked against the collaboration), and the status steps (the pure machine in
 * src/domain/funding). Each change is one transaction with one audit row.
 */
import { and, eq, inArray } from 'drizzle-orm';
import {
  applyStatusStep,
  checkBudgetSplit,
  isEditable,
  type ApplicationState,
} from '../../../domain/funding/index';
import type { IsoDate } from '../../../shared/dates';
import type {
  ApplicationInput,
  ApplicationUpdate,
  StatusStepInput,
} from '../../../shared/funding.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { pilots } from '../pilots/index';
import { planInitiatives, plans } from '../plans/index';
import { forumAsOf, partiesOfCollaboration } from './funding.names';
import {
  APPLICATION,
  budgetError,
  notEditable,
  notInCollaboration,
  statusError,
} from './funding.texts';
import {
  fundingApplicationInitiatives,
  fundingApplicationParties,
  fundingApplicationPilots,
  fundingApplications,
} from './funding.table';
import { requirePool } from './pools.service';

export type ApplicationRow = typeof fundingApplications.$inferSelect;

/** An application, or 404. */
export async function requireApplication(db: Db, id: string): Promise<ApplicationRow> {
  const [row] = await db.select().from(fundingApplications).where(eq(fundingApplications.id, id));
  if (!row) throw notFound(APPLICATION);
  return row;
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** Checks the content against the domain rules and the collaboration; throws the refusal. */
async function checkContent(db: Db, collaborationId: string, input: ApplicationUpdate) {
  const problem = checkBudgetSplit({
    totalOre: input.totalBudgetOre,
    leadPartyId: input.leadPartyId,
    shares: input.shares,
  });
  if (problem) throw budgetError(problem);
  const partyIds = input.shares.map((s) => s.partyId);
  const known = await partiesOfCollaboration(db, collaborationId, partyIds);
  if (partyIds.some((id) => !known.has(id))) {
    throw notInCollaboration({ da: 'En deltagende part', en: 'A participating party' });
  }
  const initiativeIds = [...new Set(input.initiativeIds)];
  if (initiativeIds.length) {
    const rows = await db
      .selectDistinct({ id: planInitiatives.id })
      .from(planInitiatives)
      .innerJoin(plans, eq(plans.id, planInitiatives.planId))
      .where(
        and(inArray(planInitiatives.id, initiativeIds), eq(plans.collaborationId, collaborationId)),
      );
    if (rows.length !== initiativeIds.length) {
      throw notInCollaboration({ da: 'En indsats', en: 'An initiative' });
    }
  }
  const pilotIds = [...new Set(input.pilotIds)];
  if (pilotIds.length) {
    const rows = await db
      .select({ id: pilots.id })
      .from(pilots)
      .where(and(inArray(pilots.id, pilotIds), eq(pilots.collaborationId, collaborationId)));
    if (rows.length !== pilotIds.length) {
      throw notInCollaboration({ da: 'Et pilotprojekt', en: 'A pilot project' });
    }
  }
}

/** Replaces the split and the links of an application (inside the caller's transaction). */
async function writeParts(tx: Db, applicationId: string, input: ApplicationUpdate) {
  await tx
    .delete(fundingApplicationParties)
    .where(eq(fundingApplicationParties.applicationId, applicationId));
  await tx
    .delete(fundingApplicationInitiatives)
    .where(eq(fundingApplicationInitiatives.applicationId, applicationId));
  await tx
    .delete(fundingApplicationPilots)
    .where(eq(fundingApplicationPilots.applicationId, applicationId));
  await tx
    .insert(fundingApplicationParties)
    .values(input.shares.map((s, position) => ({ applicationId, ...s, position })));
  const initiatives = [...new Set(input.initiativeIds)];
  if (initiatives.length) {
    await tx
      .insert(fundingApplicationInitiatives)
      .values(initiatives.map((initiativeId) => ({ applicationId, initiativeId })));
  }
  const pilots = [...new Set(input.pilotIds)];
  if (pilots.length) {
    await tx
      .insert(fundingApplicationPilots)
      .values(pilots.map((pilotId) => ({ applicationId, pilotId })));
  }
}

const content = (input: ApplicationUpdate) => ({
  title: input.title,
  description: input.description,
  leadPartyId: input.leadPartyId,
  totalBudgetOre: input.totalBudgetOre,
});

export async function createApplication(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  today: IsoDate,
): Promise<string> {
  const pool = await requirePool(db, input.poolId);
  const ideaOn = input.ideaOn ?? today;
  const forum = await forumAsOf(db, input.ownerForumId, ideaOn);
  if (!forum || forum.collaborationId !== pool.collaborationId) {
    throw notInCollaboration({ da: 'Det ejende forum', en: 'The owning forum' });
  }
  await checkContent(db, pool.collaborationId, input);
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(fundingApplications)
      .values({
        collaborationId: pool.collaborationId,
        poolId: pool.id,
        ownerForumId: forum.id,
        clusterId: forum.clusterId,
        ...content(input),
        status: 'idea',
        year: yearOf(ideaOn),
        ideaOn,
      })
      .returning();
    await writeParts(tx, row!.id, input);
    return {
      result: row!.id,
      audit: {
        action: 'fundingApplication.create',
        entityType: 'fundingApplication',
        entityId: row!.id,
        summary: row!.title,
        after: { ...row, shares: input.shares, initiativeIds: input.initiativeIds },
        relatedIds: [pool.collaborationId, forum.id, pool.id],
      },
    };
  });
}

export async function updateApplication(
  db: Db,
  actor: Actor,
  id: string,
  input: ApplicationUpdate,
): Promise<void> {
  const before = await requireApplication(db, id);
  if (!isEditable(before.status)) throw notEditable();
  await checkContent(db, before.collaborationId, input);
  await mutate(db, actor, async (tx) => {
    const [row] = await tx
      .update(fundingApplications)
      .set({ ...content(input), updatedAt: new Date() })
      .where(eq(fundingApplications.id, id))
      .returning();
    await writeParts(tx, id, input);
    return {
      result: undefined,
      audit: {
        action: 'fundingApplication.update',
        entityType: 'fundingApplication',
        entityId: id,
        summary: row!.title,
        before,
        after: { ...row, shares: input.shares, initiativeIds: input.initiativeIds },
        relatedIds: [before.collaborationId, before.ownerForumId],
      },
    };
  });
}

export async function setApplicationStatus(
  db: Db,
  actor: Actor,
  id: string,
  step: StatusStepInput,
): Promise<void> {
  const before = await requireApplication(db, id);
  const state: ApplicationState = {
    status: before.status,
    ideaOn: before.ideaOn,
    preparationOn: before.preparationOn,
    submittedOn: before.submittedOn,
    decidedOn: before.decidedOn,
    amountAppliedOre: before.totalBudgetOre,
    amountGrantedOre: before.amountGrantedOre,
  };
  const outcome = applyStatusStep(state, step);
  if (!outcome.ok) throw statusError(outcome.problem);
  const next = outcome.state;
  await mutate(db, actor, async (tx) => {
    const updated = await tx
      .update(fundingApplications)
      .set({
        status: next.status,
        preparationOn: next.preparationOn,
        submittedOn: next.submittedOn,
        decidedOn: next.decidedOn,
        amountGrantedOre: next.amountGrantedOre,
        year: next.submittedOn ? yearOf(next.submittedOn) : before.year,
        updatedAt: new Date(),
      })
      // The status read above must still hold: two steps at once cannot both win.
      .where(and(eq(fundingApplications.id, id), eq(fundingApplications.status, before.status)))
      .returning({ id: fundingApplications.id });
    if (!updated.length) {
      throw new AppError('conflict', {
        da: 'Ansøgningens status er ændret imens. Genindlæs og prøv igen.',
        en: 'The application’s status changed meanwhile. Reload and try again.',
      });
    }
    return {
      result: undefined,
      audit: {
        action: 'fundingApplication.setStatus',
        entityType: 'fundingApplication',
        entityId: id,
        summary: `${before.title}: ${before.status} → ${next.status}`,
        before: { status: before.status },
        after: { status: next.status, on: step.on, amountGrantedOre: next.amountGrantedOre },
        relatedIds: [before.collaborationId, before.ownerForumId],
      },
    };
  });
}
