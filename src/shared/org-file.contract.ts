/**
 * The organisation file ("organisation as code", docs/org-file.md): one YAML file describes one
 * whole collaboration: its parties, clusters, fora with seats and composition rules, and
 * optionally (fictional) persons and appointments. References between elements are by key.
 * Every object is strict, so a misspelt field is an error rather than silently ignored.
 *
 * The structured attributes reuse the organisation contracts (`organisation.rules.ts`): born
 * rules and composition rules have the same shape as in the model, except that a reference to
 * another element is its key (`cluster`, `forum`, `forums`) instead of an entity id.
 * docs/org-file.schema.json is generated from these schemas (`npm run docs:schema`).
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  AreaKindSchema,
  FUNCTION_ROLES,
  ForumKindSchema,
  ForumLevelSchema,
  OfficeSchema,
  PARTY_KINDS,
  PartyKindSchema,
  SeatRoleSchema,
  SectorScopeSchema,
  SeveritySchema,
} from './organisation.enums';
import {
  CadenceSchema,
  CompositionRuleSpecSchema,
  ForumSelectorSchema,
  OfficeHoldersOfRepresentedRuleSchema,
  OfficeHoldersRuleSchema,
  PartySelectorSchema,
  RoleHoldersRuleSchema,
  PopulationTierSchema,
  SecretariatSchema,
  VerificationSchema,
} from './organisation.rules';

/** The format version this contract describes. */
export const ORG_FILE_FORMAT = 'samspil/organisation@1' as const;

const KEY = '[A-Za-z0-9æøåÆØÅ][A-Za-z0-9æøåÆØÅ._-]*';

/** A key: letters, digits, `.`, `-` and `_` (`/` and `#` are reserved for seat references). */
export const OrgKeySchema = z
  .string()
  .regex(new RegExp(`^${KEY}$`), 'Nøglen må kun indeholde bogstaver, tal, . - og _')
  .max(120)
  .describe('Key: letters, digits, . - and _; unique among elements of its kind');

/** A seat's key; `#n` names one seat of a counted seat when written out one by one. */
export const SeatKeySchema = z
  .string()
  .regex(new RegExp(`^${KEY}(#[1-9][0-9]*)?$`), 'Nøglen må kun indeholde bogstaver, tal, . - og _')
  .max(120)
  .describe('Seat key, unique within its forum; may end in #n (one seat of a counted seat)');

/**
 * A seat reference `<forumKey>/<seatKey>`, with `#n` for the n-th seat of a seat with `count`
 * (e.g. `ssu/regional#3`).
 */
export const SeatRefSchema = z
  .string()
  .regex(new RegExp(`^${KEY}/${KEY}(#[1-9][0-9]*)?$`), {
    message: 'Pladsen angives som forum/plads eller forum/plads#n',
  })
  .describe('Seat reference: forumKey/seatKey, or forumKey/seatKey#n for a counted seat');

/** A 3-digit municipality code (Danmarks Statistik), e.g. "101"; an unquoted YAML number works. */
export const MunicipalityCodeSchema = z
  .union([
    z.string().regex(/^\d{3}$/, 'Kommunekoden skal have tre cifre'),
    z.int().min(100).max(999),
  ])
  .describe('3-digit municipality code (DST), e.g. "101" for København');

const period = {
  validFrom: IsoDateSchema.optional().describe('First valid day (default: the parent element)'),
  validTo: IsoDateSchema.nullable()
    .optional()
    .describe('Last valid day, inclusive; null = open-ended (default: the parent element)'),
};

/**
 * Verification per fact of an element: fact name (a field of the element, e.g. `members`,
 * `councilSize`, `formula`) → `{ status, source, note }`. Beside the overall `verified` flag.
 */
const verification = {
  verification: VerificationSchema.optional().describe(
    'Verification per fact: fact name → { status: verified|unverified|inferred|conflict, source, note }',
  ),
};

/** A predecessor party (a merger): a party of another (or this) collaboration, by keys. */
export const OrgFilePredecessorSchema = z.strictObject({
  collaboration: OrgKeySchema.describe('Collaboration key of the predecessor party'),
  party: OrgKeySchema.describe('Party key of the predecessor in that collaboration'),
});

/** What every party may have beside its identity: size of its council, predecessors, verification. */
const partyFacts = {
  councilSize: z
    .int()
    .min(1)
    .max(999)
    .optional()
    .describe('Seats of the party’s council (regionsråd, kommunalbestyrelse)'),
  predecessors: z
    .array(OrgFilePredecessorSchema)
    .default([])
    .describe('Parties this one was created from by a merger (collaboration key + party key)'),
  ...verification,
};

/** The collaboration the file describes. */
export const OrgFileCollaborationSchema = z.strictObject({
  key: OrgKeySchema,
  name: z.string().min(1),
  regionName: z.string().min(1).describe('Region as in the reference data, e.g. "Syddanmark"'),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable().optional(),
});

