/**
 * The organisation API's read views: collaboration overview, organisation health, seat burden,
 * forum / person / party pages, search and the org chart. Each answers as of one date.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  AppointmentSchema,
  BilingualTextSchema,
  BreachSchema,
  ClusterSchema,
  CollaborationSchema,
  CompositionRuleSchema,
  ForumSchema,
  MemberChangeSchema,
  MemberSchema,
  OfficeHoldingSchema,
  PartySchema,
  PersonSchema,
  SeatSchema,
} from './organisation.contract';
import { VerificationSchema } from './organisation.rules';
import {
  AreaKindSchema,
  ForumKindSchema,
  ForumLevelSchema,
  MemberSourceSchema,
  OfficeSchema,
  PartyKindSchema,
  SeatRoleSchema,
  SectorScopeSchema,
} from './organisation.enums';

const NamedRefSchema = z.object({ id: z.string(), name: z.string() });

/**
 * A forum that succeeded or preceded another (a reorganisation), by name and with its period, so
 * a link can show it on a day it existed. It may belong to another collaboration (a merger).
 */
export const SuccessionRefSchema = NamedRefSchema.extend({
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type SuccessionRef = z.infer<typeof SuccessionRefSchema>;

export const CollaborationListSchema = z.object({
  date: z.string(),
  items: z.array(CollaborationSchema),
});

/** A forum in a list, with its counts on the day. */
export const ForumSummarySchema = z.object({
  entityId: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  level: ForumLevelSchema,
  kind: ForumKindSchema,
  scope: SectorScopeSchema,
  clusterId: z.string().nullable(),
  reportsToForumId: z.string().nullable(),
  memberCount: z.number().int(),
  vacancyCount: z.number().int(),
  breachCount: z.number().int(),
});
export type ForumSummary = z.infer<typeof ForumSummarySchema>;

export const ClusterMemberSchema = z.object({
  membershipId: z.string(),
  partyId: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  partial: z.boolean(),
  verified: z.boolean(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  /** Verification per fact of the membership (e.g. `membership: conflict`). */
  verification: VerificationSchema.nullable(),
});

export const OverviewSchema = z.object({
  date: z.string(),
  collaboration: CollaborationSchema,
  clusters: z.array(z.object({ cluster: ClusterSchema, members: z.array(ClusterMemberSchema) })),
  foraByLevel: z.array(
    z.object({
      level: ForumLevelSchema,
      label: BilingualTextSchema,
      fora: z.array(ForumSummarySchema),
    }),
  ),
  parties: z.array(PartySchema),
  counts: z.object({
    parties: z.number().int(),
    municipalities: z.number().int(),
    clusters: z.number().int(),
    fora: z.number().int(),
    seats: z.number().int(),
    persons: z.number().int(),
    vacancies: z.number().int(),
  }),
  breachCount: z.number().int(),
  breachCounts: z.object({ error: z.number().int(), warning: z.number().int() }),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const HealthSchema = z.object({
  date: z.string(),
  total: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  fora: z.array(
    z.object({
      forumEntityId: z.string(),
      forumName: z.string(),
      level: ForumLevelSchema,
      breaches: z.array(BreachSchema),
    }),
  ),
});
export type Health = z.infer<typeof HealthSchema>;

const ForumSeatCountSchema = z.object({
  forumEntityId: z.string(),
  forumName: z.string(),
  seatCount: z.number().int(),
});

export const BurdenSchema = z.object({
  date: z.string(),
  municipalities: z.array(
    z.object({
      partyEntityId: z.string(),
      name: z.string(),
      seatCount: z.number().int(),
      clusterSeatCount: z.number().int(),
      fora: z.array(ForumSeatCountSchema),
    }),
  ),
  persons: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      seatCount: z.number().int(),
      fora: z.array(ForumSeatCountSchema),
    }),
  ),
  skippedForumEntityIds: z.array(z.string()),
});
export type Burden = z.infer<typeof BurdenSchema>;

export const SeatWithTextSchema = SeatSchema.extend({ explanation: BilingualTextSchema });

export const ForumPageSchema = z.object({
  date: z.string(),
  collaborationId: z.string(),
  forum: ForumSchema,
  clusterName: z.string().nullable(),
  /** The kind of the forum's area (a health council's area: `healthCouncilArea`). */
  areaKind: AreaKindSchema.nullable(),
  /** The area's verification per fact (e.g. `members: unverified`). */
  areaVerification: VerificationSchema.nullable(),
  /** The region whose body the forum is (a health council). */
  owner: NamedRefSchema.nullable(),
  reportsTo: NamedRefSchema.nullable(),
  /** The fora that took over this forum's work (its last version's successors), by name. */
  successors: z.array(SuccessionRefSchema),
  /** The fora this forum took over from (whose successors include it), by name. */
  predecessors: z.array(SuccessionRefSchema),
  secretariat: z
    .object({
      servedBy: z.array(NamedRefSchema),
      paidBy: z.array(NamedRefSchema),
      note: z.string().nullable(),
    })
    .nullable(),
  members: z.array(MemberSchema),
  vacancyCount: z.number().int(),
  seats: z.array(SeatWithTextSchema),
  rules: z.array(CompositionRuleSchema),
  breaches: z.array(BreachSchema),
  history: z.object({ versions: z.array(ForumSchema), events: z.array(MemberChangeSchema) }),
});
export type ForumPage = z.infer<typeof ForumPageSchema>;

/** One seat a person holds on the day. */
export const PersonSeatSchema = z.object({
  collaborationId: z.string(),
  collaborationName: z.string(),
  forumEntityId: z.string(),
  forumName: z.string(),
  seatEntityId: z.string(),
  seatLabel: z.string(),
  role: SeatRoleSchema,
  roles: z.array(SeatRoleSchema),
  source: MemberSourceSchema,
  /** The party the person represents in the seat, when known. */
  partyEntityId: z.string().nullable(),
  partyName: z.string().nullable(),
  asSubstitute: z.boolean(),
  explanation: BilingualTextSchema,
});

const OfficeWithNamesSchema = OfficeHoldingSchema.extend({
  partyName: z.string(),
  personName: z.string(),
  collaborationId: z.string(),
});

const AppointmentWithNamesSchema = AppointmentSchema.extend({
  forumEntityId: z.string(),
  forumName: z.string(),
  seatLabel: z.string(),
  collaborationId: z.string(),
});

export const PersonPageSchema = z.object({
  date: z.string(),
  person: PersonSchema,
  seats: z.array(PersonSeatSchema),
  offices: z.array(OfficeWithNamesSchema),
  history: z.object({
    offices: z.array(OfficeWithNamesSchema),
    appointments: z.array(AppointmentWithNamesSchema),
    events: z.array(MemberChangeSchema),
  }),
});
export type PersonPage = z.infer<typeof PersonPageSchema>;

/** A seat held for a party: the derived member with the name of its forum. */
export const PartySeatSchema = MemberSchema.extend({ forumName: z.string() });
export type PartySeat = z.infer<typeof PartySeatSchema>;

export const PartyPageSchema = z.object({
  date: z.string(),
  collaborationId: z.string(),
  party: PartySchema,
  clusters: z.array(
    z.object({
      entityId: z.string(),
      name: z.string(),
      partial: z.boolean(),
      verified: z.boolean(),
    }),
  ),
  seats: z.array(PartySeatSchema),
  seatCount: z.number().int(),
  clusterSeatCount: z.number().int(),
  offices: z.array(OfficeWithNamesSchema),
  officeHistory: z.array(OfficeWithNamesSchema),
  versions: z.array(PartySchema),
});
export type PartyPage = z.infer<typeof PartyPageSchema>;

export const SEARCH_KINDS = ['person', 'forum', 'party', 'cluster'] as const;

/** The most persons one search answers with (a page; `offset` pages on). */
export const PERSON_SEARCH_LIMIT = 25;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  date: IsoDateSchema.optional(),
  collaborationId: z.uuid().optional(),
  /** Only this kind (a person picker asks for persons only). */
  kind: z.enum(SEARCH_KINDS).optional(),
  /** Persons to skip (paging through the matching persons, in name order). */
  offset: z.coerce.number().int().min(0).max(10_000).optional(),
});

