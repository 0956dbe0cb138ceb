/**
 * Resolves what a call acts on (platform/scope.ts targets) to the scope keys that cover it: the
 * object's forum(s), cluster(s), party, collaboration and that collaboration's region, plus `all`.
 * A few indexed look-ups per call, never a whole collaboration.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ScopeTarget } from '../../platform/scope';
import { scopeKey } from '../../../shared/scopes';
import { add, emptyAnchors, type Anchors } from './scope-anchors';
import { jointWorkAnchors } from './scope-targets.joint-work';
import {
  appointments,
  clusterMemberships,
  clusters,
  collaborations,
  compositionRules,
  fora,
  officeHoldings,
  parties,
  seats,
} from '../organisation/index';
import { closureDays, meetings, orderingRules } from '../meetings/index';
import { cases, caseSteps } from '../cases/index';
import { planIndicators, planInitiatives, planOwners, planRounds, plans } from '../plans/index';

/** What one target resolved to. */
export interface ResolvedTarget {
  /** Scope keys that cover it (always with `all`). */
  keys: Set<string>;
  /** The fora it lies in (a seat in one of them makes the user a member there). */
  forumIds: string[];
  /** False when the named object does not exist (the handler answers 404 or 422). */
  found: boolean;
  /** A person with no appointment or office yet: any scoped user may edit them. */
  unattached?: boolean;
}

async function forumsOfSeats(db: Db, seatIds: string[], a: Anchors): Promise<void> {
  if (!seatIds.length) return;
  const rows = await db
    .selectDistinct({ forumId: seats.forumId })
    .from(seats)
    .where(inArray(seats.entityId, seatIds));
  for (const r of rows) add(a.fora, r.forumId);
}

/** The objects a target directly belongs to. */
async function anchorsOf(db: Db, target: ScopeTarget): Promise<Anchors & { unattached?: true }> {
  const a = emptyAnchors();
  switch (target.kind) {
    case 'national':
    case 'anywhere':
      return a;
    case 'collaboration':
      add(a.collaborations, target.id);
      return a;
    case 'collaborationKey': {
      const rows = await db
        .selectDistinct({ id: collaborations.entityId })
        .from(collaborations)
        .where(eq(collaborations.key, target.id));
      for (const r of rows) add(a.collaborations, r.id);
      return a;
    }
    case 'region':
      add(a.regions, target.id);
      return a;
    case 'forum':
      add(a.fora, target.id);
      return a;
    case 'party':
      add(a.parties, target.id);
      return a;
    case 'cluster':
      add(a.clusters, target.id);
      return a;
    case 'seat':
      await forumsOfSeats(db, [target.id], a);
      return a;
    case 'rule': {
      const rows = await db
        .select({ forumId: compositionRules.forumId })
        .from(compositionRules)
        .where(eq(compositionRules.id, target.id));
      for (const r of rows) add(a.fora, r.forumId);
      return a;
    }
    case 'appointment': {
      const rows = await db
        .select({ seatId: appointments.seatId, partyId: appointments.onBehalfOfPartyId })
        .from(appointments)
        .where(eq(appointments.id, target.id));
      for (const r of rows) add(a.parties, r.partyId);
      await forumsOfSeats(
        db,
        rows.map((r) => r.seatId),
        a,
      );
      return a;
    }
    case 'officeHolding': {
      const rows = await db
        .select({ partyId: officeHoldings.partyId })
        .from(officeHoldings)
        .where(eq(officeHoldings.id, target.id));
      for (const r of rows) add(a.parties, r.partyId);
      return a;
    }
    case 'clusterMembership': {
      const rows = await db
        .select({ clusterId: clusterMemberships.clusterId })
        .from(clusterMemberships)
        .where(eq(clusterMemberships.id, target.id));
      for (const r of rows) add(a.clusters, r.clusterId);
      return a;
    }
    case 'person': {
      const held = await db
        .selectDistinct({ seatId: appointments.seatId, partyId: appointments.onBehalfOfPartyId })
        .from(appointments)
        .where(
          or(eq(appointments.personId, target.id), eq(appointments.substitutePersonId, target.id)),
        );
      const offices = await db
        .selectDistinct({ partyId: officeHoldings.partyId })
        .from(officeHoldings)
        .where(eq(officeHoldings.personId, target.id));
      for (const r of [...held, ...offices]) add(a.parties, r.partyId);
      await forumsOfSeats(
        db,
        held.map((r) => r.seatId),
        a,
      );
      return held.length || offices.length ? a : { ...a, unattached: true };
    }
    default:
      await workAnchors(db, target, a);
      return a;
  }
}

