/**
 * The person page (every seat across fora and collaborations on a day, offices, history) and
 * the party page (clusters, the seats a municipality holds, its offices), as of a day.
 */
import { seatBurden } from '../../../domain/organisation/index';
import { notFound } from '../../platform/errors';
import { isValidOn, type IsoDate } from '../../../shared/dates';
import { orgText } from '../../../shared/organisation.messages';
import type { PartyPage, PersonPage } from '../../../shared/organisation-views.contract';
import type { OrgContext } from './org-change';
import { allMembers, loadOrgDay, personTimeline, type OrgDay } from './org-day';
import { collaborationsOfPerson, findPerson } from './org-people.repo';
import { presentMember } from './org-present';
import { collaborationOf } from './org-read.repo';
import type { AppointmentRow, OfficeHoldingRow } from './org-snapshot.repo';

function officesWithNames(day: OrgDay, rows: readonly OfficeHoldingRow[]) {
  const name = (id: string) => day.snapshot.parties.find((p) => p.entityId === id)?.name ?? id;
  const person = (id: string) => day.snapshot.persons.find((p) => p.id === id)?.name ?? id;
  return rows.map((h) => ({
    ...h,
    partyName: name(h.partyId),
    personName: person(h.personId),
    collaborationId: h.collaborationId,
  }));
}

function appointmentsWithNames(day: OrgDay, rows: readonly AppointmentRow[]) {
  return rows.map((a) => {
    const seat = day.snapshot.seats.filter((s) => s.entityId === a.seatId).at(-1);
    const forum = day.snapshot.fora.filter((f) => f.entityId === seat?.forumId).at(-1);
    return {
      ...a,
      forumEntityId: forum?.entityId ?? '',
      forumName: forum?.name ?? '',
      seatLabel: seat?.label ?? '',
    };
  });
}

function personSeats(day: OrgDay, personId: string): PersonPage['seats'] {
  const collaboration = day.snapshot.collaborations.at(-1);
  return allMembers(day)
    .filter((m) => !m.isVacant && (m.personId === personId || m.substitutePersonId === personId))
    .map((m) => {
      const view = presentMember(day.state, m);
      return {
        collaborationId: collaboration?.entityId ?? '',
        collaborationName: collaboration?.name ?? '',
        forumEntityId: m.forumEntityId,
        forumName: day.state.fora.get(m.forumEntityId)?.name ?? '',
        seatEntityId: m.seatEntityId,
        seatLabel: view.seatLabel,
        role: m.role,
        roles: [...m.roles],
        source: m.source,
        partyEntityId: m.partyEntityId,
        partyName: view.partyName,
        asSubstitute: m.personId !== personId,
        explanation: view.explanation,
      };
    });
}

/** The person page on `date`: seats in every collaboration, offices and history; 404 if unknown. */
export async function personPage(
  org: OrgContext,
  personId: string,
  date: IsoDate,
): Promise<PersonPage> {
  const person = await findPerson(org.db, personId);
  if (person === null) throw notFound(orgText('entity.person'));
  const page: PersonPage = {
    date,
    person,
    seats: [],
    offices: [],
    history: { offices: [], appointments: [], events: [] },
  };
  for (const collaborationId of await collaborationsOfPerson(org.db, personId)) {
    const day = await loadOrgDay(org, collaborationId, date);
    const holdings = day.snapshot.officeHoldings.filter((h) => h.personId === personId);
    page.seats.push(...personSeats(day, personId));
    page.offices.push(
      ...officesWithNames(
        day,
        holdings.filter((h) => isValidOn(h, date)),
      ),
    );
    page.history.offices.push(...officesWithNames(day, holdings));
    page.history.appointments.push(
      ...appointmentsWithNames(
        day,
        day.snapshot.appointments.filter(
          (a) => a.personId === personId || a.substitutePersonId === personId,
        ),
      ),
    );
    page.history.events.push(...personTimeline(day, personId));
  }
  page.history.events.sort((a, b) => a.date.localeCompare(b.date));
  return page;
}

/** The party page on `date`: clusters, seats held for the party, offices; 404 if unknown. */
export async function partyPage(
  org: OrgContext,
  partyId: string,
  date: IsoDate,
): Promise<PartyPage> {
  const collaborationId = await collaborationOf(org.db, 'party', partyId);
  if (collaborationId === null) throw notFound(orgText('entity.party'));
  const day = await loadOrgDay(org, collaborationId, date);
  const versions = day.snapshot.parties.filter((p) => p.entityId === partyId);
  const party = day.state.parties.get(partyId) ?? versions.at(-1);
  if (!party) throw notFound(orgText('entity.party'));
  const memberships = day.snapshot.clusterMemberships.filter(
    (m) => m.partyId === partyId && isValidOn(m, date),
  );
  const seats = allMembers(day).filter((m) => m.partyEntityId === partyId);
  const burden = seatBurden(day.state).municipalities.find((b) => b.partyEntityId === partyId);
  const holdings = day.snapshot.officeHoldings.filter((h) => h.partyId === partyId);
  return {
    date,
    collaborationId,
    party: { ...party, key: versions.at(-1)?.key ?? '' },
    clusters: memberships.flatMap((m) => {
      const cluster = day.state.clusters.get(m.clusterId);
      if (!cluster) return [];
      return [
        {
          entityId: cluster.entityId,
          name: cluster.name,
          partial: m.partial,
          verified: m.verified,
        },
      ];
    }),
    seats: seats.map((m) => ({
      ...presentMember(day.state, m),
      forumName: day.state.fora.get(m.forumEntityId)?.name ?? '',
    })),
    seatCount: burden?.seatCount ?? seats.filter((m) => m.role !== 'optionalAttendee').length,
    clusterSeatCount: burden?.clusterSeatCount ?? 0,
    offices: officesWithNames(
      day,
      holdings.filter((h) => isValidOn(h, date)),
    ),
    officeHistory: officesWithNames(day, holdings),
    versions,
  };
}
