/**
 * The worker task of the office-holder import: read an uploaded CSV or XLSX file (its first
 * sheet) and its rows against the collaboration's parties. Pure CPU work on the worker pool.
 */
import {
  readHolderRows,
  type HolderImportParty,
  type HolderRow,
} from '../../../domain/organisation/office-holders-rows';
import type { FileRowError } from '../../../shared/plan-indicators.contract';
import { createInlinePool, taskCaller, type WorkerPool } from '../../platform/worker-pool';
import { readSheets, type SheetKind } from '../plans/pure';

/** The rows read from a file, or null when it is not a readable CSV/XLSX. */
export interface ReadHolderFile {
  rows: HolderRow[];
  errors: FileRowError[];
  count: number;
}

async function readHolderFileTask(input: {
  bytes: Uint8Array;
  kind: SheetKind;
  parties: HolderImportParty[];
}): Promise<ReadHolderFile | null> {
  const sheets = await readSheets(input.bytes, input.kind);
  const first = sheets?.[0];
  if (!first) return null;
  return readHolderRows(first.rows, input.parties);
}

/** The office-holder tasks, by name (see `src/server/worker-tasks.ts`). */
export const ORG_HOLDER_TASKS = { 'orgHolders.read': readHolderFileTask } as const;

/** Runs an office-holder task on a pool. */
export const runOrgHolderTask = taskCaller(ORG_HOLDER_TASKS);

/** The tasks run inline (for callers without a pool, e.g. the CLI). */
export const INLINE_ORG_HOLDER_POOL: WorkerPool = createInlinePool(ORG_HOLDER_TASKS);
