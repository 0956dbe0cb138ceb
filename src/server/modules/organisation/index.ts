/**
 * The organisation module's public surface (issue 3): who sits where, by which rule, and since
 * when. Other modules import only from here.
 *
 * - Routes: `organisationRoutes` (register under /api with `{ db, meetingDates }`).
 * - Reads: `loadSnapshot(db, collaborationId, { meetingDates })` → the whole `OrgSnapshot` (stored
 *   rows, with keys); `getForumMembers(db, forumId, date)` → members with user accounts (closed
 *   agenda items); `isForumMember`, `findForum`, `forumNames`, `findPersons`, `findPersonByUserId`.
 * - Writes inside a caller's transaction (the org-file importer): `insertVersion`,
 *   `applyVersionChange`, `applyVersionEnd`, `findEntityIdByKey`, `listVersions`, `insertFact`,
 *   `findFactByKey`, `setFactEnd`, `updateFact`, `deleteFacts`, `insertPerson`, `findPersonByKey`,
 *   `updatePersonRow`, `newEntityId`. They do not audit: wrap them in `mutate`.
 * - Use cases (each one transaction, one audit row with the derived seat changes, 409
 *   `compositionBreach` unless acknowledged): the `*.service.ts` exports below, called with an
 *   `OrgContext` (`orgContext(db, meetingDates)`) and an `Actor`.
 * - The office-holder import (issue 11, org-holders.*): `readHolderFile` (CSV/XLSX on the pool),
 *   `importOfficeHolders` (dry run or one transaction through `changeOrganisation`), used by
 *   POST /org/collaborations/:id/office-holders/import and `samspil org holders`.
 * - Extension points: `MeetingDatesProvider` (meeting dates for the cadence rule, injected from
 *   app.ts), `registerCarryOverHandler` (move open work to successor fora on reorganisation) and
 *   `registerMembersChangedHandler` (react, in the change's transaction, to fora whose members
 *   changed: the meetings module re-derives its not-yet-held meetings' participants).
 */
import type { FastifyInstance } from 'fastify';
import { orgFileRoutes } from './org-file.routes';
import { orgHolderRoutes } from './org-holders.routes';
import { organisationForaRoutes } from './org-fora.routes';
import type { OrganisationDeps } from './org-http';
import { organisationPeopleRoutes } from './org-people.routes';
import { organisationReadRoutes } from './org-read.routes';
import { organisationReformRoutes } from './org-reform.routes';
import { organisationStructureRoutes } from './org-structure.routes';
import { orgTemplateRoutes } from './org-templates.routes';

export type { OrganisationDeps } from './org-http';

/** Every /org route: reads for readers, changes for the secretariat. */
export async function organisationRoutes(
  app: FastifyInstance,
  deps: OrganisationDeps,
): Promise<void> {
  await organisationReadRoutes(app, deps);
  await organisationStructureRoutes(app, deps);
  await organisationForaRoutes(app, deps);
  await organisationPeopleRoutes(app, deps);
  await organisationReformRoutes(app, deps);
  await app.register(orgFileRoutes, deps);
  await app.register(orgHolderRoutes, deps);
  await orgTemplateRoutes(app);
}

export {
  changeOrganisation,
  compositionBreachError,
  orgContext,
  registerMembersChangedHandler,
  runMembersChangedHandlers,
  type ChangeOutcome,
  type ChangeSpec,
  type MembersChangedContext,
  type MembersChangedHandler,
  type MembersChangedRecord,
  type OrgContext,
} from './org-change';
export {
  lockCollaboration,
  loadSnapshot,
  noMeetingDates,
  type LoadSnapshotOptions,
  type MeetingDatesProvider,
  type StoredSnapshot,
  type AppointmentRow,
  type ClusterMembershipRow,
  type ClusterRow,
  type CollaborationRow,
  type CompositionRuleRow,
  type ForumRow,
  type OfficeHoldingRow,
  type PartyRow,
  type PersonRow,
  type SeatRow,
} from './org-snapshot.repo';
export {
  applyVersionChange,
  applyVersionEnd,
  deleteFacts,
  findEntityIdByKey,
  findFact,
  findFactByKey,
  insertFact,
  insertVersion,
  listVersions,
  newEntityId,
  setFactEnd,
  updateFact,
  updateVersion,
  type FactKind,
  type FactRowOf,
  type NewFactOf,
  type NewVersionOf,
  type VersionedKind,
  type VersionRowOf,
} from './org-version.repo';
export {
  findPerson,
  findPersonByKey,
  findPersonByUserId,
  findPersons,
  insertPerson,
  updatePersonRow,
  type NewPerson,
} from './org-people.repo';
export { collaborationOf, forumVersions, listCollaborationRows } from './org-read.repo';
export {
  findForum,
  forumNames,
  forumNotValidProblem,
  isForumMember,
  longDate,
} from './org-lookup.service';
export { getForumMembers, forumPage, type ForumMember } from './org-forum-view.service';
export { forumSpans, relatedCollaborationIds, successionOf } from './org-succession.service';
export { dayOf, loadOrgDay, memberTimeline, type OrgDay } from './org-day';
export { freshMemberPeriods, orgVersionsOf, satInForumSql } from './org-member-periods.repo';
export {
  burden,
  collaborationOverview,
  listCollaborations,
  organisationHealth,
  orgChart,
} from './org-overview.service';
export { partyPage, personPage } from './org-person-view.service';
export { foldDa, matchesDa, searchOrganisation } from './org-search.service';
export {
  addClusterMembership,
  createCluster,
  createCollaboration,
  createParty,
  endCluster,
  endClusterMembership,
  endParty,
  updateCluster,
  updateParty,
} from './org-structure.service';
export {
  addRule,
  createForum,
  createSeat,
  endForum,
  endRule,
  endSeat,
  updateForum,
  updateSeat,
} from './org-fora.service';
export {
  appoint,
  createPerson,
  endAppointment,
  endOfficeHolding,
  endPerson,
  startOfficeHolding,
  updatePerson,
} from './org-people.service';
export {
  registerCarryOverHandler,
  reorganise,
  type CarryOverEnded,
  type OpenWorkContext,
  type CarryOverContext,
  type CarryOverHandler,
  type CarryOverReport,
  type ForumSuccession,
} from './org-reorganise.service';
export { slugKey } from './org-versioned';
export { reform } from './org-reform.service';
export { getReorganisation, listReorganisations } from './org-reorganisations.service';
export { loadOrganisationDemo } from './org-demo';
export { staffHealthCouncilsDemo } from './org-demo-2027';
export { exportOrgFile, type ExportOptions } from './org-file.export';
export {
  assertOrgFileSize,
  checkAnswer,
  checkOrgFileOnPool,
  checkOrgFileText,
  checkResultOf,
  fileTooLarge,
  importOrgFile,
  readOrgFileOnPool,
  type CheckOptions,
  type ImportOptions,
} from './org-file.import';
export { loadReferenceData, readReferenceData, REFERENCE_DIR } from './reference-data';
export {
  importOfficeHolders,
  partiesOf as partiesOfSnapshot,
  readHolderFile,
  requireSnapshot,
} from './org-holders.service';
export * from './org-tables';
