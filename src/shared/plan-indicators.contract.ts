/**
 * The indicators of an implementation plan (issue 9, item 2): definitions, values per party and
 * period, the import of values from CSV/XLSX (dry run, per-row Danish errors, all or nothing),
 * and the chart series (periods × values per municipality, the region's value and the target).
 */
import { z } from 'zod';
import { IndicatorDirectionSchema, IndicatorSourceSchema } from './plans.enums';

/**
 * The named public sources a plan may follow: eSundhed's "Monitorering af sundhedsaftaler"
 * (Sundhedsdatastyrelsen), by municipality, region and year. Names and addresses only, as the
 * reference notes (shared/data/REFERENCE-NOTES.md §4) give them; never figures.
 */
export const ESUNDHED_SUNDHEDSAFTALER_URL =
  'https://www.esundhed.dk/Emner/Patienter-og-sygehuse/Sundhedsaftaler';
const READMISSIONS_URL =
  'https://www.esundhed.dk/Emner/Patienter-og-sygehuse/Genindlaeggelser-i-somatik-og-psykiatri';

export const PUBLIC_INDICATOR_SOURCES = [
  {
    key: 'esundhed-forebyggelige-aeldre',
    name: 'Forebyggelige akutte sygehusophold blandt ældre',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: ESUNDHED_SUNDHEDSAFTALER_URL,
  },
  {
    key: 'esundhed-genindlaeggelser-somatik',
    name: 'Akutte somatiske genindlæggelser inden for 30 dage',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: READMISSIONS_URL,
  },
  {
    key: 'esundhed-genindlaeggelser-psykiatri',
    name: 'Akutte psykiatriske genindlæggelser inden for 30 dage',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: READMISSIONS_URL,
  },
  {
    key: 'esundhed-faerdigbehandlingsdage-somatik',
    name: 'Færdigbehandlingsdage (somatik)',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: ESUNDHED_SUNDHEDSAFTALER_URL,
  },
  {
    key: 'esundhed-faerdigbehandlingsdage-psykiatri',
    name: 'Færdigbehandlingsdage (psykiatri)',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: ESUNDHED_SUNDHEDSAFTALER_URL,
  },
  {
    key: 'esundhed-ventetid-genoptraening',
    name: 'Ventetid til almen genoptræning',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: ESUNDHED_SUNDHEDSAFTALER_URL,
  },
  {
    key: 'esundhed-genoptraeningsplaner',
    name: 'Genoptræningsplaner for almen genoptræning',
    publisher: 'Sundhedsdatastyrelsen (eSundhed)',
    url: ESUNDHED_SUNDHEDSAFTALER_URL,
  },
] as const;
export type PublicIndicatorSource = (typeof PUBLIC_INDICATOR_SOURCES)[number];

/** Limits of the indicator routes and the import. */
export const INDICATOR_LIMITS = {
  /** The largest import file, in bytes (CSV or XLSX). */
  maxImportBytes: 5 * 1024 * 1024,
  /** The most data rows one import may hold. */
  maxImportRows: 50_000,
  /** The most parties one series request may name. */
  maxSeriesParties: 120,
  /** The most periods one series answer holds (the newest are kept). */
  maxSeriesPeriods: 400,
} as const;

/** An indicator's handle within its plan (import files name indicators by it). */
export const IndicatorKeySchema = z
  .string()
  .regex(
    /^[A-Za-z0-9æøåÆØÅ][A-Za-z0-9æøåÆØÅ._-]*$/,
    'Nøglen må kun indeholde bogstaver, tal, . - og _',
  )
  .max(120);

/** A period: a year `2025`, a quarter `2025-Q2` or a month `2025-06`. */
export const IndicatorPeriodSchema = z
  .string()
  .regex(
    /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
    'Perioden skal skrives som ÅÅÅÅ, ÅÅÅÅ-Kn (fx 2025-Q2) eller ÅÅÅÅ-MM',
  );

/** A decimal value as text (`12.5`; up to 14 digits before and 6 after the point). */
export const DecimalStringSchema = z
  .string()
  .regex(/^-?\d{1,14}(\.\d{1,6})?$/, 'Tallet skal skrives som fx 12.5');

export const IndicatorParamsSchema = z.object({ id: z.uuid() });
export const IndicatorItemParamsSchema = z.object({ id: z.uuid(), indicatorId: z.uuid() });

const definition = {
  key: IndicatorKeySchema,
  name: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  unit: z.string().trim().min(1).max(60),
  direction: IndicatorDirectionSchema,
  source: IndicatorSourceSchema.default('manual'),
  sourceName: z.string().max(300).default(''),
  sourceUrl: z.url().max(1000).nullable().default(null),
  target: DecimalStringSchema.nullable().default(null),
  targetPeriod: IndicatorPeriodSchema.nullable().default(null),
  goalId: z.uuid().nullable().default(null),
  initiativeId: z.uuid().nullable().default(null),
};

