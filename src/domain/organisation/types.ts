/**
 * The entities of the organisation model (docs/design/organisation-model.md). Versioned entities
 * (collaboration, party, cluster, forum, seat) are rows `{ id, entityId, validFrom, validTo }`:
 * `id` names the version row, `entityId` the entity across versions. Relationship facts
 * (cluster membership, office holding, appointment, composition rule) carry their own `id` and
 * validity; changing one ends it and starts a new one. Every reference holds an `entityId`.
 */
import type { IsoDate, Validity } from '../../shared/dates';
import type {
  AreaKind,
  ForumKind,
  ForumLevel,
  Office,
  PartyKind,
  SeatRole,
  SectorScope,
  Severity,
} from '../../shared/organisation.enums';
import type {
  Appointer,
  BornRule,
  Cadence,
  CompositionRuleSpec,
  Secretariat,
  Verification,
} from '../../shared/organisation.rules';

export type {
  Appointer,
  BornRule,
  Cadence,
  CompositionRuleSpec,
  ForumSelector,
  OfficeHoldersOfRepresentedRule,
  OfficeHoldersRule,
  PartySelector,
  RoleHoldersRule,
  Secretariat,
  Verification,
  FactVerification,
} from '../../shared/organisation.rules';

/** One version of a versioned entity. */
export interface VersionRow extends Validity {
  /** The version row. */
  id: string;
  /** The entity across its versions; what other rows reference. */
  entityId: string;
}

/** A relationship fact with its own validity. */
export interface FactRow extends Validity {
  id: string;
}

/** The top-level scope: one health collaboration per region. */
export interface Collaboration extends VersionRow {
  key: string;
  name: string;
  regionName: string;
}

/** A municipality, the region, a hospital, general practice (PLO) and so on. */
export interface Party extends VersionRow {
  kind: PartyKind;
  name: string;
  /** 3-digit municipality code (DST), null for other kinds. */
  code: string | null;
  population: number | null;
  populationYear: number | null;
  /** e.g. hospital → region (entityId). */
  parentPartyId: string | null;
  verified: boolean;
  source: string | null;
  /** Verification per fact (e.g. `councilSize`), beside the overall `verified`. */
  verification: Verification | null;
  /** The number of seats of the party's council (a region's regionsråd), when known. */
  councilSize: number | null;
  /** Parties this one was created from by a merger (entityIds, possibly in other collaborations). */
  predecessorPartyIds: string[];
}

/**
 * An area of municipalities: a health cluster around an acute hospital (`kind: cluster`) or a
 * health council's area (`kind: healthCouncilArea`, from 2027). Members are cluster memberships.
 */
export interface Cluster extends VersionRow {
  name: string;
  kind: AreaKind;
  acuteHospitalPartyId: string | null;
  verified: boolean;
  source: string | null;
  /** The reference cluster (reference/dk-health-clusters.csv) its members were checked against. */
  reference: string | null;
  /** Verification per fact (e.g. `members`, `acuteHospital`). */
  verification: Verification | null;
}

/** A party's membership of a cluster. */
export interface ClusterMembership extends FactRow {
  clusterId: string;
  partyId: string;
  /** True for a split municipality that belongs to several clusters (København). */
  partial: boolean;
  verified: boolean;
  /** Where the membership is documented. */
  source: string | null;
  /** A free note, e.g. why the membership is not verified. */
  note: string | null;
  /** Verification per fact (e.g. `membership`). */
  verification: Verification | null;
}

/** A body: committee, cluster forum, theme group, steering group, ... */
export interface Forum extends VersionRow {
  name: string;
  shortName: string | null;
  level: ForumLevel;
  kind: ForumKind;
  scope: SectorScope;
  /**
   * The area whose forum this is (cluster entityId): a cluster forum's cluster, a health
   * council's area; null for other fora.
   */
  clusterId: string | null;
  /** The party whose body this is (a health council: its region), entityId. */
  ownerPartyId: string | null;
  reportsToForumId: string | null;
  cadence: Cadence | null;
  secretariat: Secretariat | null;
  charter: string | null;
  mustTasks: string[];
  mayTasks: string[];
  decisionCompetence: string | null;
  /** Set on fora ended by a reorganisation: where open work is carried over to. */
  successorForumIds: string[];
  /** Working days before a meeting that its agenda closes; null = the default (10). */
  agendaDeadlineWorkingDays: number | null;
  /** Verification per fact, when the forum comes from reference data or a template. */
  verification: Verification | null;
}

/**
 * One position in a forum. An appointed seat (`born: null`) is held through appointments, a
 * born seat is derived by its rule. A function seat adds a role to an existing member instead of
 * adding a member.
 */
export interface Seat extends VersionRow {
  forumId: string;
  role: SeatRole;
  label: string;
  /** Constraints on whom the seat represents; null when free. */
  partyKind: PartyKind | null;
  partyId: string | null;
  clusterId: string | null;
  appointedBy: Appointer | null;
  termYears: number | null;
  isFunction: boolean;
  born: BornRule | null;
  /** The political party (list letter) the seat is reserved for; null when any. */
  politicalParty: string | null;
}

/** A person. Not versioned: names and e-mails are corrected in place. */
export interface Person {
  id: string;
  name: string;
  email: string | null;
  /** The user account, when the person can log in. */
  userId: string | null;
  /** True for demo data; real names never go into fixtures. */
  fictional: boolean;
  /** The political party (list letter or name) the person represents, when known. */
  politicalParty: string | null;
}

/** A person holding an office in a party (the mayor of Vejle from ... to ...). */
export interface OfficeHolding extends FactRow {
  personId: string;
  partyId: string;
  office: Office;
}

/** A person appointed to an appointed seat for a period. */
export interface Appointment extends FactRow {
  seatId: string;
  personId: string;
  /** The party the member represents; falls back to the seat's party. */
  onBehalfOfPartyId: string | null;
  substitutePersonId: string | null;
  appointedBy: Appointer | null;
  termEnd: IsoDate | null;
}

/** A composition rule declared on a forum, checked live on any day. */
export interface CompositionRule extends FactRow {
  forumId: string;
  severity: Severity;
  spec: CompositionRuleSpec;
  /** Whether the rule (e.g. a seat formula) is documented; a template default is marked so. */
  verification: Verification | null;
}

/**
 * All rows of one collaboration: every version and every period, so any day can be evaluated
 * without further I/O. `meetingDates` lists the dates of (planned and held) meetings per forum
 * entityId, for the cadence check.
 */
export interface OrgSnapshot {
  collaborations: readonly Collaboration[];
  parties: readonly Party[];
  clusters: readonly Cluster[];
  clusterMemberships: readonly ClusterMembership[];
  fora: readonly Forum[];
  seats: readonly Seat[];
  persons: readonly Person[];
  officeHoldings: readonly OfficeHolding[];
  appointments: readonly Appointment[];
  compositionRules: readonly CompositionRule[];
  meetingDates: Readonly<Record<string, readonly IsoDate[]>>;
}
