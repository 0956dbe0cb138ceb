/**
 * The import plan: what to write to bring the stored organisation in line with a file. The
 * planner is pure; the server carries the operations out in one transaction, in order.
 */
import type { IsoDate } from '../../shared/dates';
import type { OrgImportDiff, OrgImportKind } from '../../shared/org-file.contract';
import type { Person } from '../organisation/types';
import type { FilePath } from './locate';
import type { NormalisedOrg } from './model';
import type { KeyedSnapshot } from './stored';

/** The versioned kinds (rows with entityId and versions). */
export type VersionedImportKind = 'collaboration' | 'party' | 'cluster' | 'forum' | 'seat';
/** The fact kinds (rows with their own validity). */
export type FactImportKind =
  'clusterMembership' | 'compositionRule' | 'officeHolding' | 'appointment';

/** A row to write: column values by attribute name (ids, key and period included). */
export type RowValues = Record<string, unknown>;

/** One write. Rows of a collaboration get their `collaborationId` from the applier. */
export type ImportOp =
  | { op: 'insertVersion'; kind: VersionedImportKind; row: RowValues }
  | { op: 'updateVersion'; kind: VersionedImportKind; id: string; patch: RowValues }
  | { op: 'deleteVersions'; kind: VersionedImportKind; ids: string[] }
  | { op: 'insertFact'; kind: FactImportKind; row: RowValues }
  | { op: 'updateFact'; kind: FactImportKind; id: string; patch: RowValues }
  | { op: 'deleteFacts'; kind: FactImportKind; ids: string[] }
  | { op: 'insertPerson'; row: RowValues }
  | { op: 'updatePerson'; id: string; patch: RowValues };

/** A problem that stops the import, at a path of the file. */
export interface ImportProblem {
  path: FilePath;
  message: string;
  messageEn: string;
}

/** What the planner needs. */
export interface ImportPlanInput {
  /** The stored collaboration, or null when the file's collaboration key is new. */
  stored: KeyedSnapshot | null;
  /** Stored persons the file may name (by stored key or `person-<id>`), beyond `stored.persons`. */
  knownPersons: readonly (Person & { key: string | null })[];
  incoming: NormalisedOrg;
  effectiveFrom: IsoDate;
  prune: boolean;
  /** A fresh id (UUID) for a new entity or person. */
  newId: () => string;
  /**
   * Stored parties of other collaborations that the file names as predecessors (a merger):
   * `predecessorRef(collaborationKey, partyKey)` → the party's entityId. A predecessor not in it
   * (and not a party of the file's own collaboration) stops the import.
   */
  predecessorIds?: ReadonlyMap<string, string>;
}

/** The key of a predecessor party in `ImportPlanInput.predecessorIds`. */
export const predecessorRef = (collaborationKey: string, partyKey: string): string =>
  `${collaborationKey}/${partyKey}`;

/** The plan: writes in order, the diff, and problems (the import is refused when any). */
export interface ImportPlan {
  collaborationId: string;
  ops: ImportOp[];
  diff: Omit<OrgImportDiff, 'dryRun'>;
  problems: ImportProblem[];
}

/** Collects the diff of one kind. */
export interface KindDiffBuilder {
  kind: OrgImportKind;
  created: string[];
  changed: { key: string; fields: string[] }[];
  ended: string[];
  missing: string[];
}

/** An empty diff of one kind. */
export function kindDiff(kind: OrgImportKind): KindDiffBuilder {
  return { kind, created: [], changed: [], ended: [], missing: [] };
}
