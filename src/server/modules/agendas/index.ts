/**
 * The agendas module's public surface.
 *
 * READ RULE FOR EVERY CHANNEL: anything that shows agenda or minutes content (API, search,
 * DOCX/PDF exports, ICS descriptions, e-mail, notifications) must read it through
 * {@link getAgendaForViewer}. A closed item reaches anyone who is not a member of the forum on
 * the meeting date (members, substitutes, function holders, secretaries, attendees, matched
 * through persons.user_id) only as `{ id, number, closed: true, redacted: true }`: render it as
 * "Lukket punkt" / "Closed item" with its number and nothing else. Never read agenda_items rows
 * directly for output. Case content goes through the cases module's getCaseForViewer.
 */
export { agendasModule } from './plugin';
export { registerAgendasCarryOver } from './carry-over';
export {
  agendaItems,
  agendaReviewComments,
  agendaReviewers,
  agendas,
  minutesApprovals,
} from './agendas.table';
export { getAgendaForViewer } from './agendas.view';
export { eligibleApprovers } from './minutes.rules';
/**
 * Use cases for other channels (demo data, a CLI): each is one `mutate` with its audit row and
 * the same checks as the routes (closed items need a cleared viewer).
 */
export { addCaseItem, addFreeItem, insertFreeItemTx } from './items.service';
export { recordItemDecision, updateAgendaItem } from './items.content.service';
export {
  approveMinutes,
  closeMinutesApproval,
  commentOnAgenda,
  publishAgenda,
  recordAgendaAttendance,
  sendForReview,
  sendMinutesForApproval,
} from './flow.service';
