/**
 * The organisation API's entity contracts (docs/design/organisation-model.md): the stored rows
 * as the API shows them, breaches with their bilingual message, and derived members. Views
 * (overview, forum page, ...) are in organisation-views.contract.ts and request bodies in
 * organisation-requests.contract.ts. Every read answers "as of" a date (`?date=YYYY-MM-DD`,
 * default today in Denmark).
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  AreaKindSchema,
  BreachCodeSchema,
  BreachKindSchema,
  ForumKindSchema,
  ForumLevelSchema,
  MemberSourceSchema,
  OfficeSchema,
  PartyKindSchema,
  SeatRoleSchema,
  SectorScopeSchema,
  SeveritySchema,
} from './organisation.enums';
import {
  AppointerSchema,
  BornRuleSchema,
  CadenceSchema,
  CompositionRuleSpecSchema,
  SecretariatSchema,
  VerificationSchema,
} from './organisation.rules';

/** A text in Danish and English. */
export const BilingualTextSchema = z.object({ da: z.string(), en: z.string() });

/** `?date=YYYY-MM-DD`: the day a read answers for (default today in Denmark). */
export const AsOfQuerySchema = z.object({ date: IsoDateSchema.optional() });
export type AsOfQuery = z.infer<typeof AsOfQuerySchema>;

/** An `:id` path parameter: an entityId (versioned entities) or a row id (facts, persons). */
export const OrgIdParamsSchema = z.object({ id: z.uuid() });

const period = { validFrom: z.string(), validTo: z.string().nullable() };
const version = { id: z.string(), entityId: z.string(), key: z.string(), ...period };
/** Verification per fact (fact name → status, source, note); null when none is recorded. */
const verification = { verification: VerificationSchema.nullable() };

export const CollaborationSchema = z
  .object({ ...version, name: z.string(), regionName: z.string() })
  .meta({ id: 'OrgCollaboration' });
export type CollaborationView = z.infer<typeof CollaborationSchema>;

export const PartySchema = z
  .object({
    ...version,
    kind: PartyKindSchema,
    name: z.string(),
    code: z.string().nullable(),
    population: z.number().int().nullable(),
    populationYear: z.number().int().nullable(),
    parentPartyId: z.string().nullable(),
    verified: z.boolean(),
    source: z.string().nullable(),
    /** Seats of the party's council (a region's regionsråd), when known. */
    councilSize: z.number().int().nullable(),
    /** Parties this one was created from by a merger (entityIds, possibly in other collaborations). */
    predecessorPartyIds: z.array(z.string()),
    ...verification,
  })
  .meta({ id: 'OrgParty' });
export type PartyView = z.infer<typeof PartySchema>;

export const ClusterSchema = z
  .object({
    ...version,
    name: z.string(),
    /** A health cluster, or a health council's area. */
    kind: AreaKindSchema,
    acuteHospitalPartyId: z.string().nullable(),
    verified: z.boolean(),
    source: z.string().nullable(),
    /** The row of reference/dk-health-clusters.csv the members are checked against. */
    reference: z.string().nullable(),
    ...verification,
  })
  .meta({ id: 'OrgCluster' });
export type ClusterView = z.infer<typeof ClusterSchema>;

export const ClusterMembershipSchema = z
  .object({
    id: z.string(),
    key: z.string().nullable(),
    ...period,
    clusterId: z.string(),
    partyId: z.string(),
    partial: z.boolean(),
    verified: z.boolean(),
    source: z.string().nullable(),
    note: z.string().nullable(),
    ...verification,
  })
  .meta({ id: 'OrgClusterMembership' });

export const ForumSchema = z
  .object({
    ...version,
    name: z.string(),
    shortName: z.string().nullable(),
    level: ForumLevelSchema,
    kind: ForumKindSchema,
    scope: SectorScopeSchema,
    clusterId: z.string().nullable(),
    /** The party whose body this is (a health council: its region), entityId. */
    ownerPartyId: z.string().nullable(),
    reportsToForumId: z.string().nullable(),
    cadence: CadenceSchema.nullable(),
    secretariat: SecretariatSchema.nullable(),
    charter: z.string().nullable(),
    mustTasks: z.array(z.string()),
    mayTasks: z.array(z.string()),
    decisionCompetence: z.string().nullable(),
    successorForumIds: z.array(z.string()),
    /** Working days before a meeting that its agenda closes; null = the default (10). */
    agendaDeadlineWorkingDays: z.number().int().nullable(),
    ...verification,
  })
  .meta({ id: 'OrgForum' });
export type ForumView = z.infer<typeof ForumSchema>;

export const SeatSchema = z
  .object({
    ...version,
    forumId: z.string(),
    role: SeatRoleSchema,
    label: z.string(),
    partyKind: PartyKindSchema.nullable(),
    partyId: z.string().nullable(),
    clusterId: z.string().nullable(),
    appointedBy: AppointerSchema.nullable(),
    termYears: z.number().int().nullable(),
    isFunction: z.boolean(),
    born: BornRuleSchema.nullable(),
    /** The political party (list letter) the seat is reserved for. */
    politicalParty: z.string().nullable(),
  })
  .meta({ id: 'OrgSeat' });
export type SeatView = z.infer<typeof SeatSchema>;