/** Creating an indicator. */
export const IndicatorCreateSchema = z.strictObject(definition);
export type IndicatorCreate = z.infer<typeof IndicatorCreateSchema>;

/** Changing an indicator: any of its fields. */
export const IndicatorUpdateSchema = z.strictObject({
  key: definition.key.optional(),
  name: definition.name.optional(),
  description: z.string().max(5000).optional(),
  unit: definition.unit.optional(),
  direction: IndicatorDirectionSchema.optional(),
  source: IndicatorSourceSchema.optional(),
  sourceName: z.string().max(300).optional(),
  sourceUrl: z.url().max(1000).nullable().optional(),
  target: DecimalStringSchema.nullable().optional(),
  targetPeriod: IndicatorPeriodSchema.nullable().optional(),
  goalId: z.uuid().nullable().optional(),
  initiativeId: z.uuid().nullable().optional(),
});
export type IndicatorUpdate = z.infer<typeof IndicatorUpdateSchema>;

/** An indicator as the API returns it. */
export const IndicatorSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    unit: z.string(),
    direction: IndicatorDirectionSchema,
    source: IndicatorSourceSchema,
    sourceName: z.string(),
    sourceUrl: z.string().nullable(),
    target: z.string().nullable(),
    targetPeriod: z.string().nullable(),
    goalId: z.uuid().nullable(),
    initiativeId: z.uuid().nullable(),
    position: z.int(),
  })
  .meta({ id: 'PlanIndicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** A page of a plan's indicators, with the public sources a new one may name. */
export const IndicatorListSchema = z.object({
  items: z.array(IndicatorSchema),
  total: z.int(),
  publicSources: z.array(
    z.object({ key: z.string(), name: z.string(), publisher: z.string(), url: z.string() }),
  ),
});
export type IndicatorList = z.infer<typeof IndicatorListSchema>;

/** Recording (or replacing) one value. */
export const IndicatorValuePutSchema = z.strictObject({
  partyId: z.uuid(),
  period: IndicatorPeriodSchema,
  value: DecimalStringSchema,
  note: z.string().max(2000).default(''),
});
export type IndicatorValuePut = z.infer<typeof IndicatorValuePutSchema>;

export const IndicatorValueSchema = z.object({
  id: z.uuid(),
  indicatorId: z.uuid(),
  partyId: z.uuid(),
  period: z.string(),
  value: z.string(),
  note: z.string(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** The import's columns, as the file's header names them (Danish). */
export const INDICATOR_IMPORT_COLUMNS = [
  'indikator',
  'kommune',
  'periode',
  'værdi',
  'note',
] as const;

export const IndicatorImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('true').describe('true: only report (default)'),
});

/** A problem of one row of an import file (row numbers as the sheet shows them, header = 1). */
export const FileRowErrorSchema = z.object({
  sheet: z.string().nullable(),
  row: z.int(),
  column: z.string().nullable(),
  message: z.string().describe('Danish'),
  messageEn: z.string(),
});
export type FileRowError = z.infer<typeof FileRowErrorSchema>;

/** What an import did (or would do): counts of values new, changed and unchanged. */
export const IndicatorImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.int(),
    counts: z.object({ new: z.int(), changed: z.int(), unchanged: z.int() }),
    errors: z.array(FileRowErrorSchema),
  })
  .meta({ id: 'IndicatorImportResult' });
export type IndicatorImportResult = z.infer<typeof IndicatorImportResultSchema>;

export const IndicatorSeriesQuerySchema = z.object({
  partyIds: z
    .string()
    .max(40 * INDICATOR_LIMITS.maxSeriesParties)
    .optional()
    .describe('Comma-separated party ids; default: every party with a value'),
});

/** One line of a chart: a party's values, one per period (null = no value). */
export const IndicatorSeriesLineSchema = z.object({
  partyId: z.uuid(),
  name: z.string(),
  isRegion: z.boolean(),
  values: z.array(z.string().nullable()),
});

/** Chart data: periods in order, a line per municipality, the region's line, and the target. */
export const IndicatorSeriesSchema = z
  .object({
    indicator: IndicatorSchema,
    periods: z.array(z.string()),
    lines: z.array(IndicatorSeriesLineSchema),
    region: IndicatorSeriesLineSchema.nullable(),
    target: z.string().nullable(),
    targetPeriod: z.string().nullable(),
  })
  .meta({ id: 'IndicatorSeries' });
export type IndicatorSeries = z.infer<typeof IndicatorSeriesSchema>;