/** A municipality: name, population and source come from the shipped reference data. */
export const OrgFileMunicipalitySchema = z.strictObject({
  kind: z.literal('municipality'),
  code: MunicipalityCodeSchema,
  key: OrgKeySchema.optional().describe('Default: the municipality code'),
  ...partyFacts,
  ...period,
});

const OTHER_PARTY_KINDS = PARTY_KINDS.filter((k) => k !== 'municipality') as [
  Exclude<(typeof PARTY_KINDS)[number], 'municipality'>,
  ...Exclude<(typeof PARTY_KINDS)[number], 'municipality'>[],
];

/** Any other party (region, hospital, PLO, ...), named in the file. */
export const OrgFileOtherPartySchema = z.strictObject({
  kind: z.enum(OTHER_PARTY_KINDS),
  key: OrgKeySchema,
  name: z.string().min(1),
  parent: OrgKeySchema.optional().describe('Parent party key (hospital → region)'),
  verified: z.boolean().default(true),
  source: z.string().optional(),
  ...partyFacts,
  ...period,
});

/** A party of the collaboration. */
export const OrgFilePartySchema = z.discriminatedUnion('kind', [
  OrgFileMunicipalitySchema,
  OrgFileOtherPartySchema,
]);

/** A municipality's membership of a cluster. */
export const OrgFileClusterMemberSchema = z.strictObject({
  municipality: MunicipalityCodeSchema,
  partial: z.boolean().default(false).describe('Split municipality (København: Byen and Syd)'),
  verified: z.boolean().default(true),
  source: z.string().optional(),
  note: z.string().optional(),
  ...verification,
  ...period,
});

/** An area: a health cluster around an acute hospital, or a health council's area (`kind`). */
export const OrgFileClusterSchema = z.strictObject({
  key: OrgKeySchema,
  kind: AreaKindSchema.default('cluster').describe(
    'cluster (a health cluster, 2022–2026) or healthCouncilArea (a health council’s area, 2027–)',
  ),
  name: z.string().min(1),
  reference: z
    .string()
    .optional()
    .describe('Name of the row in reference/dk-health-clusters.csv to check members against'),
  acuteHospital: OrgKeySchema.optional().describe('Party key of the acute hospital'),
  verified: z.boolean().default(true),
  source: z.string().optional(),
  ...verification,
  members: z.array(OrgFileClusterMemberSchema).default([]),
  ...period,
});

/** Who appoints to a seat: a forum (by key) or a party (by key). */
export const OrgFileAppointerSchema = z.union([
  z.strictObject({ forum: OrgKeySchema }),
  z.strictObject({ party: OrgKeySchema }),
]);

const keyedPartySelector = z.discriminatedUnion('of', [
  PartySelectorSchema.options[0].strict(),
  PartySelectorSchema.options[1]
    .omit({ clusterId: true })
    .extend({ cluster: OrgKeySchema })
    .strict(),
  PartySelectorSchema.options[2].strict(),
  PartySelectorSchema.options[3]
    .omit({ partyIds: true })
    .extend({
      parties: z
        .array(z.union([OrgKeySchema, MunicipalityCodeSchema]))
        .min(1)
        .describe('Party keys (a municipality: its key, by default its code)'),
    })
    .strict(),
]);

const keyedForumSelector = z.discriminatedUnion('of', [
  ForumSelectorSchema.options[0].strict(),
  ForumSelectorSchema.options[1]
    .omit({ forumIds: true })
    .extend({ forums: z.array(OrgKeySchema).min(1) })
    .strict(),
]);

/** A born rule as in `BornRuleSchema`, with forum and cluster references by key. */
export const OrgFileBornRuleSchema = z.discriminatedUnion('kind', [
  OfficeHoldersRuleSchema.extend({
    parties: keyedPartySelector,
    substitute: OfficeHoldersRuleSchema.shape.substitute.unwrap().strict().optional(),
  }).strict(),
  RoleHoldersRuleSchema.extend({ forums: keyedForumSelector }).strict(),
  OfficeHoldersOfRepresentedRuleSchema.omit({ forumId: true })
    .extend({ forum: OrgKeySchema })
    .strict(),
]);

