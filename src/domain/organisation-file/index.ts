/**
 * Organisation as code (docs/org-file.md): reading, validating and checking an organisation file
 * with line-precise problems, turning it into an `OrgSnapshot`, and writing one back. Pure: the
 * server passes the text and the reference data in.
 */
export {
  checkOrgFile,
  defaultCheckDate,
  isVacancyBreach,
  type OrgCheckOptions,
  type OrgCheckResult,
} from './check';
export {
  createLocator,
  dottedPath,
  type FilePath,
  type Locator,
  type TextPosition,
} from './locate';
export type {
  KeyedAppointer,
  NAppointment,
  NCluster,
  NCollaboration,
  NForum,
  NMembership,
  NOffice,
  NormalisedOrg,
  NParty,
  NPerson,
  NRule,
  NSeat,
  NSecretariat,
} from './model';
export { codeString, defaultRuleKey, normaliseOrgFile } from './normalise';
export {
  checkSemantics,
  countOrgFileElements,
  locatorOf,
  parseOrgFile,
  sortProblems,
  type OrgFileParseResult,
} from './parse';
export {
  findReferenceCluster,
  municipalityByName,
  municipalityInRegion,
  NATIONAL_REGION_NAME,
  parseClustersCsv,
  parseCsv,
  parseHealthCouncilsCsv,
  parseMunicipalitiesCsv,
  parseReferenceData,
  referenceMembership,
  type ReferenceCluster,
  type ReferenceCouncilMember,
  type ReferenceData,
  type ReferenceHealthCouncil,
  type ReferenceMembership,
  type ReferenceMunicipality,
} from './reference';
export { bornRuleWithIds, snapshotIds, toSnapshot, type SnapshotIds } from './to-snapshot';
export {
  storedToNormalised,
  bornRuleWithKeys,
  type ForeignParties,
  type StoredAsFile,
} from './from-stored';
export { planOrgImport } from './import-plan';
export { predecessorRef } from './import-types';
export type {
  FactImportKind,
  ImportOp,
  ImportPlan,
  ImportPlanInput,
  ImportProblem,
  VersionedImportKind,
} from './import-types';
export {
  keyMapsOf,
  personFileKey,
  personIdOfKey,
  seatRefOf,
  storedPersonKey,
  type KeyedSnapshot,
  type KeyMaps,
} from './stored';
export {
  collaborationName,
  councilAreaKey,
  councilForumKey,
  isRegion2027,
  OBSERVED_SEAT_PATTERN,
  observedSeats,
  REFORM_2027_DAY,
  reform2027TemplateName,
  REGIONS_2027,
  slugOf,
  type Region2027,
} from './reform-2027-facts';
export { observedCouncilSeats, reform2027OrgFile } from './reform-2027';
export { reform2027Yaml } from './reform-2027-yaml';
export { stringifyOrgFile, type StringifyOptions } from './stringify';
export { toFileData } from './to-file';
export { factKeys, type KeyedOrgSnapshot } from './to-snapshot';
