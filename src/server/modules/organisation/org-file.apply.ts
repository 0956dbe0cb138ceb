/**
 * Carries out an import plan (src/domain/organisation-file/import-plan.ts) with the module's
 * repository functions, in the caller's transaction. Rows of a collaboration get its id here.
 */
import type { ImportOp } from '../../../domain/organisation-file/index';
import type { Db } from '../../db/client';
import { insertPerson, updatePersonRow, type NewPerson } from './org-people.repo';
import {
  applyVersionEnd,
  deleteFacts,
  insertFact,
  insertVersion,
  updateFact,
  updateVersion,
  type FactKind,
  type NewFactOf,
  type NewVersionOf,
  type VersionedKind,
} from './org-version.repo';

async function applyOne(tx: Db, op: ImportOp, collaborationId: string): Promise<void> {
  switch (op.op) {
    case 'insertVersion': {
      const row = op.kind === 'collaboration' ? op.row : { ...op.row, collaborationId };
      await insertVersion(tx, op.kind, row as NewVersionOf<VersionedKind>);
      return;
    }
    case 'updateVersion':
      await updateVersion(tx, op.kind, op.id, op.patch as Partial<NewVersionOf<VersionedKind>>);
      return;
    case 'deleteVersions':
      await applyVersionEnd(tx, op.kind, { kind: 'end', close: null, remove: op.ids });
      return;
    case 'insertFact':
      await insertFact(tx, op.kind, { ...op.row, collaborationId } as NewFactOf<FactKind>);
      return;
    case 'updateFact':
      await updateFact(tx, op.kind, op.id, op.patch as Partial<NewFactOf<FactKind>>);
      return;
    case 'deleteFacts':
      await deleteFacts(tx, op.kind, op.ids);
      return;
    case 'insertPerson':
      await insertPerson(tx, op.row as NewPerson);
      return;
    case 'updatePerson':
      await updatePersonRow(tx, op.id, op.patch as Partial<NewPerson>);
      return;
  }
}

/** Applies the operations in order (entities, then persons, then facts, as planned). */
export async function applyImportOps(
  tx: Db,
  ops: readonly ImportOp[],
  collaborationId: string,
): Promise<void> {
  for (const op of ops) await applyOne(tx, op, collaborationId);
}
