/** Financing the clusters' secretariat service (issue 14, seed 004): exact money, four models. */
export { allocate, costOfFte, isOre, type Ore } from './allocate';
export { DistributionKeySchema, keyWeights, type DistributionKey, type KeyMember } from './keys';
export {
  FINANCING_MODELS,
  financingProblems,
  simulateFinancing,
  type ClusterCost,
  type FinancingCluster,
  type FinancingInput,
  type FinancingModel,
  type FinancingMunicipality,
  type FinancingProblem,
  type FinancingResult,
  type FinancingRow,
  type Model4Mode,
  type ModelResult,
} from './models';
export {
  formatFte,
  formatKroner,
  formatKronerNumber,
  oreToDecimal,
  parseFte,
  parseKroner,
} from './money';
export {
  csvRecords,
  parsePopulationCsv,
  type PopulationParse,
  type PopulationRowError,
  type PopulationSet,
} from './population';
