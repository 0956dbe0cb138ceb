/**
 * Use cases for persons, office holdings and appointments: the facts born seats are derived
 * from. Every change is audited with the seats it moved (`after.derivedChanges`).
 */
import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/audit';
import { mutate } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { addDays, type IsoDate } from '../../../shared/dates';
import { orgText } from '../../../shared/organisation.messages';
import type {
  AppointRequest,
  CreatePersonRequest,
  EndRequest,
  StartOfficeHoldingRequest,
  UpdatePersonRequest,
} from '../../../shared/organisation-requests.contract';
import { changeOrganisation, orgProblem, type ChangeOutcome, type OrgContext } from './org-change';
import {
  appointmentsOfSeatFrom,
  collaborationsOfPerson,
  findPerson,
  holdingsOfOfficeFrom,
  insertPerson,
  openFactsOfPerson,
  updatePersonRow,
} from './org-people.repo';
import { collaborationOf } from './org-read.repo';
import type { AppointmentRow, OfficeHoldingRow, PersonRow } from './org-snapshot.repo';
import { insertFact } from './org-version.repo';
import { appointerRefs, notValidOn, requirePersons, requireRefs } from './org-validate';
import { endFact, endFactRow } from './org-versioned';

const PERSON = orgText('entity.person');

/** Creates a person (global: one person can sit in several collaborations). */
export function createPerson(
  org: OrgContext,
  actor: Actor,
  input: CreatePersonRequest,
): Promise<PersonRow> {
  return mutate(org.db, actor, async (tx) => {
    const row = await insertPerson(tx, {
      key: input.key ?? null,
      name: input.name,
      email: input.email ?? null,
      userId: input.userId ?? null,
      fictional: input.fictional ?? false,
      politicalParty: input.politicalParty ?? null,
    });
    return {
      result: row,
      audit: {
        action: 'person.create',
        entityType: 'person',
        entityId: row.id,
        summary: `Person oprettet: ${row.name}`,
        after: row,
        relatedIds: [row.id],
      },
    };
  });
}

/** Corrects a person's name, e-mail, account link or demo flag (not versioned). */
export function updatePerson(
  org: OrgContext,
  actor: Actor,
  id: string,
  patch: UpdatePersonRequest,
): Promise<PersonRow> {
  return mutate(org.db, actor, async (tx) => {
    const before = await findPerson(tx, id);
    if (before === null) throw notFound(PERSON);
    const after = (await updatePersonRow(tx, id, patch)) as PersonRow;
    return {
      result: after,
      audit: {
        action: 'person.update',
        entityType: 'person',
        entityId: id,
        before,
        after,
        relatedIds: [id],
      },
    };
  });
}

/**
 * A person leaves: every office holding and appointment they hold after `lastDay` ends on that
 * day (or is removed, if it had not started), in every collaboration.
 */
export async function endPerson(
  org: OrgContext,
  actor: Actor,
  id: string,
  input: EndRequest,
): Promise<ChangeOutcome<PersonRow>> {
  if ((await findPerson(org.db, id)) === null) throw notFound(PERSON);
  return changeOrganisation(org, actor, {
    collaborationIds: await collaborationsOfPerson(org.db, id),
    effectiveDate: addDays(input.lastDay, 1),
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx) => {
      const open = await openFactsOfPerson(tx, id, addDays(input.lastDay, 1));
      for (const h of open.holdings) await endFactRow(tx, 'officeHolding', h, input.lastDay);
      for (const a of open.appointments) await endFactRow(tx, 'appointment', a, input.lastDay);
      const person = (await updatePersonRow(tx, id, { endedOn: input.lastDay })) as PersonRow;
      return {
        result: person,
        audit: {
          action: 'person.end',
          entityType: 'person',
          entityId: id,
          summary: `${person.name} afsluttet med ${input.lastDay}`,
          before: { holdings: open.holdings, appointments: open.appointments },
          after: { lastDay: input.lastDay },
          relatedIds: [id],
        },
      };
    },
  });
}

/** Ends the holders of an office that are valid on `from` the day before; 409 for later ones. */
async function replaceHolders(
  tx: Db,
  input: StartOfficeHoldingRequest,
): Promise<OfficeHoldingRow[]> {
  const current = await holdingsOfOfficeFrom(tx, input.partyId, input.office, input.validFrom);
  const later = current.find((h) => h.validFrom >= input.validFrom);
  if (later) throw orgProblem('conflict', 'officeTakenLater', { validFrom: later.validFrom });
  for (const h of current) await endFactRow(tx, 'officeHolding', h, addDays(input.validFrom, -1));
  return current;
}

/**
 * A person starts holding an office in a party (the new mayor of Vejle). With `replaceCurrent`
 * the current holder(s) end the day before; born seats follow on the day.
 */
