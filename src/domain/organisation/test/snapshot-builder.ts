/**
 * Test helper: builds `OrgSnapshot`s row by row with sensible defaults, so a test states only
 * what it is about. Ids are readable (`forum:ssu`, `appointment:7`) to make failures legible.
 */
import type { IsoDate, Validity } from '../../../shared/dates';
import type { Office, PartyKind, Severity } from '../../../shared/organisation.enums';
import type {
  Appointment,
  Cluster,
  CompositionRuleSpec,
  Forum,
  OrgSnapshot,
  Party,
  Seat,
  VersionRow,
} from '../types';

/** The day the 2022 cluster structure started; the default start of every row. */
export const START: IsoDate = '2022-07-01';

type Period = Partial<Validity>;
type MutableSnapshot = {
  -readonly [K in keyof OrgSnapshot]: OrgSnapshot[K] extends readonly (infer U)[]
    ? U[]
    : Record<string, IsoDate[]>;
};

/** A readable id fragment: "Sundhedsklynge Fyn" → "sundhedsklynge-fyn". */
export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');

const emptySnapshot = (): MutableSnapshot => ({
  collaborations: [],
  parties: [],
  clusters: [],
  clusterMemberships: [],
  fora: [],
  seats: [],
  persons: [],
  officeHoldings: [],
  appointments: [],
  compositionRules: [],
  meetingDates: {},
});

const partyDefaults = (kind: PartyKind, name: string): Omit<Party, keyof VersionRow> => ({
  kind,
  name,
  code: null,
  population: null,
  populationYear: null,
  parentPartyId: null,
  verified: true,
  source: null,
  verification: null,
  councilSize: null,
  predecessorPartyIds: [],
});

const forumDefaults = (name: string): Omit<Forum, keyof VersionRow> => ({
  name,
  shortName: null,
  level: 'regional',
  kind: 'political',
  scope: 'crossSector',
  clusterId: null,
  reportsToForumId: null,
  cadence: null,
  secretariat: null,
  charter: null,
  mustTasks: [],
  mayTasks: [],
  decisionCompetence: null,
  successorForumIds: [],
  agendaDeadlineWorkingDays: null,
  ownerPartyId: null,
  verification: null,
});

const seatDefaults = (forumId: string, label: string): Omit<Seat, keyof VersionRow> => ({
  forumId,
  role: 'member',
  label,
  partyKind: null,
  partyId: null,
  clusterId: null,
  appointedBy: null,
  termYears: null,
  isFunction: false,
  born: null,
  politicalParty: null,
});

const appointmentDefaults = (seatId: string, personId: string) => ({
  seatId,
  personId,
  onBehalfOfPartyId: null,
  substitutePersonId: null,
  appointedBy: null,
  termEnd: null,
});

function rowFactories() {
  let seq = 0;
  return {
    version: (prefix: string, key: string, period: Period = {}): VersionRow => {
      const entityId = `${prefix}:${key}`;
      return { id: `${entityId}@${++seq}`, entityId, validFrom: START, validTo: null, ...period };
    },
    fact: (prefix: string, period: Period = {}) => ({
      id: `${prefix}:${++seq}`,
      validFrom: START,
      validTo: null,
      ...period,
    }),
  };
}

function organisationRows(
  snap: MutableSnapshot,
  { version, fact }: ReturnType<typeof rowFactories>,
) {
  return {
    collaboration(name: string, regionName: string): string {
      const key = slug(regionName);
      const row = { ...version('collaboration', key), key, name, regionName };
      snap.collaborations.push(row);
      return row.entityId;
    },
    party(kind: PartyKind, name: string, extra: Partial<Party> = {}): string {
      const row = { ...version('party', slug(name)), ...partyDefaults(kind, name), ...extra };
      snap.parties.push(row);
      return row.entityId;
    },
    cluster(name: string, partyIds: readonly string[], extra: Partial<Cluster> = {}): string {
      const base: Omit<Cluster, keyof VersionRow> = {
        name,
        kind: 'cluster',
        acuteHospitalPartyId: null,
        verified: true,
        source: null,
        reference: null,
        verification: null,
      };
      const row = { ...version('cluster', slug(name)), ...base, ...extra };
      snap.clusters.push(row);
      for (const partyId of partyIds) {
        const link = {
          clusterId: row.entityId,
          partyId,
          partial: false,
          verified: true,
          source: null,
          note: null,
          verification: null,
        };
        snap.clusterMemberships.push({ ...fact('membership'), ...link });
      }
      return row.entityId;
    },
    forum(key: string, name: string, extra: Partial<Forum> = {}): string {
      const row = { ...version('forum', key), ...forumDefaults(name), ...extra };
      snap.fora.push(row);
      return row.entityId;
    },
    seat(forumId: string, label: string, extra: Partial<Seat> = {}): string {
      const key = `${forumId.replace('forum:', '')}/${slug(label)}`;
      const row = { ...version('seat', key), ...seatDefaults(forumId, label), ...extra };
      snap.seats.push(row);
      return row.entityId;
    },
  };
}

function factRows(snap: MutableSnapshot, { fact }: ReturnType<typeof rowFactories>) {
  return {
    person(name: string, politicalParty: string | null = null): string {
      const id = `person:${slug(name)}`;
      snap.persons.push({ id, name, email: null, userId: null, fictional: true, politicalParty });
      return id;
    },
    office(personId: string, partyId: string, office: Office, period: Period = {}): string {
      const row = { ...fact('office', period), personId, partyId, office };
      snap.officeHoldings.push(row);
      return row.id;
    },
    appoint(seatId: string, personId: string, extra: Partial<Appointment> = {}): string {
      const row = { ...fact('appointment'), ...appointmentDefaults(seatId, personId), ...extra };
      snap.appointments.push(row);
      return row.id;
    },
    rule(forumId: string, spec: CompositionRuleSpec, severity: Severity = 'error'): string {
      const row = { ...fact('rule'), forumId, severity, spec, verification: null };
      snap.compositionRules.push(row);
      return row.id;
    },
    meetings(forumId: string, dates: readonly IsoDate[]): void {
      snap.meetingDates[forumId] = [...(snap.meetingDates[forumId] ?? []), ...dates];
    },
  };
}

/** Finds any row with an `id` (version or fact) so a test can end or edit it. */
function rowById(snap: MutableSnapshot, id: string): Validity {
  const rows: Array<Validity & { id: string }> = [
    ...snap.appointments,
    ...snap.officeHoldings,
    ...snap.clusterMemberships,
    ...snap.compositionRules,
    ...snap.seats,
    ...snap.fora,
    ...snap.parties,
    ...snap.clusters,
  ];
  const row = rows.find((r) => r.id === id || ('entityId' in r && r.entityId === id));
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}

/** Mutable snapshot under construction plus helpers that add rows and return their ids. */
export function createSnapshotBuilder() {
  const snap = emptySnapshot();
  const factories = rowFactories();
  return {
    snap,
    /** A deep copy to hand to the code under test. */
    snapshot: (): OrgSnapshot => structuredClone(snap),
    ...organisationRows(snap, factories),
    ...factRows(snap, factories),
    /** Sets the last valid day of a row (by id, or by entityId for a single-version entity). */
    end(id: string, validTo: IsoDate): void {
      rowById(snap, id).validTo = validTo;
    },
  };
}

/** The builder's type, for helpers that take one. */
export type SnapshotBuilder = ReturnType<typeof createSnapshotBuilder>;