/** The anchors of the work objects: meetings, cases and their steps, calendar rules. */
async function workAnchors(db: Db, target: ScopeTarget, a: Anchors): Promise<void> {
  switch (target.kind) {
    case 'meeting': {
      const rows = await db
        .select({ forumId: meetings.forumId })
        .from(meetings)
        .where(eq(meetings.id, target.id));
      for (const r of rows) add(a.fora, r.forumId);
      return;
    }
    case 'case': {
      const own = await db
        .select({ raised: cases.raisedInForumId, back: cases.returnToForumId })
        .from(cases)
        .where(eq(cases.id, target.id));
      const steps = await db
        .selectDistinct({ forumId: caseSteps.forumId })
        .from(caseSteps)
        .where(eq(caseSteps.caseId, target.id));
      for (const r of own) [r.raised, r.back].forEach((f) => add(a.fora, f));
      for (const r of steps) add(a.fora, r.forumId);
      return;
    }
    case 'caseStep': {
      const rows = await db
        .select({ forumId: caseSteps.forumId })
        .from(caseSteps)
        .where(and(eq(caseSteps.caseId, target.caseId), eq(caseSteps.id, target.stepId)));
      for (const r of rows) add(a.fora, r.forumId);
      return;
    }
    case 'orderingRule': {
      const rows = await db
        .select({ forumId: orderingRules.forumId })
        .from(orderingRules)
        .where(eq(orderingRules.id, target.id));
      for (const r of rows) add(a.fora, r.forumId);
      return;
    }
    case 'closureDay': {
      const rows = await db
        .select({ collaborationId: closureDays.collaborationId })
        .from(closureDays)
        .where(eq(closureDays.id, target.id));
      // A closure day for every collaboration (no collaboration) is national.
      for (const r of rows) add(a.collaborations, r.collaborationId ?? NATIONAL);
      return;
    }
    case 'plan':
      await plansAnchors(db, [target.id], a);
      return;
    case 'planInitiative':
    case 'planRound':
    case 'planIndicator': {
      const table = {
        planInitiative: planInitiatives,
        planRound: planRounds,
        planIndicator: planIndicators,
      }[target.kind];
      const rows = await db
        .select({ planId: table.planId })
        .from(table)
        .where(eq(table.id, target.id));
      await plansAnchors(
        db,
        rows.map((r) => r.planId),
        a,
      );
      return;
    }
    default:
      await jointWorkAnchors(db, target, a);
      return;
  }
}

/** A plan lies in its collaboration and in every forum that has owned it. */
async function plansAnchors(db: Db, planIds: string[], a: Anchors): Promise<void> {
  if (!planIds.length) return;
  const rows = await db
    .select({ collaborationId: plans.collaborationId })
    .from(plans)
    .where(inArray(plans.id, planIds));
  for (const r of rows) add(a.collaborations, r.collaborationId);
  if (!rows.length) return;
  const owners = await db
    .selectDistinct({ forumId: planOwners.forumId })
    .from(planOwners)
    .where(inArray(planOwners.planId, planIds));
  for (const r of owners) add(a.fora, r.forumId);
}

/** Stands for "no collaboration: only a national scope covers it". */
const NATIONAL = '00000000-0000-0000-0000-000000000000';

/** Widens anchors upwards: fora → cluster, owner party, collaboration; … → region. */
async function widen(db: Db, a: Anchors): Promise<void> {
  if (a.fora.size) {
    const rows = await db
      .selectDistinct({
        collaborationId: fora.collaborationId,
        clusterId: fora.clusterId,
        ownerPartyId: fora.ownerPartyId,
      })
      .from(fora)
      .where(inArray(fora.entityId, [...a.fora]));
    for (const r of rows) {
      add(a.collaborations, r.collaborationId);
      add(a.clusters, r.clusterId);
      add(a.parties, r.ownerPartyId);
    }
  }
  if (a.clusters.size) {
    const rows = await db
      .selectDistinct({ collaborationId: clusters.collaborationId })
      .from(clusters)
      .where(inArray(clusters.entityId, [...a.clusters]));
    for (const r of rows) add(a.collaborations, r.collaborationId);
  }
  if (a.parties.size) {
    const rows = await db
      .selectDistinct({ collaborationId: parties.collaborationId })
      .from(parties)
      .where(inArray(parties.entityId, [...a.parties]));
    for (const r of rows) add(a.collaborations, r.collaborationId);
  }
  const known = [...a.collaborations].filter((c) => c !== NATIONAL);
  if (known.length) {
    const rows = await db
      .selectDistinct({ regionName: collaborations.regionName })
      .from(collaborations)
      .where(inArray(collaborations.entityId, known));
    for (const r of rows) add(a.regions, r.regionName);
  }
}

/** The scope keys that cover a target, and its fora. */
export async function resolveTarget(db: Db, target: ScopeTarget): Promise<ResolvedTarget> {
  const a = await anchorsOf(db, target);
  const direct =
    a.collaborations.size + a.regions.size + a.fora.size + a.clusters.size + a.parties.size;
  if (target.kind === 'national') return { keys: new Set(['all']), forumIds: [], found: true };
  if (('unattached' in a && a.unattached) || target.kind === 'anywhere') {
    return { keys: new Set(['all']), forumIds: [], found: true, unattached: true };
  }
  if (direct === 0) return { keys: new Set(['all']), forumIds: [], found: false };
  await widen(db, a);
  const keys = new Set(['all']);
  for (const c of a.collaborations) if (c !== NATIONAL) keys.add(scopeKey('collaboration', c));
  for (const r of a.regions) keys.add(scopeKey('region', r));
  for (const f of a.fora) keys.add(scopeKey('forum', f));
  for (const k of a.clusters) keys.add(scopeKey('cluster', k));
  for (const p of a.parties) keys.add(scopeKey('party', p));
  return { keys, forumIds: [...a.fora], found: true };
}
