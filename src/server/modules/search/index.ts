/**
 * The search module's public surface: GET /api/search (register with the cases and agendas
 * dependencies, `caseDeps(db)`), and the search itself for other channels.
 *
 * Search reads candidates with SQL but builds every hit from the viewer-filtered functions of
 * the cases and agendas modules (casesForViewer, getAgendaForViewer): what a viewer may not see
 * gives no hit, no snippet and no count.
 */
export { searchRoutes } from './search.routes';
export { search } from './search.service';
