/**
 * Persons (global, across collaborations) and what they hold: offices in parties and
 * appointments to seats. A person may be linked to a user account (`user_id`) so that, for
 * example, only a forum's members see its closed agenda items.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { OFFICES } from '../../../shared/organisation.enums';
import type { Appointer } from '../../../shared/organisation.rules';
import { users } from '../auth/index';
import { factColumns, factIndexes } from './org-columns';

/** A person. Not versioned: names and e-mails are corrected in place (the audit log keeps both). */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Optional stable handle for the importer; unique when set. */
    key: text('key'),
    name: text('name').notNull(),
    email: text('email'),
    userId: uuid('user_id').references(() => users.id),
    /** True for demo data; real names never go into fixtures. */
    fictional: boolean('fictional').notNull().default(false),
    /** The political party (list letter or name) the person represents, for political seats. */
    politicalParty: text('political_party'),
    /** The last day the person took part (set by "end person"); informational. */
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_user_unique')
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
    uniqueIndex('persons_key_unique')
      .on(t.key)
      .where(sql`${t.key} is not null`),
    index('persons_email_idx').on(sql`lower(${t.email})`),
  ],
);

/** A person holding an office in a party for a period (the mayor of Vejle from ... to ...). */
export const officeHoldings = pgTable(
  'office_holdings',
  {
    ...factColumns(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    partyId: uuid('party_id').notNull(),
    office: text('office', { enum: OFFICES }).notNull(),
  },
  (t) => [
    ...factIndexes('office_holdings', t),
    index('office_holdings_person_idx').on(t.personId),
    index('office_holdings_party_idx').on(t.partyId, t.office, t.validFrom),
  ],
);

/** A person appointed to a seat for a period, with a substitute and whom they represent. */
export const appointments = pgTable(
  'appointments',
  {
    ...factColumns(),
    seatId: uuid('seat_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    onBehalfOfPartyId: uuid('on_behalf_of_party_id'),
    substitutePersonId: uuid('substitute_person_id').references(() => persons.id),
    appointedBy: jsonb('appointed_by').$type<Appointer>(),
    termEnd: date('term_end', { mode: 'string' }),
  },
  (t) => [
    ...factIndexes('appointments', t),
    index('appointments_seat_idx').on(t.seatId, t.validFrom),
    index('appointments_person_idx').on(t.personId),
    index('appointments_substitute_idx').on(t.substitutePersonId),
  ],
);
