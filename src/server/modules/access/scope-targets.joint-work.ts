/**
 * Where the objects of the collaborations' joint work lie (issues 12–14), for the scope check
 * (scope-targets.repo.ts): decision actions, questionnaires, newsletters, consultations, pilots,
 * funding pools and applications, charter requests, task transfers and financing scenarios.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ScopeTarget } from '../../platform/scope';
import { decisionActions } from '../actions/index';
import { charterRequests } from '../charters/index';
import { consultationParties, consultations } from '../consultations/index';
import { financingScenarios } from '../financing/index';
import { fundingApplications, fundingPools } from '../funding/index';
import { newsletters } from '../newsletters/index';
import { pilots } from '../pilots/index';
import { questionnaires } from '../questionnaires/index';
import { taskTransfers } from '../transfers/index';
import { add, type Anchors } from './scope-anchors';

/** Adds the anchors of a joint-work object; nothing for other kinds. */
export async function jointWorkAnchors(db: Db, target: ScopeTarget, a: Anchors): Promise<void> {
  if (!('id' in target)) return;
  switch (target.kind) {
    case 'decisionAction': {
      // An action lies in its deciding and follow-up fora and with its owning party.
      const rows = await db
        .select({
          deciding: decisionActions.decidingForumId,
          followUp: decisionActions.followUpForumId,
          party: decisionActions.ownerPartyId,
        })
        .from(decisionActions)
        .where(eq(decisionActions.id, target.id));
      for (const r of rows) {
        add(a.fora, r.deciding);
        add(a.fora, r.followUp);
        add(a.parties, r.party);
      }
      return;
    }
    case 'questionnaire': {
      const rows = await db
        .select({ collaborationId: questionnaires.collaborationId })
        .from(questionnaires)
        .where(eq(questionnaires.id, target.id));
      for (const r of rows) add(a.collaborations, r.collaborationId);
      return;
    }
    case 'newsletter': {
      const rows = await db
        .select({ collaborationId: newsletters.collaborationId })
        .from(newsletters)
        .where(eq(newsletters.id, target.id));
      for (const r of rows) add(a.collaborations, r.collaborationId);
      return;
    }
    case 'consultation':
      await consultationAnchors(db, target.id, a);
      return;
    case 'pilot': {
      // A pilot lies in its owning forum (and so its cluster and collaboration).
      const rows = await db
        .select({ forumId: pilots.forumId, collaborationId: pilots.collaborationId })
        .from(pilots)
        .where(eq(pilots.id, target.id));
      for (const r of rows) {
        add(a.fora, r.forumId);
        add(a.collaborations, r.collaborationId);
      }
      return;
    }
    case 'fundingPool':
    case 'fundingApplication':
    case 'charterRequest':
      await fundingCharterAnchors(db, target.kind, target.id, a);
      return;
    case 'transfer': {
      // A task transfer lies in its cluster's forum (whose members may edit it) and its cluster.
      const rows = await db
        .select({ forumId: taskTransfers.forumId, clusterId: taskTransfers.clusterId })
        .from(taskTransfers)
        .where(eq(taskTransfers.id, target.id));
      for (const r of rows) {
        add(a.fora, r.forumId);
        add(a.clusters, r.clusterId);
      }
      return;
    }
    case 'financingScenario': {
      const rows = await db
        .select({ collaborationId: financingScenarios.collaborationId })
        .from(financingScenarios)
        .where(eq(financingScenarios.id, target.id));
      for (const r of rows) add(a.collaborations, r.collaborationId);
      return;
    }
    default:
      return;
  }
}

/**
 * A pool lies in its collaboration; an application in its owning forum (so the forum's members
 * act on it); a charter request in its requesting forum.
 */
async function fundingCharterAnchors(
  db: Db,
  kind: 'fundingPool' | 'fundingApplication' | 'charterRequest',
  id: string,
  a: Anchors,
): Promise<void> {
  if (kind === 'fundingPool') {
    const rows = await db
      .select({ collaborationId: fundingPools.collaborationId })
      .from(fundingPools)
      .where(eq(fundingPools.id, id));
    for (const r of rows) add(a.collaborations, r.collaborationId);
    return;
  }
  const rows =
    kind === 'fundingApplication'
      ? await db
          .select({ c: fundingApplications.collaborationId, f: fundingApplications.ownerForumId })
          .from(fundingApplications)
          .where(eq(fundingApplications.id, id))
      : await db
          .select({ c: charterRequests.collaborationId, f: charterRequests.requestingForumId })
          .from(charterRequests)
          .where(eq(charterRequests.id, id));
  for (const r of rows) {
    add(a.collaborations, r.c);
    add(a.fora, r.f);
  }
}

/**
 * A consultation lies in its collaboration, its drafting forum and its participating parties
 * (so a municipality's contact, scoped to their party, reaches it).
 */
async function consultationAnchors(db: Db, id: string, a: Anchors): Promise<void> {
  const rows = await db
    .select({
      collaborationId: consultations.collaborationId,
      forumId: consultations.draftingForumId,
    })
    .from(consultations)
    .where(eq(consultations.id, id));
  if (!rows.length) return;
  for (const r of rows) {
    add(a.collaborations, r.collaborationId);
    add(a.fora, r.forumId);
  }
  const partyRows = await db
    .select({ partyId: consultationParties.partyId })
    .from(consultationParties)
    .where(eq(consultationParties.consultationId, id));
  for (const r of partyRows) add(a.parties, r.partyId);
}
