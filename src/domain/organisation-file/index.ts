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
export { checkSemantics, parseOrgFile, sortProblems, type OrgFileParseResult } from './parse';
export {
  findReferenceCluster,
  parseClustersCsv,
  parseCsv,
  parseMunicipalitiesCsv,
  parseReferenceData,
  referenceMembership,
  type ReferenceCluster,
  type ReferenceData,
  type ReferenceMembership,
  type ReferenceMunicipality,
} from './reference';
export { bornRuleWithIds, snapshotIds, toSnapshot, type SnapshotIds } from './to-snapshot';
export { storedToNormalised, bornRuleWithKeys, type StoredAsFile } from './from-stored';
export { planOrgImport } from './import-plan';
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
export { stringifyOrgFile, type StringifyOptions } from './stringify';
export { toFileData } from './to-file';
export { factKeys, type KeyedOrgSnapshot } from './to-snapshot';
