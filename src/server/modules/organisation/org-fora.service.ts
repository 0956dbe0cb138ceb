/**
 * Use cases for fora, their seats and composition rules. Ending a forum or a seat also ends what
 * hangs on it (seats, appointments, rules) on the same day, in the same transaction.
 */
import { planEnd, type OrgState } from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/audit';
import { addDays, isValidOn, type IsoDate } from '../../../shared/dates';
import type {
  CreateForumRequest,
  CreateRuleRequest,
  CreateSeatRequest,
  EndRequest,
  UpdateForumRequest,
  UpdateSeatRequest,
} from '../../../shared/organisation-requests.contract';
import { changeOrganisation, type ChangeOutcome, type OrgContext } from './org-change';
import { appointmentsOfSeatsFrom } from './org-people.repo';
import { forumProblemOf, successorNamesOf } from './org-lookup.service';
import { rulesOfForumFrom, seatVersionsOfForum } from './org-read.repo';
import type { CompositionRuleRow, ForumRow, SeatRow } from './org-snapshot.repo';
import { applyVersionEnd, insertFact } from './org-version.repo';
import {
  appointerRefs,
  bornRuleRefs,
  requireFunctionRole,
  requireRefs,
  requireRegionOwner,
  secretariatRefs,
  type Ref,
} from './org-validate';
import {
  createVersioned,
  endFact,
  endFactRow,
  endVersioned,
  requireVersions,
  updateVersioned,
} from './org-versioned';

type ForumAttrs = Partial<Omit<UpdateForumRequest, 'effectiveFrom' | 'acknowledgeBreaches'>>;

function forumRefs(input: ForumAttrs): Ref[] {
  return [
    { kind: 'cluster', id: input.clusterId },
    { kind: 'party', id: input.ownerPartyId },
    { kind: 'forum', id: input.reportsToForumId },
    ...secretariatRefs(input.secretariat),
  ];
}

/** Creates a forum in a collaboration. */
export function createForum(
  org: OrgContext,
  actor: Actor,
  collaborationId: string,
  input: CreateForumRequest,
): Promise<ChangeOutcome<ForumRow>> {
  return createVersioned(org, actor, {
    kind: 'forum',
    collaborationId,
    key: input.key,
    name: input.name,
    validFrom: input.validFrom,
    validTo: input.validTo,
    acknowledgeBreaches: input.acknowledgeBreaches,
    attrs: {
      name: input.name,
      shortName: input.shortName ?? null,
      level: input.level,
      kind: input.kind,
      scope: input.scope ?? 'crossSector',
      clusterId: input.clusterId ?? null,
      ownerPartyId: input.ownerPartyId ?? null,
      reportsToForumId: input.reportsToForumId ?? null,
      cadence: input.cadence ?? null,
      secretariat: input.secretariat ?? null,
      charter: input.charter ?? null,
      mustTasks: input.mustTasks ?? [],
      mayTasks: input.mayTasks ?? [],
      decisionCompetence: input.decisionCompetence ?? null,
      successorForumIds: [],
      agendaDeadlineWorkingDays: input.agendaDeadlineWorkingDays ?? null,
    },
    validate: (state) => {
      requireRefs(state, forumRefs(input));
      requireRegionOwner(state, input.ownerPartyId);
    },
  });
}

/** Changes a forum's attributes as of `effectiveFrom` (charter, tasks, cadence, ...). */
export function updateForum(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: UpdateForumRequest,
): Promise<ChangeOutcome<ForumRow>> {
  const { effectiveFrom, acknowledgeBreaches, ...attrs } = input;
  return updateVersioned(org, actor, {
    kind: 'forum',
    entityId,
    effectiveFrom,
    acknowledgeBreaches,
    attrs,
    validate: (state) => {
      requireRefs(state, forumRefs(attrs));
      requireRegionOwner(state, attrs.ownerPartyId);
    },
  });
}

/** Ends the seats of one forum (and their appointments) with `lastDay`. */
async function endSeatsAndAppointments(
  tx: Db,
  seatRows: readonly SeatRow[],
  lastDay: IsoDate,
): Promise<{ endedSeatIds: string[]; endedAppointmentIds: string[] }> {
  const bySeat = new Map<string, SeatRow[]>();
  for (const row of seatRows) bySeat.set(row.entityId, [...(bySeat.get(row.entityId) ?? []), row]);
  const endedSeatIds: string[] = [];
  for (const [seatId, versions] of bySeat) {
    const plan = planEnd(versions, lastDay);
    if (plan.kind === 'end') {
      await applyVersionEnd(tx, 'seat', plan);
      endedSeatIds.push(seatId);
    }
  }
  const open = await appointmentsOfSeatsFrom(tx, [...bySeat.keys()], addDays(lastDay, 1));
  for (const appointment of open) await endFactRow(tx, 'appointment', appointment, lastDay);
  return { endedSeatIds, endedAppointmentIds: open.map((a) => a.id) };
}

/**
 * Ends a forum's seats, their appointments and its rules with `lastDay`: what hangs on a forum
 * that ends. Used by "end forum" and by reorganisations.
 */
export async function endForumDependants(
  tx: Db,
  forumId: string,
  lastDay: IsoDate,
): Promise<Record<string, string[]>> {
  const seatsEnded = await endSeatsAndAppointments(
    tx,
    await seatVersionsOfForum(tx, forumId),
    lastDay,
  );
  const rules = await rulesOfForumFrom(tx, forumId, addDays(lastDay, 1));
  for (const rule of rules) await endFactRow(tx, 'compositionRule', rule, lastDay);
  return { ...seatsEnded, endedRuleIds: rules.map((r) => r.id) };
}

