/**
 * The financing simulator's API contract (issue 14, seed 004): the setup derived from the
 * organisation on a day, dated population sets, saved scenarios with their computed four models,
 * the comparison, the agenda item and the recorded decision. Money is integer øre, FTE integer
 * hundredths. Shared by server and web.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

export const FINANCING_LIMITS = {
  name: 200,
  /** The largest DKK per FTE, in øre (100 million kroner). */
  maxRate: 10_000_000_000,
  /** The largest FTE per cluster, in hundredths. */
  maxFte: 100_000,
  uploadBytes: 200_000,
  compareMax: 6,
  pageMax: 100,
  pageDefault: 20,
} as const;

/** By population, in equal shares, or a weighted mix (the population part in whole percent). */
export const FinancingKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('population') }),
  z.object({ kind: z.literal('equal') }),
  z.object({ kind: z.literal('mix'), populationPercent: z.number().int().min(0).max(100) }),
]);
export type FinancingKey = z.infer<typeof FinancingKeySchema>;

export const MODEL4_MODES = ['secretariatStaff', 'fundsToHosts'] as const;
export const Model4ModeSchema = z.enum(MODEL4_MODES);
export const FinancingModelSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
]);

const Id = z.string().uuid();

// ---------------------------------------------------------------- setup

export const SetupQuerySchema = z.object({
  asOf: IsoDateSchema,
  /** The population year to use; default the latest loaded ≤ the date, else the reference file. */
  populationYear: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const CollaborationParamsSchema = z.object({ id: Id });

export const PopulationChoiceSchema = z.object({
  year: z.number().int(),
  source: z.string(),
  /** `reference`: the shipped reference file; `uploaded`: a loaded population set. */
  kind: z.enum(['reference', 'uploaded']),
});
export type PopulationChoice = z.infer<typeof PopulationChoiceSchema>;

export const SetupClusterSchema = z.object({
  id: Id,
  name: z.string(),
  hostCode: z.string().nullable(),
  hostName: z.string().nullable(),
  memberCodes: z.array(z.string()),
});

export const SetupMunicipalitySchema = z.object({
  code: z.string(),
  name: z.string(),
  population: z.number().int(),
});

export const FinancingSetupSchema = z.object({
  collaborationId: Id,
  collaborationName: z.string(),
  asOf: IsoDateSchema,
  clusters: z.array(SetupClusterSchema),
  municipalities: z.array(SetupMunicipalitySchema),
  population: PopulationChoiceSchema,
  populationYears: z.array(PopulationChoiceSchema),
});
export type FinancingSetup = z.infer<typeof FinancingSetupSchema>;

// ---------------------------------------------------------------- population sets

export const PopulationUploadSchema = z.object({
  /** CSV text with the columns code, population, year, source. */
  csv: z.string().min(1).max(FINANCING_LIMITS.uploadBytes),
});
export const PopulationSetSchema = z.object({
  id: Id,
  year: z.number().int(),
  source: z.string(),
  count: z.number().int(),
});
export const PopulationSetListSchema = z.object({ items: z.array(PopulationSetSchema) });

// ---------------------------------------------------------------- scenarios

export const ScenarioClusterInputSchema = z.object({
  clusterId: Id,
  fteHundredths: z.number().int().min(0).max(FINANCING_LIMITS.maxFte),
  ratePerFte: z.number().int().min(0).max(FINANCING_LIMITS.maxRate),
});

export const ScenarioInputSchema = z.object({
  collaborationId: Id,
  name: z.string().trim().min(1).max(FINANCING_LIMITS.name),
  asOf: IsoDateSchema,
  populationYear: z.number().int().min(1900).max(2200).nullable(),
  clusters: z.array(ScenarioClusterInputSchema).max(200),
  key: FinancingKeySchema,
  secretariatKey: FinancingKeySchema,
  model4Mode: Model4ModeSchema,
});
export type ScenarioInput = z.infer<typeof ScenarioInputSchema>;
export const ScenarioUpdateSchema = ScenarioInputSchema.omit({ collaborationId: true });

export const FinancingRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  pays: z.number().int(),
  receives: z.number().int(),
  net: z.number().int(),
});
export const ModelResultSchema = z.object({
  model: FinancingModelSchema,
  cost: z.number().int(),
  rows: z.array(FinancingRowSchema),
  secretariatReceives: z.number().int(),
});
export type ModelResultView = z.infer<typeof ModelResultSchema>;

