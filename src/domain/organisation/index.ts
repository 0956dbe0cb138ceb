/**
 * The organisation model's pure domain: who sits where, by which rule, and since when
 * (docs/design/organisation-model.md). No I/O: the server loads an `OrgSnapshot`, evaluates it
 * with `stateOn`, and derives members, breaches, burden and diffs from the resulting state.
 */
export type {
  Appointer,
  Appointment,
  BornRule,
  Cadence,
  Cluster,
  ClusterMembership,
  Collaboration,
  CompositionRule,
  CompositionRuleSpec,
  FactRow,
  Forum,
  ForumSelector,
  OfficeHolding,
  OfficeHoldersOfRepresentedRule,
  OfficeHoldersRule,
  OrgSnapshot,
  Party,
  PartySelector,
  Person,
  RoleHoldersRule,
  Seat,
  Secretariat,
  VersionRow,
} from './types';
export {
  appointmentOf,
  clusterFora,
  clustersOf,
  officeHoldersOf,
  officeKey,
  roleRank,
  rulesOf,
  seatsOf,
  stateOn,
  type ClusterOnDay,
  type OrgState,
} from './as-of';
export type {
  Member,
  MemberEvaluator,
  MemberIssue,
  MembersError,
  MembersResult,
  MemberVia,
} from './members.types';
export { createMemberEvaluator, deriveAllMembers, deriveMembers, memberSlot } from './members';
export { changeDates, memberPeriods, type MemberPeriod } from './member-periods';
export { breachKey, newBreaches, type Breach, type BreachParams } from './breach';
export { checkCollaboration, checkForum } from './composition';
export {
  checkNoOverlap,
  hasAttributes,
  planEnd,
  planVersionedChange,
  sameValue,
  type AttributesOf,
  type VersionChange,
  type VersionEnd,
  type VersionLike,
  type VersionProblem,
} from './versioning';
export { forumAbsence, type AbsenceVersion, type ForumAbsence } from './absence';
export {
  seatBurden,
  type ForumSeatCount,
  type MunicipalityBurden,
  type PersonBurden,
  type SeatBurden,
} from './burden';
export {
  diffMembers,
  MEMBER_DIFF_FIELDS,
  type MemberChange,
  type MemberDiffField,
  type MembersDiff,
} from './diff';
export { compareDa, sortByName } from './collate';
export { isFullMember } from './roles';
export {
  continuingSeat,
  countMismatches,
  defaultSuccessors,
  forumMunicipalities,
  overlapOf,
  planMappings,
  reformCounts,
  successorParty,
  type CountResult,
  type MappingBasis,
  type MappingOverrideInput,
  type MappingProblem,
  type PlannedMapping,
  type ReformForum,
  type ReformParty,
  type ReformSeat,
} from './reform';
