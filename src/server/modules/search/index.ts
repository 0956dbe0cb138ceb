/**
 * The search module's public surface: GET /api/search (register with the cases and agendas
 * dependencies, `caseDeps(db)`), and the search itself for other channels.
 *
 * Search filters by the viewer inside its SQL (search.visibility.ts: the same rules as the
 * viewer-filtered functions casesForViewer and getAgendaForViewer, tested against them): what a
 * viewer may not see gives no hit, no snippet and no count.
 */
export { searchRoutes } from './search.routes';
export { search } from './search.service';
