/**
 * Task transfers (issue 12 point 4): the South Danish model for agreed and planned task transfer.
 *
 * - Routes: `transfersModule` (register under /api with `{ db, cases: caseDeps(db) }`).
 * - Tables: `taskTransfers` (scope resolution: a transfer lies in its cluster's forum and
 *   cluster), `transferOrientations` (one per transfer: the exactly-once orientation item).
 * - Writes the knowledge bank's `taskTransfer` entries in every change's transaction.
 */
import type { FastifyInstance } from 'fastify';
import { transferRoutes } from './transfers.routes';
import type { TransfersDeps } from './transfers.service';

export type { TransfersDeps } from './transfers.service';
export { taskTransfers, transferOrientations } from './transfers.table';
export {
  createTransfer,
  decideTransfer,
  placeOrientation,
  updateTransfer,
  withdrawTransfer,
} from './transfers.service';

/** The /api/transfers routes as one plugin. */
export async function transfersModule(app: FastifyInstance, deps: TransfersDeps): Promise<void> {
  await transferRoutes(app, deps);
}
