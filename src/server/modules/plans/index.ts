/**
 * The plans module's public surface (issue 9, docs/design/plans.md). Other modules (rounds,
 * heatmap, files) import only from here.
 *
 * - Routes: `plansModule` (register under /api with `{ db }`); `registerPlansCarryOver()` once
 *   before (ownership passes to the successor forum on a reorganisation).
 * - Reads: `loadPlan(db, planId)` → `{ row, scale }` or null, `requirePlan` (404 when none);
 *   `initiativesOn` (a plan's initiatives valid on a day); `subjectUniverse`,
 *   `initiativeSubjects`, `planSubjects` (whose degrees an initiative has, on a day);
 *   `degreeLabel(scale, key, lang)` and `scaleView(scale)`; `currentDegrees`;
 *   `ownerOn`/`ownersOf` (the owning forum over time).
 */
export { plansModule } from './plugin';
export type { PlansDeps } from './plans.deps';
export { carryOverForumPlans, registerPlansCarryOver } from './carry-over';
export {
  clusterNames,
  clustersOn,
  degreeLabel,
  initiativeSubjects,
  initiativesOn,
  loadPlan,
  ownerOn,
  ownersOf,
  partiesOn,
  partyNames,
  planDay,
  planDayOf,
  planSubjects,
  requirePlan,
  scaleView,
  subjectUniverse,
  type InitiativeRow,
  type LoadedPlan,
  type OwnerRow,
  type PlanRow,
} from './plans.repo';
export { currentDegrees, initiativeDetail, requireInitiative } from './initiatives.view';
export { degreeEntry, recordDegree } from './degrees.routes';
export { planDetail, planSummaries } from './plans.view';
export { myRounds } from './rounds.service';
export { planDomainError, planError, planText } from './plans.texts';
export * from './plans.table';
