/**
 * Decision follow-up actions (issue 12, point 5): public surface. The agendas module reads the
 * follow-up section through {@link followUpLookup} (wired in app.ts), the home page through
 * {@link myActions}.
 */
export { actionsRoutes } from './actions.routes';
export { decisionActions, followUpAgendaItems } from './actions.table';
export { followUpLookup, myActions, addFollowUpItem } from './follow-up.service';
export { createAction, updateAction, listActions } from './actions.service';
