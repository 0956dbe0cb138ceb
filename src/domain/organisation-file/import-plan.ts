/**
 * The import planner: compares a normalised file with the stored collaboration of the same key
 * and plans the writes (see `import-versioned.ts` and `import-facts.ts` for the rules per kind).
 * Keys are resolved to stored entity ids; new keys get fresh ids from `newId`, so references
 * between new elements resolve within the one plan.
 */
import { ORG_IMPORT_KINDS, type OrgImportKind } from '../../shared/org-file.contract';
import type { Person } from '../organisation/types';
import { planFactKind, planPersons, type FRow, type IncomingFact } from './import-facts';
import {
  kindDiff,
  predecessorRef,
  type FactImportKind,
  type ImportPlan,
  type ImportPlanInput,
  type KindDiffBuilder,
  type VersionedImportKind,
} from './import-types';
import { planVersionedKind, type PlanSink, type VRow } from './import-versioned';
import type { FilePath } from './locate';
import {
  groupVersions,
  keyMapsOf,
  personFileKey,
  ruleFileKey,
  storedRuleKey,
  type KeyedSnapshot,
  type KeyMaps,
} from './stored';
import { factKeys, toSnapshot, type KeyedOrgSnapshot, type SnapshotIds } from './to-snapshot';

const EMPTY: KeyedSnapshot = {
  collaborations: [],
  parties: [],
  clusters: [],
  clusterMemberships: [],
  fora: [],
  seats: [],
  compositionRules: [],
  persons: [],
  officeHoldings: [],
  appointments: [],
};

/** Canonical JSON values (undefined dropped), so stored and incoming compare structurally. */
const canonical = <T>(row: T): T => JSON.parse(JSON.stringify(row)) as T;

function resolvers(input: ImportPlanInput, maps: KeyMaps, collaborationId: string): SnapshotIds {
  const reverse = (map: ReadonlyMap<string, string>) =>
    new Map([...map].map(([id, key]) => [key, id]));
  const fresh = new Map<string, string>();
  const resolve = (kind: string, known: Map<string, string>) => (key: string) => {
    const hit = known.get(key) ?? fresh.get(`${kind}|${key}`);
    if (hit !== undefined) return hit;
    const id = input.newId();
    fresh.set(`${kind}|${key}`, id);
    return id;
  };
  const collaborationKey = input.incoming.collaboration.key;
  const party = resolve('party', reverse(maps.party));
  const predecessor = (collaboration: string, key: string): string =>
    collaboration === collaborationKey
      ? party(key)
      : (input.predecessorIds?.get(predecessorRef(collaboration, key)) ?? '');
  const persons = new Map(
    [...(input.stored?.persons ?? []), ...input.knownPersons].map((p) => [
      personFileKey(collaborationKey, p),
      p.id,
    ]),
  );
  return {
    collaboration: collaborationId,
    party,
    predecessor,
    cluster: resolve('cluster', reverse(maps.cluster)),
    forum: resolve('forum', reverse(maps.forum)),
    seat: resolve('seat', reverse(maps.seat)),
    person: resolve('person', persons),
    version: () => '',
  };
}

function facts(
  rows: readonly { key: string | null }[],
  path: (i: number) => FilePath,
): IncomingFact[] {
  return rows.map((row, i) => ({
    identity: row.key ?? '',
    row: canonical(row) as unknown as FRow,
    path: path(i),
  }));
}

function byIdentity<T>(rows: readonly T[], identity: (row: T) => string): Map<string, FRow> {
  return new Map(rows.map((row) => [identity(row), canonical(row) as unknown as FRow]));
}

function storedFacts(stored: KeyedSnapshot, maps: KeyMaps) {
  const fictional = new Set(stored.persons.filter((p) => p.fictional).map((p) => p.id));
  const key = (map: ReadonlyMap<string, string>, id: string) => map.get(id) ?? id;
  const holdings = stored.officeHoldings.filter((h) => fictional.has(h.personId));
  const appointments = stored.appointments.filter((a) => fictional.has(a.personId));
  return {
    skipped:
      stored.officeHoldings.length -
      holdings.length +
      stored.appointments.length -
      appointments.length,
    clusterMembership: byIdentity(stored.clusterMemberships, (m) =>
      factKeys.membership(key(maps.cluster, m.clusterId), key(maps.party, m.partyId), m.validFrom),
    ),
    compositionRule: byIdentity(stored.compositionRules, (r) => {
      const forumKey = key(maps.forum, r.forumId);
      return storedRuleKey(forumKey, ruleFileKey(forumKey, r));
    }),
    officeHolding: byIdentity(holdings, (h) =>
      factKeys.officeHolding(
        key(maps.person, h.personId),
        key(maps.party, h.partyId),
        h.office,
        h.validFrom,
      ),
    ),
    appointment: byIdentity(appointments, (a) =>
      factKeys.appointment(key(maps.seat, a.seatId), key(maps.person, a.personId), a.validFrom),
    ),
  };
}

/** A problem per predecessor party that is neither in the file nor stored. */
function predecessorProblems(input: ImportPlanInput): ImportPlan['problems'] {
  const own = input.incoming.collaboration.key;
  const ownKeys = new Set(input.incoming.parties.map((p) => p.key));
  return input.incoming.parties.flatMap((p) =>
    p.predecessors.flatMap((x, i) => {
      const found =
        x.collaboration === own
          ? ownKeys.has(x.party)
          : input.predecessorIds?.has(predecessorRef(x.collaboration, x.party)) === true;
      if (found) return [];
      return [
        {
          path: [...p.path, 'predecessors', i],
          message: `Forgængeren "${x.party}" i samarbejdet "${x.collaboration}" findes ikke. Indlæs først det samarbejde, eller ret nøglerne.`,
          messageEn: `The predecessor "${x.party}" in collaboration "${x.collaboration}" does not exist. Import that collaboration first, or correct the keys.`,
        },
      ];
    }),
  );
}

