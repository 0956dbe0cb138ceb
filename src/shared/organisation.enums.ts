/**
 * The closed value lists of the organisation model (docs/design/organisation-model.md), shared
 * by the domain, the API and the web app. Each list is an `as const` array (for iteration, e.g.
 * select options and i18n keys), a zod schema (for validation) and a union type (for code).
 */
import { z } from 'zod';

/** Kinds of party that take part in a collaboration. */
export const PARTY_KINDS = [
  'municipality',
  'region',
  'hospital',
  'generalPractice',
  'psychiatry',
  'childrenYouth',
  'patientCommittee',
  'kkrSecretariat',
  'jointSecretariat',
  'other',
] as const;
export const PartyKindSchema = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKindSchema>;

/**
 * Kinds of area (a group of municipalities with dated memberships): a health cluster around an
 * acute hospital (2022–2026), or a health council's area (from 2027). Both are stored as clusters.
 */
export const AREA_KINDS = ['cluster', 'healthCouncilArea'] as const;
export const AreaKindSchema = z.enum(AREA_KINDS);
export type AreaKind = z.infer<typeof AreaKindSchema>;

/**
 * How well a single fact is documented (reference data and templates): seen in a cited source,
 * not found, inferred from other facts, or contradicted by the sources.
 */
export const VERIFICATION_STATUSES = ['verified', 'unverified', 'inferred', 'conflict'] as const;
export const VerificationStatusSchema = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;

/**
 * The level a forum works on. `healthCouncil` is the health council (sundhedsråd, from 2027): a
 * sub-council of the regional council for an area of municipalities (its `clusterId` names the
 * area, an area of kind `healthCouncilArea`; its `ownerPartyId` the region).
 */
export const FORUM_LEVELS = [
  'national',
  'regional',
  'healthCouncil',
  'cluster',
  'municipal',
  'bilateral',
] as const;
export const ForumLevelSchema = z.enum(FORUM_LEVELS);
export type ForumLevel = z.infer<typeof ForumLevelSchema>;

/** Whether a forum is made of politicians, officials or professionals. */
export const FORUM_KINDS = ['political', 'administrative', 'professional'] as const;
export const ForumKindSchema = z.enum(FORUM_KINDS);
export type ForumKind = z.infer<typeof ForumKindSchema>;

/** Cross-sector (municipalities with region/PLO) or inter-municipal (municipalities only). */
export const SECTOR_SCOPES = ['crossSector', 'interMunicipal'] as const;
export const SectorScopeSchema = z.enum(SECTOR_SCOPES);
export type SectorScope = z.infer<typeof SectorScopeSchema>;

/** The role a seat gives its holder in a forum. */
export const SEAT_ROLES = [
  'chair',
  'coChair',
  'viceChair',
  'member',
  'secretary',
  'attendee',
  'optionalAttendee',
] as const;
export const SeatRoleSchema = z.enum(SEAT_ROLES);
export type SeatRole = z.infer<typeof SeatRoleSchema>;

/**
 * Seat roles that attend without being members: they are not counted by composition rules (the
 * SSU's "five municipal seats" do not include the director who attends) and cannot hold functions.
 */
export const NON_MEMBER_ROLES = ['secretary', 'attendee', 'optionalAttendee'] as const;
export type NonMemberRole = (typeof NON_MEMBER_ROLES)[number];

/** The roles a function seat (`isFunction: true`) can give, on top of membership. */
export const FUNCTION_ROLES = ['chair', 'coChair', 'viceChair'] as const;
export const FunctionRoleSchema = z.enum(FUNCTION_ROLES);
export type FunctionRole = z.infer<typeof FunctionRoleSchema>;

/** Offices a person holds in a party; born rules refer to them ("the mayors of ..."). */
export const OFFICES = [
  'mayor',
  'deputyMayor',
  'councilMember',
  'municipalDirector',
  'healthDirector',
  'healthManager',
  'regionCouncilChair',
  'regionCouncilViceChair',
  'regionalCouncillor',
  'regionalDirector',
  'hospitalDirector',
  'ploChair',
  'ploViceChair',
  'other',
] as const;
export const OfficeSchema = z.enum(OFFICES);
export type Office = z.infer<typeof OfficeSchema>;

/** Kinds of born (ex officio) rule on a seat. */
export const BORN_RULE_KINDS = [
  'officeHolders',
  'roleHolders',
  'officeHoldersOfRepresented',
] as const;
export const BornRuleKindSchema = z.enum(BORN_RULE_KINDS);
export type BornRuleKind = z.infer<typeof BornRuleKindSchema>;

/** Kinds of composition rule declared on a forum. */
export const RULE_KINDS = [
  'everyClusterRepresented',
  'includesAllClusterCoChairs',
  'seatsOfPartyKind',
  'maxSeatsPerMunicipality',
  'roleHeldByPartyKind',
  'cadenceMet',
  'noVacantSeats',
  'seatsPerMunicipality',
  'seatCountRelation',
  'politicalComposition',
] as const;
export const RuleKindSchema = z.enum(RULE_KINDS);
export type RuleKind = z.infer<typeof RuleKindSchema>;

/** Built-in structural checks that hold for every forum without being declared. */
export const STRUCTURAL_CHECK_KINDS = [
  'functionHolderNotMember',
  'bornRuleEmpty',
  'ruleCycle',
] as const;
export const StructuralCheckKindSchema = z.enum(STRUCTURAL_CHECK_KINDS);
export type StructuralCheckKind = z.infer<typeof StructuralCheckKindSchema>;

/** Everything a breach can be about: a declared rule kind or a structural check. */
export const BREACH_KINDS = [...RULE_KINDS, ...STRUCTURAL_CHECK_KINDS] as const;
export const BreachKindSchema = z.enum(BREACH_KINDS);
export type BreachKind = z.infer<typeof BreachKindSchema>;

/** How serious a breach is: an error blocks a save unless acknowledged, a warning informs. */
export const SEVERITIES = ['error', 'warning'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * The i18n keys of breach messages (Danish and English resources must have every one). The
 * params each message receives are listed in the domain's composition module.
 */
export const BREACH_CODES = [
  'breach.everyClusterRepresented',
  'breach.includesAllClusterCoChairs',
  'breach.seatsOfPartyKind.tooFew',
  'breach.seatsOfPartyKind.tooMany',
  'breach.maxSeatsPerMunicipality',
  'breach.roleHeldByPartyKind.vacant',
  'breach.roleHeldByPartyKind.wrongParty',
  'breach.cadenceMet.tooFew',
  'breach.cadenceMet.tooMany',
  'breach.noVacantSeats',
  'breach.seatsPerMunicipality',
  'breach.seatCountRelation',
  'breach.politicalComposition',
  'breach.functionHolderNotMember',
  'breach.bornRuleEmpty',
  'breach.ruleCycle',
] as const;
export const BreachCodeSchema = z.enum(BREACH_CODES);
export type BreachCode = z.infer<typeof BreachCodeSchema>;

/** Where a member's seat comes from: an appointment or a born rule. */
export const MEMBER_SOURCES = ['appointed', 'born'] as const;
export const MemberSourceSchema = z.enum(MEMBER_SOURCES);
export type MemberSource = z.infer<typeof MemberSourceSchema>;

/** Who appoints to a seat or made an appointment: a forum (e.g. KKR) or a party. */
export const APPOINTER_KINDS = ['forum', 'party'] as const;
export const AppointerKindSchema = z.enum(APPOINTER_KINDS);
export type AppointerKind = z.infer<typeof AppointerKindSchema>;
