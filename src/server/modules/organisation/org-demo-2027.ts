/**
 * Demo data after the 2027 reform: the health councils of the successor collaboration (imported
 * from templates/syddanmark-2027.yaml by the reform) get clearly fictional members. The municipal
 * representatives are the demo mayors (and, where the council's seat formula gives a municipality
 * a second seat, a fictional councillor), the regional members fictional regional councillors
 * (one more than the municipal members, the template's default formula), the chair and vice-chair
 * two of them. The demo member (Odense's mayor) sits in Sundhedsråd Fyn for Odense, and the demo
 * secretariat holds a secretary seat there. All from the reform date, in one audited change.
 */
import type { Db } from '../../db/client';
import { mutate, SYSTEM_ACTOR } from '../../platform/audit';
import { isValidOn, type IsoDate } from '../../../shared/dates';
import { findUserByEmail } from '../auth/index';
import { findPersonByKey, findPersonByUserId, insertPerson } from './org-people.repo';
import {
  loadSnapshot,
  type PartyRow,
  type SeatRow,
  type StoredSnapshot,
} from './org-snapshot.repo';
import { insertFact, insertVersion, newEntityId } from './org-version.repo';

/** The council the demo member and the demo secretariat work in. */
export const DEMO_COUNCIL_KEY = 'sundhedsraad-fyn';

const POLITICAL_PARTIES = ['A', 'V', 'C', 'F', 'O', 'B', 'Ø', 'I'] as const;
const REGIONAL_FIRST = ['Agnete', 'Bent', 'Connie', 'Dennis', 'Ellen', 'Finn', 'Grethe', 'Henrik'];

interface Staffing {
  tx: Db;
  snapshot: StoredSnapshot;
  collaborationId: string;
  from: IsoDate;
  madePersons: string[];
  appointments: number;
}

/** The seats of a forum valid on `on`. */
function seatsOf(snapshot: StoredSnapshot, forumId: string, on: IsoDate): SeatRow[] {
  return snapshot.seats.filter((s) => s.forumId === forumId && isValidOn(s, on));
}

async function appoint(
  s: Staffing,
  seat: SeatRow | undefined,
  personId: string,
  onBehalfOfPartyId: string | null,
): Promise<void> {
  if (!seat) return;
  await insertFact(s.tx, 'appointment', {
    collaborationId: s.collaborationId,
    seatId: seat.entityId,
    personId,
    onBehalfOfPartyId,
    validFrom: s.from,
  });
  s.appointments += 1;
}

async function fictionalPerson(s: Staffing, key: string, name: string, party: string | null) {
  const known = await findPersonByKey(s.tx, key);
  if (known) return known.id;
  const person = await insertPerson(s.tx, {
    key,
    name,
    fictional: true,
    politicalParty: party,
  });
  s.madePersons.push(person.id);
  return person.id;
}

/** The demo mayor of a municipality (org-demo.ts), holding the office in the new party too. */
async function mayorOf(s: Staffing, party: PartyRow): Promise<string | null> {
  const holding = s.snapshot.officeHoldings.find(
    (h) => h.partyId === party.entityId && h.office === 'mayor' && isValidOn(h, s.from),
  );
  if (holding) return holding.personId;
  const person = await findPersonByKey(s.tx, `demo-mayor-${party.key}`);
  if (!person) return null;
  await insertFact(s.tx, 'officeHolding', {
    collaborationId: s.collaborationId,
    personId: person.id,
    partyId: party.entityId,
    office: 'mayor',
    validFrom: s.from,
  });
  return person.id;
}

/**
 * Municipal and regional members, chair and vice-chair of one health council: every municipal
 * seat (the template has one or more per municipality) gets the municipality's mayor first and a
 * fictional councillor for a further seat; every regional seat a fictional regional councillor.
 */