/** What the per-kind planners share. */
interface PlanContext {
  input: ImportPlanInput;
  stored: KeyedSnapshot;
  snap: KeyedOrgSnapshot;
  maps: KeyMaps;
  sink: PlanSink;
  diff: (kind: OrgImportKind) => KindDiffBuilder;
}

/** One versioned kind: stored rows, how to show a stored entity, incoming keys and paths. */
function planEntities(
  ctx: PlanContext,
  kind: VersionedImportKind,
  stored: readonly object[],
  show: ReadonlyMap<string, string> | null,
  incoming: { rows: readonly object[]; elements: readonly { path: FilePath }[] },
  displayOf: (i: number) => string,
): void {
  const display = (id: string) => show?.get(id) ?? ctx.input.incoming.collaboration.key;
  const entities = incoming.rows.map((row, i) => ({
    row: canonical(row) as VRow,
    display: displayOf(i),
    path: incoming.elements[i]?.path ?? [],
  }));
  const grouped = groupVersions(stored as unknown as VRow[]);
  planVersionedKind(kind, grouped, display, entities, ctx.sink, ctx.diff(kind));
}

function planAllEntities(ctx: PlanContext): void {
  const { stored, snap, maps } = ctx;
  const org = ctx.input.incoming;
  const collaboration = { rows: snap.collaborations, elements: [org.collaboration] };
  planEntities(
    ctx,
    'collaboration',
    stored.collaborations,
    null,
    collaboration,
    () => org.collaboration.key,
  );
  const parties = { rows: snap.parties, elements: org.parties };
  planEntities(ctx, 'party', stored.parties, maps.party, parties, (i) => org.parties[i]?.key ?? '');
  const clusters = { rows: snap.clusters, elements: org.clusters };
  planEntities(
    ctx,
    'cluster',
    stored.clusters,
    maps.cluster,
    clusters,
    (i) => org.clusters[i]?.key ?? '',
  );
  const fora = { rows: snap.fora, elements: org.fora };
  planEntities(ctx, 'forum', stored.fora, maps.forum, fora, (i) => org.fora[i]?.key ?? '');
  const seats = { rows: snap.seats, elements: org.seats };
  planEntities(ctx, 'seat', stored.seats, maps.seat, seats, (i) => org.seats[i]?.ref ?? '');
}

function planAllFacts(ctx: PlanContext): number {
  const { stored, snap, sink } = ctx;
  const org = ctx.input.incoming;
  const known = new Map<string, Person & { key: string | null }>(
    [...stored.persons, ...ctx.input.knownPersons].map((p) => [p.id, p]),
  );
  const persons = snap.persons.map((row, i) => ({
    row,
    fileKey: org.persons[i]?.key ?? '',
    path: org.persons[i]?.path ?? [],
  }));
  planPersons(known, persons, sink, ctx.diff('person'));
  const existing = storedFacts(stored, ctx.maps);
  const fact = (kind: FactImportKind, incoming: IncomingFact[]) =>
    planFactKind(kind, existing[kind], incoming, sink, ctx.diff(kind));
  fact(
    'clusterMembership',
    facts(snap.clusterMemberships, (i) => org.memberships[i]?.path ?? []),
  );
  fact(
    'compositionRule',
    facts(snap.compositionRules, (i) => org.rules[i]?.path ?? []),
  );
  fact(
    'officeHolding',
    facts(snap.officeHoldings, (i) => org.offices[i]?.path ?? []),
  );
  fact(
    'appointment',
    facts(snap.appointments, (i) => org.appointments[i]?.path ?? []),
  );
  return existing.skipped;
}

/** Plans the import of `input.incoming` over `input.stored`. */
export function planOrgImport(input: ImportPlanInput): ImportPlan {
  const stored = input.stored ?? EMPTY;
  const collaboration = stored.collaborations[0];
  const collaborationId = collaboration?.entityId ?? input.newId();
  const maps = keyMapsOf(stored, input.incoming.collaboration.key);
  const snap = toSnapshot(input.incoming, resolvers(input, maps, collaborationId));
  const sink: PlanSink = {
    effectiveFrom: input.effectiveFrom,
    prune: input.prune,
    ops: [],
    problems: predecessorProblems(input),
  };
  const diffs = new Map(ORG_IMPORT_KINDS.map((k) => [k, kindDiff(k)]));
  const diff = (kind: OrgImportKind) => diffs.get(kind) as KindDiffBuilder;
  const ctx: PlanContext = { input, stored, snap, maps, sink, diff };
  planAllEntities(ctx);
  const skipped = planAllFacts(ctx);
  const kinds = [...diffs.values()];
  const count = (pick: (k: KindDiffBuilder) => number) =>
    kinds.reduce((sum, k) => sum + pick(k), 0);
  const counts = {
    created: count((k) => k.created.length),
    changed: count((k) => k.changed.length),
    ended: count((k) => k.ended.length),
    missing: count((k) => k.missing.length),
  };
  return {
    collaborationId,
    ops: sink.ops,
    problems: sink.problems,
    diff: {
      collaborationKey: input.incoming.collaboration.key,
      collaborationCreated: collaboration === undefined,
      effectiveFrom: input.effectiveFrom,
      prune: input.prune,
      noop: sink.ops.length === 0,
      counts,
      kinds,
      skippedFacts: skipped,
    },
  };
}