/** Ends a forum with `lastDay` as its last day, with its seats, appointments and rules. */
export function endForum(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: EndRequest,
): Promise<ChangeOutcome<ForumRow>> {
  return endVersioned(org, actor, {
    kind: 'forum',
    entityId,
    ...input,
    cascade: (tx, lastDay) => endForumDependants(tx, entityId, lastDay),
  });
}

type SeatAttrs = Partial<Omit<UpdateSeatRequest, 'effectiveFrom' | 'acknowledgeBreaches'>>;

function validateSeat(state: OrgState, attrs: SeatAttrs, current?: SeatRow): void {
  requireRefs(state, [
    { kind: 'party', id: attrs.partyId },
    { kind: 'cluster', id: attrs.clusterId },
    ...appointerRefs(attrs.appointedBy),
    ...bornRuleRefs(attrs.born),
  ]);
  requireFunctionRole(
    attrs.isFunction ?? current?.isFunction ?? false,
    attrs.role ?? current?.role ?? 'member',
  );
}

/** Adds a seat to a forum (appointed, or born with a rule; a function seat adds a role). */
export async function createSeat(
  org: OrgContext,
  actor: Actor,
  forumId: string,
  input: CreateSeatRequest,
): Promise<ChangeOutcome<SeatRow>> {
  const forumRows = (await requireVersions(org.db, 'forum', forumId)) as ForumRow[];
  const forum = forumRows[0] as ForumRow;
  const successorNames = await successorNamesOf(org.db, forumRows);
  return createVersioned(org, actor, {
    kind: 'seat',
    collaborationId: forum.collaborationId,
    key: input.key ?? undefined,
    name: input.label,
    keyPrefix: `${forum.key}/`,
    validFrom: input.validFrom,
    validTo: input.validTo,
    acknowledgeBreaches: input.acknowledgeBreaches,
    attrs: {
      forumId,
      role: input.role ?? 'member',
      label: input.label,
      partyKind: input.partyKind ?? null,
      partyId: input.partyId ?? null,
      clusterId: input.clusterId ?? null,
      appointedBy: input.appointedBy ?? null,
      termYears: input.termYears ?? null,
      isFunction: input.isFunction ?? false,
      born: input.born ?? null,
      politicalParty: input.politicalParty ?? null,
    },
    validate: (state) => {
      if (!state.fora.has(forumId)) {
        throw forumProblemOf(forumId, forumRows, input.validFrom, successorNames);
      }
      validateSeat(state, input);
    },
  });
}

/** Changes a seat's attributes (label, constraints, born rule, ...) as of `effectiveFrom`. */
export async function updateSeat(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: UpdateSeatRequest,
): Promise<ChangeOutcome<SeatRow>> {
  const { effectiveFrom, acknowledgeBreaches, ...attrs } = input;
  const versions = await requireVersions(org.db, 'seat', entityId);
  const current = versions.find((v) => isValidOn(v, effectiveFrom));
  return updateVersioned(org, actor, {
    kind: 'seat',
    entityId,
    effectiveFrom,
    acknowledgeBreaches,
    attrs,
    validate: (state) => validateSeat(state, attrs, current),
  });
}

/** Ends a seat with `lastDay` as its last day, with its appointments. */
export function endSeat(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: EndRequest,
): Promise<ChangeOutcome<SeatRow>> {
  return endVersioned(org, actor, {
    kind: 'seat',
    entityId,
    ...input,
    cascade: async (tx, lastDay) => {
      const open = await appointmentsOfSeatsFrom(tx, [entityId], addDays(lastDay, 1));
      for (const appointment of open) await endFactRow(tx, 'appointment', appointment, lastDay);
      return { endedAppointmentIds: open.map((a) => a.id) };
    },
  });
}

/** Declares a composition rule on a forum from `validFrom`. */
export async function addRule(
  org: OrgContext,
  actor: Actor,
  forumId: string,
  input: CreateRuleRequest,
): Promise<ChangeOutcome<CompositionRuleRow>> {
  const forumRows = (await requireVersions(org.db, 'forum', forumId)) as ForumRow[];
  const collaboration = (forumRows[0] as ForumRow).collaborationId;
  const successorNames = await successorNamesOf(org.db, forumRows);
  return changeOrganisation(org, actor, {
    collaborationIds: [collaboration],
    effectiveDate: input.validFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      if (!before(collaboration).fora.has(forumId)) {
        throw forumProblemOf(forumId, forumRows, input.validFrom, successorNames);
      }
      const row = await insertFact(tx, 'compositionRule', {
        collaborationId: collaboration,
        key: input.key ?? null,
        forumId,
        severity: input.severity ?? 'error',
        spec: input.spec,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      });
      return {
        result: row,
        audit: {
          action: 'compositionRule.create',
          entityType: 'compositionRule',
          entityId: row.id,
          after: { fact: row },
        },
      };
    },
  });
}

/** Ends a composition rule with `lastDay` as its last day. */
export function endRule(
  org: OrgContext,
  actor: Actor,
  id: string,
  input: EndRequest,
): Promise<ChangeOutcome<CompositionRuleRow>> {
  return endFact(org, actor, { kind: 'compositionRule', id, ...input });
}
