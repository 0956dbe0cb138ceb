/**
 * The reform as an operation the product performs (issue 7): a collaboration (or several, for a
 * merger) is reorganised as of a day into a successor model given as an organisation file. The
 * old fora end the day before, each is mapped to one or several successor fora (default by
 * municipality overlap, editable per forum), and the open work is carried over in one audited
 * change whose before/after counts must match. A dry run (the default) answers the same preview
 * and writes nothing.
 *
 * Used by `POST /api/org/reorganisations`, the reform wizard in the web app, the CLI
 * (`npm run samspil -- org reform`) and an org-file import that ends fora (`carryOver=true`).
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { ForumKindSchema, ForumLevelSchema } from './organisation.enums';
import { BreachSchema } from './organisation.contract';
import {
  OrgFileProblemSchema,
  OrgImportDiffSchema,
  OrgImportResultSchema,
} from './org-file.contract';

/** The most collaborations one reorganisation may merge. */
export const MAX_REFORM_SOURCES = 10;
/** The largest successor file accepted (characters), as for org-file imports. */
export const MAX_REFORM_FILE_CHARS = 2_000_000;

/**
 * Where the successor model goes: `continue` applies it to the (single) source collaboration,
 * which carries on from the effective date (the South Danish reform: same collaboration, new fora);
 * `new` creates (or updates) the collaboration the file names and ends the sources (a merger:
 * Region Hovedstaden's and Region Sjælland's collaborations become Region Østdanmark's).
 */
export const REFORM_TARGETS = ['continue', 'new'] as const;
export const ReformTargetSchema = z.enum(REFORM_TARGETS);
export type ReformTarget = z.infer<typeof ReformTargetSchema>;

/** One old forum's successors, chosen by hand: successor fora named by their key in the file. */
export const ReformMappingOverrideSchema = z.object({
  fromForumId: z.uuid(),
  /** Successor forum keys in the successor file; the first takes the open work. Empty = none. */
  toForumKeys: z.array(z.string().min(1).max(120)).max(50),
});
export type ReformMappingOverride = z.infer<typeof ReformMappingOverrideSchema>;

/** The request: sources, day, successor model, optional per-forum mapping overrides. */
export const ReformRequestSchema = z.object({
  sourceCollaborationIds: z.array(z.uuid()).min(1).max(MAX_REFORM_SOURCES),
  /** The first day of the new organisation; the old fora's last day is the day before. */
  effectiveDate: IsoDateSchema,
  /** The successor model: an organisation file (YAML), as for `POST /api/org/files/import`. */
  successorYaml: z.string().min(1).max(MAX_REFORM_FILE_CHARS),
  /** Default: `continue` for one source, `new` for several. */
  target: ReformTargetSchema.optional(),
  /** Per old forum; fora left out get the default mapping. */
  mappings: z.array(ReformMappingOverrideSchema).max(2000).default([]),
  acknowledgeBreaches: z.boolean().default(false),
  /** true (the default): carry everything out, answer the preview and roll back (writes nothing). */
  dryRun: z.boolean().default(true),
});
export type ReformRequest = z.infer<typeof ReformRequestSchema>;
export type ReformRequestInput = z.input<typeof ReformRequestSchema>;

/** Why a successor was proposed. */
export const REFORM_MAPPING_BASES = ['sameKey', 'overlap', 'manual', 'none'] as const;
export const ReformMappingBasisSchema = z.enum(REFORM_MAPPING_BASES);
export type ReformMappingBasis = z.infer<typeof ReformMappingBasisSchema>;

/** A forum as the preview shows it. */
export const ReformForumRefSchema = z.object({
  /** The entityId; null for a successor that the dry run would create. */
  id: z.string().nullable(),
  key: z.string(),
  name: z.string(),
  level: ForumLevelSchema,
  kind: ForumKindSchema,
  collaborationId: z.string().nullable(),
});
export type ReformForumRef = z.infer<typeof ReformForumRefSchema>;

/** One old forum and its successors (the first takes the open work). */
export const ReformMappingSchema = z.object({
  from: ReformForumRefSchema,
  to: z.array(
    ReformForumRefSchema.extend({
      /** Municipalities the old and the successor forum have in common. */
      overlap: z.int().min(0),
    }),
  ),
  basis: ReformMappingBasisSchema,
});
export type ReformMapping = z.infer<typeof ReformMappingSchema>;