async function staffCouncil(s: Staffing, forum: StoredSnapshot['fora'][number], region: PartyRow) {
  const seats = seatsOf(s.snapshot, forum.entityId, s.from).sort((a, b) =>
    a.key.localeCompare(b.key),
  );
  const byParty = new Map<string, number>();
  for (const seat of seats.filter((x) => x.partyKind === 'municipality' && !x.isFunction)) {
    const party = s.snapshot.parties.find((p) => p.entityId === seat.partyId);
    if (!party) continue;
    const n = byParty.get(party.entityId) ?? 0;
    byParty.set(party.entityId, n + 1);
    const mayor = n === 0 ? await mayorOf(s, party) : null;
    const first = REGIONAL_FIRST[(n + party.key.length) % REGIONAL_FIRST.length] ?? 'Agnete';
    const person =
      mayor ??
      (await fictionalPerson(
        s,
        `demo-2027-${party.key}-member-${n}`,
        `${first} Byrådsen (demo)`,
        null,
      ));
    await appoint(s, seat, person, party.entityId);
  }
  const regional: string[] = [];
  const regionalSeats = seats.filter((x) => x.partyKind === 'region' && !x.isFunction);
  for (const [i, seat] of regionalSeats.entries()) {
    const letter = POLITICAL_PARTIES[i % POLITICAL_PARTIES.length] ?? 'A';
    const first = REGIONAL_FIRST[i % REGIONAL_FIRST.length] ?? 'Agnete';
    const id = await fictionalPerson(
      s,
      `demo-2027-${forum.key}-regional-${i + 1}`,
      `${first} Regionsen ${i + 1} (demo)`,
      letter,
    );
    await insertFact(s.tx, 'officeHolding', {
      collaborationId: s.collaborationId,
      personId: id,
      partyId: region.entityId,
      office: 'regionalCouncillor',
      validFrom: s.from,
    });
    await appoint(s, seat, id, region.entityId);
    regional.push(id);
  }
  const chairSeat = seats.find((x) => x.role === 'chair');
  const viceSeat = seats.find((x) => x.role === 'viceChair');
  if (regional[0]) await appoint(s, chairSeat, regional[0], region.entityId);
  if (regional[1]) await appoint(s, viceSeat, regional[1], region.entityId);
}

/** A secretary seat in the demo council, held by the demo secretariat's person. */
async function seatSecretary(s: Staffing): Promise<void> {
  const forum = s.snapshot.fora.find((f) => f.key === DEMO_COUNCIL_KEY && isValidOn(f, s.from));
  const user = await findUserByEmail(s.tx, 'sekretariat@demo.samspil.dk');
  const person = user ? await findPersonByUserId(s.tx, user.id) : null;
  if (!forum || !person) return;
  const seat = await insertVersion(s.tx, 'seat', {
    entityId: newEntityId(),
    key: `${forum.key}/secretary`,
    collaborationId: s.collaborationId,
    forumId: forum.entityId,
    role: 'secretary',
    label: 'Sekretær for rådet (demo)',
    validFrom: s.from,
  });
  await appoint(s, seat, person.id, null);
}

/**
 * Staffs the health councils of `collaborationId` from `from` (the reform date) with fictional
 * members; does nothing when the collaboration has no health council or already has members.
 */
export async function staffHealthCouncilsDemo(
  db: Db,
  collaborationId: string,
  from: IsoDate,
): Promise<void> {
  const snapshot = await loadSnapshot(db, collaborationId);
  const councils = snapshot.fora.filter((f) => f.level === 'healthCouncil' && isValidOn(f, from));
  const region = snapshot.parties.find((p) => p.kind === 'region' && isValidOn(p, from));
  if (councils.length === 0 || !region) return;
  const councilSeats = new Set(
    snapshot.seats
      .filter((x) => councils.some((c) => c.entityId === x.forumId))
      .map((x) => x.entityId),
  );
  if (snapshot.appointments.some((a) => councilSeats.has(a.seatId))) return;
  await mutate(db, SYSTEM_ACTOR, async (tx) => {
    const s: Staffing = { tx, snapshot, collaborationId, from, madePersons: [], appointments: 0 };
    for (const forum of councils) await staffCouncil(s, forum, region);
    await seatSecretary(s);
    return {
      result: undefined,
      audit: {
        action: 'organisation.demo',
        entityType: 'collaboration',
        entityId: collaborationId,
        summary: 'Fiktive demo-medlemmer af sundhedsrådene indlæst',
        after: { persons: s.madePersons.length, appointments: s.appointments },
        relatedIds: s.madePersons,
      },
    };
  });
}
