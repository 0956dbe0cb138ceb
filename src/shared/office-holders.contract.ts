/**
 * The office-holder import (issue 11): a CSV or XLSX file of real office holders (one row per
 * office) → a plan (persons to create or match, holdings to start and end, the born seats that
 * fill) shown as a dry run, then written in one transaction. See
 * src/domain/organisation/office-holders-plan.ts.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { BreachSchema } from './organisation.contract';
import { OfficeSchema } from './organisation.enums';
import { FileRowErrorSchema } from './plan-indicators.contract';

/** The limits of one upload: bytes of the file, data rows. */
export const OFFICE_HOLDER_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 1000 } as const;

/** The template's header (Danish, as the file is read) and one example row. */
export const OFFICE_HOLDER_TEMPLATE = {
  header: ['Kommune', 'Embede', 'Navn', 'E-mail', 'Titel', 'Gyldig fra'],
  example: [
    'Vejle',
    'borgmester',
    'Fornavn Efternavn',
    'navn@kommune.dk',
    'Borgmester',
    '1.1.2026',
  ],
} as const;

export const OfficeHolderImportParamsSchema = z.object({ id: z.uuid() });

export const OfficeHolderImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('true').describe('true: only answer the plan'),
  acknowledgeBreaches: z
    .enum(['true', 'false'])
    .default('false')
    .describe('Load even when the composition gets new breaches'),
});

const TextPairSchema = z.object({ da: z.string(), en: z.string() });

/** Who a row names: an existing person (matched by e-mail or by name in the party) or a new one. */
export const PlannedPersonSchema = z.object({
  ref: z.string().describe('The person id, or new:<n> for a person the load creates'),
  isNew: z.boolean(),
  name: z.string(),
  email: z.string().nullable(),
  matchedBy: z.enum(['email', 'nameInParty', 'new']),
});

/** A holding that ends because the row's person takes over the office. */
export const PlannedEndSchema = z.object({
  holdingId: z.string(),
  personId: z.string(),
  personName: z.string(),
  lastDay: IsoDateSchema,
});

export const PlannedRowSchema = z.object({
  row: z.int(),
  partyId: z.string(),
  partyName: z.string(),
  office: OfficeSchema,
  title: z.string().nullable(),
  validFrom: IsoDateSchema,
  person: PlannedPersonSchema,
  action: z.enum(['start', 'unchanged']),
  ends: z.array(PlannedEndSchema),
  notes: z.array(TextPairSchema),
});

/** A born seat that one of the rows fills (on `date`, the row's valid-from). */
export const FilledBornSeatSchema = z.object({
  row: z.int(),
  date: IsoDateSchema,
  forumId: z.string(),
  forumName: z.string(),
  seatId: z.string(),
  seatLabel: z.string(),
  partyId: z.string().nullable(),
  partyName: z.string().nullable(),
  personRef: z.string(),
  personName: z.string(),
  previousPersonId: z.string().nullable(),
  previousPersonName: z.string().nullable(),
});

export const OfficeHolderPlanSchema = z.object({
  rows: z.array(PlannedRowSchema),
  newPersons: z.array(PlannedPersonSchema),
  bornSeats: z.array(FilledBornSeatSchema),
  errors: z.array(FileRowErrorSchema),
  counts: z.object({
    rows: z.int(),
    starts: z.int(),
    ends: z.int(),
    unchanged: z.int(),
    newPersons: z.int(),
    bornSeats: z.int(),
  }),
});
export type OfficeHolderPlan = z.infer<typeof OfficeHolderPlanSchema>;
export type PlannedRow = z.infer<typeof PlannedRowSchema>;
export type PlannedPerson = z.infer<typeof PlannedPersonSchema>;
export type FilledBornSeat = z.infer<typeof FilledBornSeatSchema>;

/** The answer of the route: the plan, and for a real run what was written. */
export const OfficeHolderImportResultSchema = z.object({
  dryRun: z.boolean(),
  collaborationId: z.string(),
  plan: OfficeHolderPlanSchema,
  newBreaches: z.array(BreachSchema),
  written: z
    .object({
      personsCreated: z.int(),
      holdingsStarted: z.int(),
      holdingsEnded: z.int(),
      /** The holding ids the load created, by row. */
      holdingIds: z.record(z.string(), z.string()),
    })
    .nullable(),
});
export type OfficeHolderImportResult = z.infer<typeof OfficeHolderImportResultSchema>;
