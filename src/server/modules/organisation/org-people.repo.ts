/** Queries on persons and on the facts that concern one person, seat or party. */
import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import type { Office } from '../../../shared/organisation.enums';
import { appointments, officeHoldings, persons } from './org-people.table';
import type { AppointmentRow, OfficeHoldingRow, PersonRow } from './org-snapshot.repo';

/** A person to insert. */
export type NewPerson = typeof persons.$inferInsert;

/** Inserts a person and returns the row. */
export async function insertPerson(db: Db, row: NewPerson): Promise<PersonRow> {
  const [inserted] = await db.insert(persons).values(row).returning();
  if (!inserted) throw new Error('insert into persons returned no row');
  return inserted;
}

/** Patches a person in place and returns the row, or null when unknown. */
export async function updatePersonRow(
  db: Db,
  id: string,
  patch: Partial<NewPerson>,
): Promise<PersonRow | null> {
  const [row] = await db.update(persons).set(patch).where(eq(persons.id, id)).returning();
  return row ?? null;
}

/** One person, or null. */
export async function findPerson(db: Db, id: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id)).limit(1);
  return row ?? null;
}

/** Persons by id; unknown ids are left out. */
export async function findPersons(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(persons)
    .where(inArray(persons.id, [...new Set(ids)]));
}

/** The person with an importer key, or null. */
export async function findPersonByKey(db: Db, key: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.key, key)).limit(1);
  return row ?? null;
}

/** The person linked to a user account, or null. */
export async function findPersonByUserId(db: Db, userId: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.userId, userId)).limit(1);
  return row ?? null;
}

/** Valid on `day` or later: not ended before it. */
const openOn = (validTo: PgColumn, day: IsoDate) => or(isNull(validTo), gte(validTo, day));

/** The appointments of a seat that are valid on `day` or start later. */
export async function appointmentsOfSeatFrom(
  db: Db,
  seatId: string,
  day: IsoDate,
): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.seatId, seatId), openOn(appointments.validTo, day)))
    .orderBy(asc(appointments.validFrom));
}

/** The appointments of the given seats that are valid on `day` or start later. */
export async function appointmentsOfSeatsFrom(
  db: Db,
  seatIds: readonly string[],
  day: IsoDate,
): Promise<AppointmentRow[]> {
  if (seatIds.length === 0) return [];
  return db
    .select()
    .from(appointments)
    .where(and(inArray(appointments.seatId, [...seatIds]), openOn(appointments.validTo, day)));
}

/** The holdings of an office in a party that are valid on `day` or start later. */
export async function holdingsOfOfficeFrom(
  db: Db,
  partyId: string,
  office: Office,
  day: IsoDate,
): Promise<OfficeHoldingRow[]> {
  return db
    .select()
    .from(officeHoldings)
    .where(
      and(
        eq(officeHoldings.partyId, partyId),
        eq(officeHoldings.office, office),
        openOn(officeHoldings.validTo, day),
      ),
    )
    .orderBy(asc(officeHoldings.validFrom));
}

/** A person's office holdings and appointments that are valid on `day` or start later. */
export async function openFactsOfPerson(
  db: Db,
  personId: string,
  day: IsoDate,
): Promise<{ holdings: OfficeHoldingRow[]; appointments: AppointmentRow[] }> {
  const holdings = await db
    .select()
    .from(officeHoldings)
    .where(and(eq(officeHoldings.personId, personId), openOn(officeHoldings.validTo, day)));
  const appointed = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.personId, personId), openOn(appointments.validTo, day)));
  return { holdings, appointments: appointed };
}

/** The collaborations (entityIds) in which a person holds an office or an appointment. */
export async function collaborationsOfPerson(db: Db, personId: string): Promise<string[]> {
  const held = await db
    .selectDistinct({ id: officeHoldings.collaborationId })
    .from(officeHoldings)
    .where(eq(officeHoldings.personId, personId));
  const appointed = await db
    .selectDistinct({ id: appointments.collaborationId })
    .from(appointments)
    .where(or(eq(appointments.personId, personId), eq(appointments.substitutePersonId, personId)));
  return [...new Set([...held, ...appointed].map((r) => r.id))];
}
