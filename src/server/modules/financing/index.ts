/**
 * The financing simulator's public surface (issue 14, seed 004; docs/decisions/015).
 * - Routes: `financingModule` (register under /api with the case deps).
 * - Tables: `financingScenarios` (scope resolution), `financingPopulationSets`.
 * - Reads: `loadSetup` (clusters, derived hosts, municipalities and population on a day).
 */
export { financingModule } from './financing.routes';
export { financingPopulationSets, financingScenarios } from './financing.table';
export { computeScenario, loadSetup } from './financing.setup';
