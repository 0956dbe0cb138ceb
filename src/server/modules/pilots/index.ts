/**
 * Pilots and scale-up (issue 12): the routes (register under /api with the cases' deps), and the
 * pilot table for the scope resolution.
 */
export { pilotsRoutes, type PilotsDeps } from './pilots.routes';
export { pilotDecisions, pilots, pilotSpread } from './pilots.table';