/** The kinds of open work counted before and after. */
export const REFORM_COUNT_KINDS = [
  'openCases',
  'openCaseSteps',
  'futureMeetings',
  'meetingSeries',
  'openAgendaItems',
  'continuingAppointments',
  'continuingOfficeHoldings',
] as const;
export const ReformCountKindSchema = z.enum(REFORM_COUNT_KINDS);
export type ReformCountKind = z.infer<typeof ReformCountKindSchema>;

/**
 * Open work of one kind: `before` on the old fora (as of the last day), `after` found at the
 * successors (or explicitly ended and listed in `ended`). The reorganisation is refused (and
 * rolled back) when they differ, so nothing is silently dropped.
 */
export const ReformCountSchema = z.object({
  kind: z.string().describe('A REFORM_COUNT_KINDS value, or a later module’s own kind'),
  before: z.int().min(0),
  after: z.int().min(0),
});
export type ReformCount = z.infer<typeof ReformCountSchema>;

/** Something that could not be carried to a successor and was ended instead, by name. */
export const ReformEndedItemSchema = z.object({
  kind: z.string(),
  id: z.string(),
  /** A readable description, e.g. "Anna Prøvesen (demo), Formand — KKR Syddanmark". */
  label: z.string(),
  reason: z.string(),
});

/** What a carry-over handler moved. */
export const ReformCarriedOverSchema = z.object({
  handler: z.string(),
  summary: z.string(),
  movedIds: z.array(z.string()),
});

/** The preview (dry run) or the outcome of a reorganisation. */
export const ReformResultSchema = z
  .object({
    dryRun: z.boolean(),
    /** The reorganisation's id (null in a dry run). */
    id: z.string().nullable(),
    effectiveDate: IsoDateSchema,
    lastDay: IsoDateSchema,
    target: ReformTargetSchema,
    sources: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
    targetCollaboration: z.object({
      /** Null in a dry run that would create it. */
      id: z.string().nullable(),
      key: z.string(),
      name: z.string(),
      created: z.boolean(),
    }),
    /** The successor model's import (created, changed, ended elements). */
    importDiff: OrgImportDiffSchema,
    /** Successor fora valid on the effective date: the choices for editing a mapping. */
    candidates: z.array(ReformForumRefSchema),
    mappings: z.array(ReformMappingSchema),
    counts: z.array(ReformCountSchema),
    ended: z.array(ReformEndedItemSchema),
    carriedOver: z.array(ReformCarriedOverSchema),
    newBreaches: z.array(BreachSchema),
    warnings: z.array(OrgFileProblemSchema),
  })
  .meta({ id: 'ReformResult' });
export type ReformResult = z.infer<typeof ReformResultSchema>;

/** One reorganisation carried out, as listed for a collaboration. */
export const ReorganisationSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(['reform', 'import']),
  effectiveDate: IsoDateSchema,
  sources: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  target: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  counts: z.array(ReformCountSchema),
  createdAt: z.string(),
});
export type ReorganisationSummary = z.infer<typeof ReorganisationSummarySchema>;

export const ReorganisationListSchema = z.object({
  items: z.array(ReorganisationSummarySchema),
  /** Whether more rows follow the page (ask again with `offset + limit`). */
  more: z.boolean(),
});

/** `GET /api/org/reorganisations`: a collaboration's (as source or target), newest first. */
export const ReorganisationListQuerySchema = z.object({
  collaborationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ReorganisationListQuery = z.infer<typeof ReorganisationListQuerySchema>;
export type ReorganisationList = z.infer<typeof ReorganisationListSchema>;

/**
 * What an org-file import with `carryOver=true` carried over when it ended fora and created new
 * ones (the same mapping, carry-over and counts as a reform). Null when it ended none.
 */
export const ImportCarryOverSchema = z.object({
  /** The reorganisation's id (null in a dry run). */
  id: z.string().nullable(),
  effectiveDate: IsoDateSchema,
  mappings: z.array(ReformMappingSchema),
  counts: z.array(ReformCountSchema),
  ended: z.array(ReformEndedItemSchema),
  carriedOver: z.array(ReformCarriedOverSchema),
});
export type ImportCarryOver = z.infer<typeof ImportCarryOverSchema>;

/** The import's answer with its carry-over (`POST /api/org/files/import?carryOver=true`). */
export const OrgImportWithCarryOverSchema = OrgImportResultSchema.extend({
  carryOver: ImportCarryOverSchema.nullable().optional(),
});
export type OrgImportWithCarryOver = z.infer<typeof OrgImportWithCarryOverSchema>;