/**
 * What a person does on the day, so that namesakes can be told apart: an office in a party
 * ("borgmester, Odense Kommune") or a seat in a forum ("Kommunale medlemmer, Sundhedsklynge Fyn").
 */
export const PersonAffiliationSchema = z.object({
  office: OfficeSchema.nullable(),
  seatLabel: z.string().nullable(),
  forumName: z.string().nullable(),
  partyName: z.string().nullable(),
  partyKind: PartyKindSchema.nullable(),
});
export type PersonAffiliation = z.infer<typeof PersonAffiliationSchema>;

export const SearchResultSchema = z.object({
  date: z.string(),
  items: z.array(
    z.object({
      kind: z.enum(SEARCH_KINDS),
      id: z.string(),
      name: z.string(),
      detail: z.string().nullable(),
      collaborationId: z.string().nullable(),
      partyKind: PartyKindSchema.nullable(),
      /** A forum that has ended before the day: its last day (it is still found). */
      endedOn: z.string().nullable(),
      /** A person's offices and seats on the day (empty for the other kinds). */
      affiliations: z.array(PersonAffiliationSchema),
    }),
  ),
  /** More persons match than this page holds (ask again with `offset`). */
  morePersons: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/**
 * Edge kinds: `reportsTo` (child → the forum it reports to), `bornSeat` (a forum whose members
 * give born seats → the forum with those seats), `successor` (an ended or ending forum → the
 * forum taking over its open work; one end may lie outside the day's nodes).
 */
export const ORG_CHART_EDGE_KINDS = ['reportsTo', 'bornSeat', 'successor'] as const;

export const OrgChartSchema = z.object({
  date: z.string(),
  nodes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      level: ForumLevelSchema,
      kind: ForumKindSchema,
      scope: SectorScopeSchema,
      clusterId: z.string().nullable(),
      clusterName: z.string().nullable(),
      memberCount: z.number().int(),
      breachCount: z.number().int(),
    }),
  ),
  edges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      kind: z.enum(ORG_CHART_EDGE_KINDS),
      label: z.string().nullable(),
    }),
  ),
});
export type OrgChart = z.infer<typeof OrgChartSchema>;