export const CompositionRuleSchema = z
  .object({
    id: z.string(),
    key: z.string().nullable(),
    ...period,
    forumId: z.string(),
    severity: SeveritySchema,
    spec: CompositionRuleSpecSchema,
    /** Whether the rule (e.g. a seat formula) is documented; a template default is marked so. */
    ...verification,
    /** The rule in words. */
    label: BilingualTextSchema,
  })
  .meta({ id: 'OrgCompositionRule' });
export type CompositionRuleView = z.infer<typeof CompositionRuleSchema>;

export const PersonSchema = z
  .object({
    id: z.string(),
    key: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    userId: z.string().nullable(),
    fictional: z.boolean(),
    /** The political party (list letter or name) the person represents. */
    politicalParty: z.string().nullable(),
    endedOn: z.string().nullable(),
  })
  .meta({ id: 'OrgPerson' });
export type PersonView = z.infer<typeof PersonSchema>;

export const OfficeHoldingSchema = z
  .object({
    id: z.string(),
    key: z.string().nullable(),
    ...period,
    personId: z.string(),
    partyId: z.string(),
    office: OfficeSchema,
  })
  .meta({ id: 'OrgOfficeHolding' });
export type OfficeHoldingView = z.infer<typeof OfficeHoldingSchema>;

export const AppointmentSchema = z
  .object({
    id: z.string(),
    key: z.string().nullable(),
    ...period,
    seatId: z.string(),
    personId: z.string(),
    onBehalfOfPartyId: z.string().nullable(),
    substitutePersonId: z.string().nullable(),
    appointedBy: AppointerSchema.nullable(),
    termEnd: z.string().nullable(),
  })
  .meta({ id: 'OrgAppointment' });
export type AppointmentView = z.infer<typeof AppointmentSchema>;

/** A breach of a composition rule or structural check, with its message in both languages. */
export const BreachSchema = z
  .object({
    forumEntityId: z.string(),
    forumName: z.string(),
    ruleId: z.string().nullable(),
    ruleKind: BreachKindSchema,
    severity: SeveritySchema,
    code: BreachCodeSchema,
    subject: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null(), z.array(z.string())])),
    message: BilingualTextSchema,
  })
  .meta({ id: 'OrgBreach' });
export type BreachView = z.infer<typeof BreachSchema>;

/** A person reference with a display name. */
export const PersonRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string().nullable(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** A function seat that gave a member a role, and the appointment holding it. */
export const MemberFunctionSchema = z.object({
  seatEntityId: z.string(),
  seatLabel: z.string(),
  role: SeatRoleSchema,
  /** The current appointment to the function seat; null when the function is born. */
  appointmentId: z.string().nullable(),
});
export type MemberFunction = z.infer<typeof MemberFunctionSchema>;

/** A derived member (or vacancy) of a forum on the day. */
export const MemberSchema = z
  .object({
    forumEntityId: z.string(),
    seatEntityId: z.string(),
    seatLabel: z.string(),
    person: PersonRefSchema.nullable(),
    role: SeatRoleSchema,
    roles: z.array(SeatRoleSchema),
    partyEntityId: z.string().nullable(),
    partyName: z.string().nullable(),
    partyKind: PartyKindSchema.nullable(),
    clusterEntityId: z.string().nullable(),
    clusterName: z.string().nullable(),
    source: MemberSourceSchema,
    isVacant: z.boolean(),
    substitute: PersonRefSchema.nullable(),
    /**
     * For a born member whose rule names a substitute office (the deputy mayor for the mayor):
     * that office, and the stand-in in words ("Stedfortræder (viceborgmester): …", or "ingen").
     */
    substituteOffice: OfficeSchema.nullable(),
    substituteText: BilingualTextSchema.nullable(),
    /** The political party the member's seat is reserved for, and the person's own party. */
    seatPoliticalParty: z.string().nullable(),
    personPoliticalParty: z.string().nullable(),
    /** Born: the rule in words; appointed: who appointed. */
    explanation: BilingualTextSchema,
    /** The appointment behind an appointed member, when seated. */
    appointment: AppointmentSchema.nullable(),
    /** The id of that appointment (null for born members and vacancies). */
    appointmentId: z.string().nullable(),
    /** The function seats (chair, co-chair, vice-chair) that gave the member a role. */
    functionSeatEntityIds: z.array(z.string()),
    /**
     * Those function seats with the role each gives and the appointment holding it (null when the
     * function follows from a born rule), so a function appointment can be ended from the forum.
     */
    functions: z.array(MemberFunctionSchema),
  })
  .meta({ id: 'OrgMember' });
export type MemberView = z.infer<typeof MemberSchema>;

/** A derived member change (audit `derivedChanges`, history events). */
export const MemberChangeSchema = z.object({
  date: z.string(),
  change: z.enum(['joined', 'left', 'changed']),
  forumEntityId: z.string(),
  forumName: z.string(),
  seatEntityId: z.string(),
  seatLabel: z.string(),
  before: PersonRefSchema.nullable(),
  after: PersonRefSchema.nullable(),
  rolesBefore: z.array(SeatRoleSchema),
  rolesAfter: z.array(SeatRoleSchema),
  source: MemberSourceSchema,
  fields: z.array(z.string()),
});
export type MemberChange = z.infer<typeof MemberChangeSchema>;
