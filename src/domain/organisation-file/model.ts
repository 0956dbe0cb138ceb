/**
 * The normalised organisation file: every element with its key, its resolved validity (defaults
 * filled from the parent element), counted seats expanded, municipality names and populations
 * filled from the reference data, and the path of the YAML entry it came from. Semantic checks,
 * the snapshot builder, the import diff and the export all work on this one shape; references
 * stay keys.
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
import type { CompositionRuleSpec, Verification } from '../../shared/organisation.rules';
import type { OrgFileBornRule } from '../../shared/org-file.contract';
import type { FilePath } from './locate';

/** Where an element came from in the file (empty for elements read from the database). */
export interface Sourced {
  path: FilePath;
}

/** A reference to an appointer: a forum or a party, by key. */
export interface KeyedAppointer {
  kind: 'forum' | 'party';
  key: string;
}

export interface NCollaboration extends Validity, Sourced {
  key: string;
  name: string;
  regionName: string;
}

export interface NParty extends Validity, Sourced {
  key: string;
  kind: PartyKind;
  name: string;
  code: string | null;
  population: number | null;
  populationYear: number | null;
  parentKey: string | null;
  verified: boolean;
  source: string | null;
  councilSize: number | null;
  /** Parties this one was created from (a merger), by collaboration key and party key. */
  predecessors: NPredecessor[];
  verification: Verification | null;
}

/** A predecessor party by keys: a party of collaboration `collaboration` (possibly this one). */
export interface NPredecessor {
  collaboration: string;
  party: string;
}

export interface NCluster extends Validity, Sourced {
  key: string;
  kind: AreaKind;
  name: string;
  reference: string | null;
  acuteHospitalKey: string | null;
  verified: boolean;
  source: string | null;
  verification: Verification | null;
}

export interface NMembership extends Validity, Sourced {
  clusterKey: string;
  /** The municipality code; the party is the municipality with this code. */
  code: string;
  partial: boolean;
  verified: boolean;
  source: string | null;
  note: string | null;
  verification: Verification | null;
}

export interface NSecretariat {
  servedBy: string[];
  paidBy: string[];
  note: string | null;
}

export interface NForum extends Validity, Sourced {
  key: string;
  name: string;
  shortName: string | null;
  level: ForumLevel;
  kind: ForumKind;
  scope: SectorScope;
  clusterKey: string | null;
  /** The party whose body this is (a health council: its region). */
  ownerKey: string | null;
  reportsToKey: string | null;
  cadence: { min: number; max: number | null } | null;
  agendaDeadlineWorkingDays: number | null;
  secretariat: NSecretariat | null;
  charter: string | null;
  mustTasks: string[];
  mayTasks: string[];
  decisionCompetence: string | null;
  successorKeys: string[];
  verification: Verification | null;
}

export interface NSeat extends Validity, Sourced {
  /** `forumKey/seatKey` (with `#n` for an expanded counted seat): unique in the file. */
  ref: string;
  forumKey: string;
  /** The seat's own key, `#n` included. */
  key: string;
  /** For one of the seats a counted entry expands to: the entry's key, its number and count. */
  expandedFrom: { key: string; index: number; count: number } | null;
  role: SeatRole;
  label: string;
  partyKind: PartyKind | null;
  partyKey: string | null;
  clusterKey: string | null;
  appointedBy: KeyedAppointer | null;
  termYears: number | null;
  isFunction: boolean;
  born: OrgFileBornRule | null;
  politicalParty: string | null;
}

export interface NRule extends Validity, Sourced {
  forumKey: string;
  /** Unique within the forum; derived from the spec when the file gives none. */
  key: string;
  severity: Severity;
  spec: CompositionRuleSpec;
  verification: Verification | null;
}

export interface NPerson extends Sourced {
  key: string;
  name: string;
  email: string | null;
  politicalParty: string | null;
}

export interface NOffice extends Validity, Sourced {
  personKey: string;
  partyKey: string;
  office: Office;
}

export interface NAppointment extends Validity, Sourced {
  seatRef: string;
  personKey: string;
  onBehalfOfKey: string | null;
  substituteKey: string | null;
  appointedBy: KeyedAppointer | null;
  termEnd: IsoDate | null;
}

/** True for the first (or only) seat of a file entry: entry-level checks run once. */
export function isFirstOfEntry(seat: Pick<NSeat, 'expandedFrom'>): boolean {
  return seat.expandedFrom === null || seat.expandedFrom.index === 1;
}

/** One collaboration, normalised. Lists keep the file's order. */
export interface NormalisedOrg {
  collaboration: NCollaboration;
  parties: NParty[];
  clusters: NCluster[];
  memberships: NMembership[];
  fora: NForum[];
  seats: NSeat[];
  rules: NRule[];
  persons: NPerson[];
  offices: NOffice[];
  appointments: NAppointment[];
}
