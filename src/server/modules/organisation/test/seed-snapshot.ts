/**
 * Test factory: writes a domain `OrgSnapshot` (e.g. the South Denmark fixture of
 * src/domain/organisation/test) into the database through the module's repo writes, in one
 * audited transaction. The fixture's readable ids (`forum:ssu`) become UUIDs; `idOf` maps them.
 * Keys are the readable ids without their prefix, as the YAML importer would set them.
 */
import { randomUUID } from 'node:crypto';
import type { OrgSnapshot } from '../../../../domain/organisation/index';
import type { Db } from '../../../db/client';
import { mutate, SYSTEM_ACTOR } from '../../../platform/audit';
import { insertPerson } from '../org-people.repo';
import { insertFact, insertVersion, type FactKind, type VersionedKind } from '../org-version.repo';

/** The fixture ids → database ids, and the collaboration's entityId. */
export interface SeededSnapshot {
  collaborationId: string;
  idOf: (fixtureId: string) => string;
}

function remapper(snapshot: OrgSnapshot): { map: Map<string, string>; remap: <T>(v: T) => T } {
  const map = new Map<string, string>();
  const rows = [
    ...snapshot.collaborations,
    ...snapshot.parties,
    ...snapshot.clusters,
    ...snapshot.fora,
    ...snapshot.seats,
  ];
  for (const row of rows) {
    if (!map.has(row.entityId)) map.set(row.entityId, randomUUID());
    map.set(row.id, randomUUID());
  }
  const facts = [
    ...snapshot.clusterMemberships,
    ...snapshot.officeHoldings,
    ...snapshot.appointments,
    ...snapshot.compositionRules,
    ...snapshot.persons,
  ];
  for (const row of facts) map.set(row.id, randomUUID());
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return map.get(value) ?? value;
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return { map, remap: <T>(v: T) => walk(v) as T };
}

const keyOf = (fixtureId: string): string => fixtureId.replace(/^[a-z]+:/, '').replace(/@\d+$/, '');

/** Writes every row of `snapshot` (one collaboration) and returns the id mapping. */
export async function seedSnapshot(db: Db, snapshot: OrgSnapshot): Promise<SeededSnapshot> {
  const { map, remap } = remapper(snapshot);
  const idOf = (fixtureId: string): string => {
    const id = map.get(fixtureId);
    if (id === undefined) throw new Error(`no fixture row ${fixtureId}`);
    return id;
  };
  const collaboration = snapshot.collaborations[0];
  if (!collaboration) throw new Error('the snapshot has no collaboration');
  const collaborationId = idOf(collaboration.entityId);
  await mutate(db, SYSTEM_ACTOR, async (tx) => {
    for (const row of snapshot.collaborations) {
      await insertVersion(tx, 'collaboration', { ...remap(row), key: row.key });
    }
    const versioned: Array<[VersionedKind, readonly { entityId: string }[]]> = [
      ['party', snapshot.parties],
      ['cluster', snapshot.clusters],
      ['forum', snapshot.fora],
      ['seat', snapshot.seats],
    ];
    for (const [kind, rows] of versioned) {
      for (const row of rows) {
        const values = { ...remap(row), collaborationId, key: keyOf(row.entityId) };
        await insertVersion(tx, kind, values as Parameters<typeof insertVersion>[2]);
      }
    }
    for (const person of snapshot.persons) {
      await insertPerson(tx, { ...remap(person), key: keyOf(person.id) });
    }
    const facts: Array<[FactKind, readonly { id: string }[]]> = [
      ['clusterMembership', snapshot.clusterMemberships],
      ['officeHolding', snapshot.officeHoldings],
      ['appointment', snapshot.appointments],
      ['compositionRule', snapshot.compositionRules],
    ];
    for (const [kind, rows] of facts) {
      for (const row of rows) {
        const values = { ...remap(row), collaborationId, key: keyOf(row.id) };
        await insertFact(tx, kind, values as Parameters<typeof insertFact>[2]);
      }
    }
    return {
      result: undefined,
      audit: {
        action: 'organisation.seed',
        entityType: 'collaboration',
        entityId: collaborationId,
      },
    };
  });
  return { collaborationId, idOf };
}