/** One seat (or `count` identical seats) of a forum. */
export const OrgFileSeatSchema = z.strictObject({
  key: SeatKeySchema,
  role: SeatRoleSchema.default('member'),
  label: z.string().min(1),
  partyKind: PartyKindSchema.optional(),
  party: OrgKeySchema.optional(),
  cluster: OrgKeySchema.optional(),
  appointedBy: OrgFileAppointerSchema.optional(),
  termYears: z.int().min(1).max(12).optional(),
  isFunction: z
    .boolean()
    .default(false)
    .describe(`Function seat (${FUNCTION_ROLES.join(', ')}): adds a role to an existing member`),
  count: z.int().min(1).max(99).optional().describe('Expands to seats key#1 … key#n'),
  born: OrgFileBornRuleSchema.optional().describe('Born (ex officio) rule; absent = appointed'),
  politicalParty: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('Political party (list letter) the seat is reserved for (KKR’s extra members)'),
  note: z.string().optional().describe('Free text for readers; not stored'),
  ...period,
});

const ruleMeta = {
  key: OrgKeySchema.optional().describe('Default: derived from kind and parameters'),
  severity: SeveritySchema.default('error'),
  ...verification,
  ...period,
};

/** A composition rule: `CompositionRuleSpecSchema` plus key, severity and validity. */
export const OrgFileRuleSchema = z.discriminatedUnion('kind', [
  CompositionRuleSpecSchema.options[0].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[1].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[2].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[3].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[4].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[5].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[6].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[7]
    .extend({ ...ruleMeta, tiers: z.array(PopulationTierSchema.strict()).default([]) })
    .strict(),
  CompositionRuleSpecSchema.options[8].extend(ruleMeta).strict(),
  CompositionRuleSpecSchema.options[9].extend(ruleMeta).strict(),
]);

/** A forum's secretariat by party keys (`SecretariatSchema` with optional parts). */
export const OrgFileSecretariatSchema = SecretariatSchema.extend({
  servedBy: z.array(OrgKeySchema).default([]),
  paidBy: z.array(OrgKeySchema).default([]),
  note: z.string().optional(),
}).strict();

/** Meetings a year as `CadenceSchema`, but `max` may be left out (= no upper bound). */
export const OrgFileCadenceSchema = z
  .strictObject({
    min: CadenceSchema.shape.min,
    max: CadenceSchema.shape.max.default(null),
  })
  .refine((c) => c.max === null || c.min <= c.max, { message: 'min must not exceed max' });

/** A forum (body) with its seats and composition rules. */
export const OrgFileForumSchema = z.strictObject({
  key: OrgKeySchema,
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  level: ForumLevelSchema,
  kind: ForumKindSchema,
  scope: SectorScopeSchema,
  cluster: OrgKeySchema.optional().describe(
    'Area key: the cluster of a cluster forum, the health council area of a health council',
  ),
  owner: OrgKeySchema.optional().describe(
    'Party key of the party whose body this is (a health council: its region)',
  ),
  reportsTo: OrgKeySchema.optional().describe('Forum key'),
  cadence: OrgFileCadenceSchema.optional(),
  agendaDeadlineWorkingDays: z.int().min(0).max(60).optional(),
  secretariat: OrgFileSecretariatSchema.optional(),
  charter: z.string().optional(),
  mustTasks: z.array(z.string().min(1)).default([]),
  mayTasks: z.array(z.string().min(1)).default([]),
  decisionCompetence: z.string().optional(),
  successors: z.array(OrgKeySchema).default([]).describe('Forum keys taking over open work'),
  seats: z.array(OrgFileSeatSchema).default([]),
  rules: z.array(OrgFileRuleSchema).default([]),
  ...verification,
  ...period,
});

/** An office a (fictional) person holds in a party. */
export const OrgFileOfficeSchema = z.strictObject({
  party: OrgKeySchema,
  office: OfficeSchema,
  ...period,
});

/** A person. Only fictional persons belong in files (demo and test data). */
export const OrgFilePersonSchema = z.strictObject({
  key: OrgKeySchema,
  name: z.string().min(1),
  email: z.email().optional(),
  fictional: z.literal(true).describe('Must be true: real persons are entered in the app'),
  politicalParty: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('Political party (list letter) the person represents'),
  offices: z.array(OrgFileOfficeSchema).default([]),
});

/** A person appointed to an appointed seat. */
export const OrgFileAppointmentSchema = z.strictObject({
  seat: SeatRefSchema,
  person: OrgKeySchema,
  onBehalfOf: OrgKeySchema.optional().describe('Party key; default the seat’s party'),
  substitute: OrgKeySchema.optional().describe('Person key'),
  appointedBy: OrgFileAppointerSchema.optional(),
  termEnd: IsoDateSchema.optional(),
  ...period,
});

/** One organisation file: one whole collaboration. */
export const OrgFileSchema = z
  .strictObject({
    format: z.literal(ORG_FILE_FORMAT).optional(),
    collaboration: OrgFileCollaborationSchema,
    parties: z.array(OrgFilePartySchema).default([]),
    clusters: z.array(OrgFileClusterSchema).default([]),
    fora: z.array(OrgFileForumSchema).default([]),
    persons: z.array(OrgFilePersonSchema).default([]),
    appointments: z.array(OrgFileAppointmentSchema).default([]),
    defaults: z
      .unknown()
      .optional()
      .describe('Free YAML for anchors reused with merge keys (`<<: *anchor`); not read otherwise'),
  })
  .meta({
    title: 'Samspil organisation file',
    description: 'One collaboration as code: parties, clusters, fora, seats and rules (YAML)',
  });

