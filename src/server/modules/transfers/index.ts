/**
 * Task transfers (issue 12 point 4): the South Danish model for agreed and planned task transfer.
 *
 * - Routes: `transfersModule` (register under /api with `{ db, cases: caseDeps(db) }`).
 * - Tables: `taskTransfers` (scope resolution: a transfer lies in its cluster's forum and
 *   cluster), `transferOrientations` (one per transfer: the exactly-once orientation item).
 * - Writes the knowledge bank's `taskTransfer` entries in every change's transaction.
 */
import type { FastifyInstance } from 'fastify';
import { PLACE_ORIENTATIONS_JOB, placePendingOrientations } from './orientation.job';
import { transferRoutes } from './transfers.routes';
import type { TransfersDeps } from './transfers.service';

export type { TransfersDeps } from './transfers.service';
export { taskTransfers, transferOrientations } from './transfers.table';
export { placePendingOrientations } from './orientation.job';
export {
  createTransfer,
  decideTransfer,
  placeOrientation,
  updateTransfer,
  withdrawTransfer,
} from './transfers.service';

/**
 * The /api/transfers routes and the job placing pending orientations (every five minutes and at
 * start-up) as one plugin.
 */
export async function transfersModule(app: FastifyInstance, deps: TransfersDeps): Promise<void> {
  app.jobs.define({
    name: PLACE_ORIENTATIONS_JOB,
    policy: 'stately',
    cron: '*/5 * * * *',
    runOnStart: true,
    handler: async () => {
      const placed = await placePendingOrientations(deps);
      if (placed) app.log.info({ placed }, 'pending transfer orientations placed');
    },
  });
  await transferRoutes(app, deps);
}
