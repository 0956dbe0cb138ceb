/**
 * The home module's public surface: "Mit arbejde" (issue 11). It only reads, through the public
 * surfaces of the organisation, meetings, cases, agendas, plans and access modules.
 */
export { homeRoutes } from './home.routes';
export { myWork } from './home.service';
export { resolveMyScope, type MyScope } from './home.scope';