export type OrgFile = z.infer<typeof OrgFileSchema>;
export type OrgFileInput = z.input<typeof OrgFileSchema>;
export type OrgFileParty = z.infer<typeof OrgFilePartySchema>;
export type OrgFileCluster = z.infer<typeof OrgFileClusterSchema>;
export type OrgFileClusterMember = z.infer<typeof OrgFileClusterMemberSchema>;
export type OrgFileForum = z.infer<typeof OrgFileForumSchema>;
export type OrgFileSeat = z.infer<typeof OrgFileSeatSchema>;
export type OrgFileRule = z.infer<typeof OrgFileRuleSchema>;
export type OrgFileBornRule = z.infer<typeof OrgFileBornRuleSchema>;
export type OrgFileAppointer = z.infer<typeof OrgFileAppointerSchema>;
export type OrgFilePerson = z.infer<typeof OrgFilePersonSchema>;
export type OrgFileAppointment = z.infer<typeof OrgFileAppointmentSchema>;

/** A problem found in a file, located in the YAML text (1-based line and column). */
export const OrgFileProblemSchema = z.object({
  path: z.string().describe('Dotted path in the file, e.g. fora.2.seats.0.born.forum'),
  line: z.int(),
  column: z.int(),
  message: z.string().describe('Danish'),
  messageEn: z.string(),
});
export type OrgFileProblem = z.infer<typeof OrgFileProblemSchema>;

/** The JSON Schema of the file (zod's `z.toJSONSchema` of `OrgFileSchema`, input side). */
export function orgFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OrgFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, $id: 'https://samspil.dk/schemas/org-file.schema.json' };
}

/** The text of docs/org-file.schema.json (`npm run docs:schema` writes it). */
export function orgFileJsonSchemaText(): string {
  return `${JSON.stringify(orgFileJsonSchema(), null, 2)}\n`;
}

/** What an import touches, per kind of element. */
export const ORG_IMPORT_KINDS = [
  'collaboration',
  'party',
  'cluster',
  'clusterMembership',
  'forum',
  'seat',
  'compositionRule',
  'person',
  'officeHolding',
  'appointment',
] as const;
export const OrgImportKindSchema = z.enum(ORG_IMPORT_KINDS);
export type OrgImportKind = z.infer<typeof OrgImportKindSchema>;

/** The changes of one kind: keys created, changed (with the fields), ended, and not in the file. */
export const OrgImportKindDiffSchema = z.object({
  kind: OrgImportKindSchema,
  created: z.array(z.string()),
  changed: z.array(z.object({ key: z.string(), fields: z.array(z.string()) })),
  ended: z.array(z.string()).describe('Not in the file and ended (prune)'),
  missing: z.array(z.string()).describe('Not in the file; left as they are without prune'),
});
export type OrgImportKindDiff = z.infer<typeof OrgImportKindDiffSchema>;

/** The diff of an import (what a dry run would do, or what a real import did). */
export const OrgImportDiffSchema = z
  .object({
    collaborationKey: z.string(),
    collaborationCreated: z.boolean(),
    effectiveFrom: IsoDateSchema,
    dryRun: z.boolean(),
    prune: z.boolean(),
    /** True when the database already matches the file: nothing was (or would be) written. */
    noop: z.boolean(),
    counts: z.object({
      created: z.int(),
      changed: z.int(),
      ended: z.int(),
      missing: z.int(),
    }),
    kinds: z.array(OrgImportKindDiffSchema),
    /** Office holdings and appointments of real persons: managed in the app, never by files. */
    skippedFacts: z.int(),
  })
  .meta({ id: 'OrgImportDiff' });
export type OrgImportDiff = z.infer<typeof OrgImportDiffSchema>;

/** The reply of an import: the diff and the file's warnings. */
export const OrgImportResultSchema = z.object({
  diff: OrgImportDiffSchema,
  warnings: z.array(OrgFileProblemSchema),
});
export type OrgImportResult = z.infer<typeof OrgImportResultSchema>;

/** The reply of a check: problems located in the text, and the day composition was checked on. */
export const OrgFileCheckResultSchema = z
  .object({
    valid: z.boolean(),
    date: IsoDateSchema.nullable(),
    errors: z.array(OrgFileProblemSchema),
    warnings: z.array(OrgFileProblemSchema),
  })
  .meta({ id: 'OrgFileCheckResult' });
export type OrgFileCheckResult = z.infer<typeof OrgFileCheckResultSchema>;
