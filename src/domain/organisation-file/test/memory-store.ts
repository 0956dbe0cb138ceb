/**
 * Test helper: an in-memory store that carries out import plans like the server does, so the
 * planner's round trips (import, re-import, export) can be tested without a database.
 */
import type { ImportOp } from '../import-types';
import type { KeyedSnapshot } from '../stored';

type Row = Record<string, unknown>;
const TABLE_OF = {
  collaboration: 'collaborations',
  party: 'parties',
  cluster: 'clusters',
  forum: 'fora',
  seat: 'seats',
  clusterMembership: 'clusterMemberships',
  compositionRule: 'compositionRules',
  officeHolding: 'officeHoldings',
  appointment: 'appointments',
} as const;

/** A store of rows per snapshot table, and a counter for row ids. */
export function createMemoryStore() {
  const tables: Record<keyof KeyedSnapshot, Row[]> = {
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
  let seq = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
  const find = (rows: Row[], id: string) => rows.find((r) => r.id === id) as Row;

  function apply(op: ImportOp, collaborationId: string): void {
    if (op.op === 'insertPerson') {
      tables.persons.push({ userId: null, email: null, ...op.row });
    } else if (op.op === 'updatePerson') {
      Object.assign(find(tables.persons, op.id), op.patch);
    } else {
      const name = TABLE_OF[op.kind];
      const scoped = op.kind === 'collaboration' ? {} : { collaborationId };
      if (op.op === 'insertVersion' || op.op === 'insertFact') {
        tables[name].push({ id: newId(), key: null, ...scoped, ...op.row });
      } else if (op.op === 'updateVersion' || op.op === 'updateFact') {
        Object.assign(find(tables[name], op.id), op.patch);
      } else {
        tables[name] = tables[name].filter((r) => !op.ids.includes(r.id as string));
      }
    }
  }

  return {
    tables,
    newId,
    /** Carries out a plan's operations in order. */
    applyAll: (ops: readonly ImportOp[], collaborationId: string) => {
      for (const op of ops) apply(op, collaborationId);
    },
    /** The stored rows as a snapshot (null while empty). */
    snapshot: (): KeyedSnapshot | null =>
      tables.collaborations.length === 0
        ? null
        : (structuredClone(tables) as unknown as KeyedSnapshot),
  };
}