export const ScenarioClusterSchema = z.object({
  id: Id,
  name: z.string(),
  hostCode: z.string().nullable(),
  hostName: z.string().nullable(),
  fteHundredths: z.number().int(),
  ratePerFte: z.number().int(),
  cost: z.number().int(),
});

export const ProblemSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.string()),
});

/** The computed result stored with a scenario. */
export const ScenarioResultSchema = z.object({
  ok: z.boolean(),
  total: z.number().int(),
  clusters: z.array(ScenarioClusterSchema),
  models: z.array(ModelResultSchema),
  problems: z.array(ProblemSchema),
  population: PopulationChoiceSchema,
});
export type ScenarioResult = z.infer<typeof ScenarioResultSchema>;

export const ScenarioDecisionSchema = z.object({
  model: FinancingModelSchema,
  forumId: Id,
  forumName: z.string(),
  meetingId: Id,
  itemId: Id,
  on: IsoDateSchema,
});

export const ScenarioSchema = z.object({
  id: Id,
  collaborationId: Id,
  name: z.string(),
  asOf: IsoDateSchema,
  populationYear: z.number().int().nullable(),
  key: FinancingKeySchema,
  secretariatKey: FinancingKeySchema,
  model4Mode: Model4ModeSchema,
  result: ScenarioResultSchema,
  agendaItem: z.object({ meetingId: Id, itemId: Id }).nullable(),
  decision: ScenarioDecisionSchema.nullable(),
  updatedAt: z.string(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioParamsSchema = z.object({ id: Id });
export const ScenarioListQuerySchema = z.object({
  collaborationId: Id,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(FINANCING_LIMITS.pageMax)
    .default(FINANCING_LIMITS.pageDefault),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const ScenarioSummarySchema = z.object({
  id: Id,
  name: z.string(),
  asOf: IsoDateSchema,
  total: z.number().int(),
  ok: z.boolean(),
  chosenModel: FinancingModelSchema.nullable(),
  updatedAt: z.string(),
});
export const ScenarioListSchema = z.object({
  items: z.array(ScenarioSummarySchema),
  total: z.number().int(),
});

export const CompareQuerySchema = z.object({
  /** Comma-separated scenario ids (two or more). */
  ids: z
    .string()
    .max(40 * FINANCING_LIMITS.compareMax)
    .transform((s) => s.split(',').map((p) => p.trim()))
    .pipe(z.array(Id).min(2).max(FINANCING_LIMITS.compareMax)),
});
export const ComparisonSchema = z.object({
  scenarios: z.array(
    z.object({
      id: Id,
      name: z.string(),
      total: z.number().int(),
      /** The cost of each model, by model number 1–4. */
      modelCosts: z.array(z.number().int()),
    }),
  ),
  /** Per municipality and model, the net of each scenario (same order as `scenarios`). */
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nets: z.array(z.array(z.number().int().nullable())),
    }),
  ),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const PutOnAgendaSchema = z.object({
  meetingId: Id,
  /** The other scenarios the item compares (besides this one). */
  alsoScenarioIds: z.array(Id).max(FINANCING_LIMITS.compareMax).default([]),
  title: z.string().trim().min(1).max(300).optional(),
});
export const RecordDecisionSchema = z.object({
  model: FinancingModelSchema,
  /** The decision's wording; default a sentence naming the scenario and the model. */
  text: z.string().trim().min(1).max(4000).optional(),
});
