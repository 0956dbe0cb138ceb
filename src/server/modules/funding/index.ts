/**
 * Joint funding applications (issue 13). Routes: `fundingRoutes` (register under /api with
 * `{ db }`). Tables for the scope resolver; name look-ups shared with the charters module.
 */
export { fundingRoutes } from './funding.routes';
export { fundingApplications, fundingPools } from './funding.table';
export { clusterNames, clustersOn, forumAsOf, namesOfFora } from './funding.names';
export { createPool } from './pools.service';
export { createApplication, setApplicationStatus } from './applications.service';
export { addObligation } from './obligations.service';
