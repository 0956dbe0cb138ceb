/**
 * Finding persons by name at national scale: in SQL, a page at a time, on the stored column
 * `persons.name_folded` (the name folded as {@link foldDa} folds a query; trigram-indexed, see
 * drizzle/0018_person_search.sql), never loading the whole table. And, for the page found, what
 * each person does on the day (offices and seats), so that namesakes can be told apart.
 */
import { and, asc, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import type { PersonAffiliation } from '../../../shared/organisation-views.contract';
import { fora, seats } from './org-fora.table';
import { appointments, officeHoldings, persons } from './org-people.table';
import type { PersonRow } from './org-snapshot.repo';
import { parties } from './org-structure.table';

/** At most this many affiliations per person (the picker shows a line, not a CV). */
const AFFILIATIONS_PER_PERSON = 3;

/** A LIKE pattern that matches `word` literally anywhere. */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The persons whose folded name contains every one of `words` (already folded), in name order:
 * `limit` of them from `offset`.
 */
export async function searchPersonRows(
  db: Db,
  input: { words: readonly string[]; limit: number; offset: number },
): Promise<PersonRow[]> {
  const matches = input.words
    .filter((w) => w !== '')
    .map((w) => sql`"persons"."name_folded" like ${containsPattern(w)}`);
  return db
    .select()
    .from(persons)
    .where(and(...matches))
    .orderBy(asc(persons.name), asc(persons.id))
    .limit(input.limit)
    .offset(input.offset);
}

/** Valid on `day`: begun, and not ended before it. */
const validOn = (from: PgColumn, to: PgColumn, day: IsoDate) =>
  and(lte(from, day), or(isNull(to), gte(to, day)));

/** Names (and kinds) of versioned parties and fora valid on `day`, by entity id. */
async function namesOn(db: Db, partyIds: string[], forumIds: string[], day: IsoDate) {
  const partyRows = partyIds.length
    ? await db
        .select({ id: parties.entityId, name: parties.name, kind: parties.kind })
        .from(parties)
        .where(
          and(
            inArray(parties.entityId, partyIds),
            validOn(parties.validFrom, parties.validTo, day),
          ),
        )
    : [];
  const forumRows = forumIds.length
    ? await db
        .select({ id: fora.entityId, name: fora.name })
        .from(fora)
        .where(and(inArray(fora.entityId, forumIds), validOn(fora.validFrom, fora.validTo, day)))
    : [];
  return {
    party: new Map(partyRows.map((p) => [p.id, p])),
    forum: new Map(forumRows.map((f) => [f.id, f.name])),
  };
}

/**
 * What the given persons do on `day`: the offices they hold (in which party) first, then the
 * seats they are appointed to (in which forum, for which party). Five small queries for a page
 * of persons, whatever the size of the tables.
 */
export async function personAffiliations(
  db: Db,
  personIds: readonly string[],
  day: IsoDate,
): Promise<Map<string, PersonAffiliation[]>> {
  const out = new Map<string, PersonAffiliation[]>();
  if (personIds.length === 0) return out;
  const ids = [...new Set(personIds)];
  const holdings = await db
    .select({
      personId: officeHoldings.personId,
      office: officeHoldings.office,
      partyId: officeHoldings.partyId,
    })
    .from(officeHoldings)
    .where(
      and(
        inArray(officeHoldings.personId, ids),
        validOn(officeHoldings.validFrom, officeHoldings.validTo, day),
      ),
    )
    .orderBy(asc(officeHoldings.validFrom));
  const appointed = await db
    .select({
      personId: appointments.personId,
      seatId: appointments.seatId,
      partyId: appointments.onBehalfOfPartyId,
    })
    .from(appointments)
    .where(
      and(
        inArray(appointments.personId, ids),
        validOn(appointments.validFrom, appointments.validTo, day),
      ),
    )
    .orderBy(asc(appointments.validFrom));
  const seatIds = [...new Set(appointed.map((a) => a.seatId))];
  const seatRows = seatIds.length
    ? await db
        .select({
          id: seats.entityId,
          label: seats.label,
          forumId: seats.forumId,
          partyId: seats.partyId,
        })
        .from(seats)
        .where(and(inArray(seats.entityId, seatIds), validOn(seats.validFrom, seats.validTo, day)))
    : [];
  const seatOf = new Map(seatRows.map((s) => [s.id, s]));
  const partyIds = [
    ...holdings.map((h) => h.partyId),
    ...appointed.map((a) => a.partyId ?? seatOf.get(a.seatId)?.partyId ?? null),
  ].filter((id): id is string => id !== null);
  const names = await namesOn(
    db,
    [...new Set(partyIds)],
    [...new Set(seatRows.map((s) => s.forumId))],
    day,
  );
  const add = (personId: string, affiliation: PersonAffiliation) => {
    const list = out.get(personId) ?? [];
    const key = JSON.stringify(affiliation);
    if (list.length >= AFFILIATIONS_PER_PERSON || list.some((a) => JSON.stringify(a) === key)) {
      return;
    }
    out.set(personId, [...list, affiliation]);
  };
  for (const h of holdings) {
    const party = names.party.get(h.partyId);
    add(h.personId, {
      office: h.office,
      seatLabel: null,
      forumName: null,
      partyName: party?.name ?? null,
      partyKind: party?.kind ?? null,
    });
  }
  for (const a of appointed) {
    const seat = seatOf.get(a.seatId);
    if (!seat) continue;
    const party = names.party.get(a.partyId ?? seat.partyId ?? '');
    add(a.personId, {
      office: null,
      seatLabel: seat.label,
      forumName: names.forum.get(seat.forumId) ?? null,
      partyName: party?.name ?? null,
      partyKind: party?.kind ?? null,
    });
  }
  return out;
}
