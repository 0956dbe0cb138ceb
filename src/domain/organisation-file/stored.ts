/**
 * The organisation as stored: the domain's rows plus the importer's handles (`key`). The server's
 * loaded snapshot has this shape; the export reads it and the import plans against it. Also the
 * translation between stored handles and file keys:
 *
 * - parties, clusters and fora: the stored key is the file key;
 * - seats: stored as `forumKey/seatKey` (a seat created in the app has a key of its own, which
 *   becomes its file key within its forum);
 * - composition rules: stored as `forumKey/ruleKey`, or without a key (the file key is then the
 *   one derived from the spec);
 * - persons are global, so a file's person key is stored as `collaborationKey:personKey`; a
 *   person without such a key is `person-<id>` in a file.
 */
import type {
  Appointment,
  Cluster,
  ClusterMembership,
  Collaboration,
  CompositionRule,
  Forum,
  OfficeHolding,
  Party,
  Person,
  Seat,
} from '../organisation/types';
import { defaultRuleKey } from './normalise';

interface Keyed {
  key: string;
}
interface MaybeKeyed {
  key: string | null;
}

/** Every stored row of one collaboration, with handles. */
export interface KeyedSnapshot {
  readonly collaborations: readonly Collaboration[];
  readonly parties: readonly (Party & Keyed)[];
  readonly clusters: readonly (Cluster & Keyed)[];
  readonly clusterMemberships: readonly (ClusterMembership & MaybeKeyed)[];
  readonly fora: readonly (Forum & Keyed)[];
  readonly seats: readonly (Seat & Keyed)[];
  readonly compositionRules: readonly (CompositionRule & MaybeKeyed)[];
  readonly persons: readonly (Person & MaybeKeyed)[];
  readonly officeHoldings: readonly (OfficeHolding & MaybeKeyed)[];
  readonly appointments: readonly (Appointment & MaybeKeyed)[];
}

/** File keys of stored entities (entityId, or person id → key). */
export interface KeyMaps {
  party: ReadonlyMap<string, string>;
  cluster: ReadonlyMap<string, string>;
  forum: ReadonlyMap<string, string>;
  /** Seat entityId → seat ref `forumKey/seatKey`. */
  seat: ReadonlyMap<string, string>;
  person: ReadonlyMap<string, string>;
}

/** The stored key of a file seat ref (the ref itself). */
export const storedSeatKey = (ref: string): string => ref;

/** The seat ref of a stored seat whose forum has `forumKey`. */
export function seatRefOf(forumKey: string, storedKey: string): string {
  return storedKey.startsWith(`${forumKey}/`) ? storedKey : `${forumKey}/${storedKey}`;
}

/** The stored key of a file person key in a collaboration. */
export const storedPersonKey = (collaborationKey: string, key: string): string =>
  `${collaborationKey}:${key}`;

/** The person id a `person-<id>` file key names, if it has that form. */
export function personIdOfKey(key: string): string | null {
  const match = /^person-([0-9a-f-]{36})$/.exec(key);
  return match?.[1] ?? null;
}

/** The file key of a stored person. */
export function personFileKey(collaborationKey: string, person: Person & MaybeKeyed): string {
  const prefix = `${collaborationKey}:`;
  return person.key?.startsWith(prefix) ? person.key.slice(prefix.length) : `person-${person.id}`;
}

/** The stored key of a composition rule. */
export const storedRuleKey = (forumKey: string, ruleKey: string): string =>
  `${forumKey}/${ruleKey}`;

/** The file key of a stored composition rule. */
export function ruleFileKey(forumKey: string, rule: CompositionRule & MaybeKeyed): string {
  if (rule.key === null) return defaultRuleKey(rule.spec);
  return rule.key.startsWith(`${forumKey}/`) ? rule.key.slice(forumKey.length + 1) : rule.key;
}

/** The key maps of a stored collaboration. */
export function keyMapsOf(stored: KeyedSnapshot, collaborationKey: string): KeyMaps {
  const byEntity = (rows: readonly (Keyed & { entityId: string })[]) =>
    new Map(rows.map((r) => [r.entityId, r.key]));
  const forum = byEntity(stored.fora);
  return {
    party: byEntity(stored.parties),
    cluster: byEntity(stored.clusters),
    forum,
    seat: new Map(
      stored.seats.map((s) => [s.entityId, seatRefOf(forum.get(s.forumId) ?? '?', s.key)]),
    ),
    person: new Map(stored.persons.map((p) => [p.id, personFileKey(collaborationKey, p)])),
  };
}

/** Versions of each entity, oldest first, keyed by entityId (insertion order kept). */
export function groupVersions<T extends { entityId: string; validFrom: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
    groups.set(row.entityId, [...(groups.get(row.entityId) ?? []), row]);
  }
  return groups;
}
