/**
 * Charters (kommissorier, issue 13). Routes: `charterRoutes` (register under /api with
 * `{ db }`). The request table for the scope resolver.
 */
export { charterRoutes } from './charters.routes';
export { charterRequests } from './charters.table';
export { saveCharter } from './versions.service';
export { createRequest, deliverCharter } from './requests.service';