export async function startOfficeHolding(
  org: OrgContext,
  actor: Actor,
  input: StartOfficeHoldingRequest,
): Promise<ChangeOutcome<OfficeHoldingRow>> {
  const collaborationId = await collaborationOf(org.db, 'party', input.partyId);
  if (collaborationId === null) throw notValidOn('party', input.validFrom);
  await requirePersons(org.db, [input.personId]);
  return changeOrganisation(org, actor, {
    collaborationIds: [collaborationId],
    effectiveDate: input.validFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      requireRefs(before(collaborationId), [{ kind: 'party', id: input.partyId }]);
      const replaced = input.replaceCurrent ? await replaceHolders(tx, input) : [];
      const row = await insertFact(tx, 'officeHolding', {
        collaborationId,
        key: input.key ?? null,
        personId: input.personId,
        partyId: input.partyId,
        office: input.office,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      });
      return {
        result: row,
        audit: {
          action: 'officeHolding.create',
          entityType: 'officeHolding',
          entityId: row.id,
          before: { replaced },
          after: { fact: row },
          relatedIds: [input.personId, ...replaced.map((h) => h.personId)],
        },
      };
    },
  });
}

/** Ends an office holding with `lastDay` as its last day. */
export function endOfficeHolding(
  org: OrgContext,
  actor: Actor,
  id: string,
  input: EndRequest,
): Promise<ChangeOutcome<OfficeHoldingRow>> {
  return endFact(org, actor, { kind: 'officeHolding', id, ...input });
}

/** The default end of a term: `termYears` after the start, inclusive. */
function termEndOf(validFrom: IsoDate, termYears: number | null): IsoDate | null {
  if (termYears === null) return null;
  const end = DateTime.fromISO(validFrom, { zone: 'utc' }).plus({ years: termYears, days: -1 });
  return end.toISODate();
}

/**
 * Appoints a person to an appointed seat from `validFrom`. The seat's current appointment ends
 * the day before; a later appointment already planned is a 409. Born seats cannot be appointed.
 */
export async function appoint(
  org: OrgContext,
  actor: Actor,
  input: AppointRequest,
): Promise<ChangeOutcome<AppointmentRow>> {
  const collaborationId = await collaborationOf(org.db, 'seat', input.seatId);
  if (collaborationId === null) throw notValidOn('seat', input.validFrom);
  await requirePersons(org.db, [input.personId, input.substitutePersonId]);
  return changeOrganisation(org, actor, {
    collaborationIds: [collaborationId],
    effectiveDate: input.validFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      const state = before(collaborationId);
      const seat = state.seats.get(input.seatId);
      if (seat === undefined) throw notValidOn('seat', input.validFrom);
      if (seat.born !== null) {
        throw orgProblem('unprocessable', 'bornSeatNotAppointable', { seatLabel: seat.label });
      }
      requireRefs(state, [
        { kind: 'party', id: input.onBehalfOfPartyId },
        ...appointerRefs(input.appointedBy),
      ]);
      const current = await appointmentsOfSeatFrom(tx, input.seatId, input.validFrom);
      const later = current.find((a) => a.validFrom >= input.validFrom);
      if (later) {
        throw orgProblem('conflict', 'seatTakenLater', {
          seatLabel: seat.label,
          validFrom: later.validFrom,
        });
      }
      for (const a of current) await endFactRow(tx, 'appointment', a, addDays(input.validFrom, -1));
      const row = await insertFact(tx, 'appointment', {
        collaborationId,
        key: input.key ?? null,
        seatId: input.seatId,
        personId: input.personId,
        substitutePersonId: input.substitutePersonId ?? null,
        onBehalfOfPartyId: input.onBehalfOfPartyId ?? null,
        appointedBy: input.appointedBy ?? seat.appointedBy ?? null,
        termEnd: input.termEnd ?? termEndOf(input.validFrom, seat.termYears),
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      });
      return {
        result: row,
        audit: {
          action: 'appointment.create',
          entityType: 'appointment',
          entityId: row.id,
          summary: `Udpegning til ${seat.label} fra ${input.validFrom}`,
          before: { ended: current },
          after: { fact: row },
          relatedIds: [
            input.personId,
            ...(input.substitutePersonId ? [input.substitutePersonId] : []),
            ...current.map((a) => a.personId),
          ],
        },
      };
    },
  });
}

/** Ends an appointment with `lastDay` as its last day (the seat becomes vacant). */
export function endAppointment(
  org: OrgContext,
  actor: Actor,
  id: string,
  input: EndRequest,
): Promise<ChangeOutcome<AppointmentRow>> {
  return endFact(org, actor, { kind: 'appointment', id, ...input });
}
