/**
 * The worker tasks of plan files: reading an uploaded CSV/XLSX (and checking a plan file against
 * the look-ups the caller read from the database), writing the XLSX export, and rendering the PDF
 * report. Pure CPU work on the worker pool; database work stays on the main thread.
 */
import {
  readPlanFile,
  type PlanFileLookups,
  type ReadPlanFile,
  type Sheet,
} from '../../../domain/plans/plan-file';
import { PLAN_FILE_SHEETS } from '../../../shared/plan-file.contract';
import { createInlinePool, taskCaller, type WorkerPool } from '../../platform/worker-pool';
import { readSheets, writeXlsx, type ReadSheet, type SheetKind } from './plan-file.sheets';
import { renderPlanReport, type PlanReport } from './report.pdf';

type Cell = string | number | null;

/** A sheet's first row as its header, the rest as its rows. */
export function asSheet(sheet: ReadSheet): Sheet {
  const [header, ...rows] = sheet.rows;
  return { header: header ?? { row: 1, cells: [] }, rows };
}

const named = (sheets: ReadSheet[], name: string) =>
  sheets.find((s) => s.name.trim().toLocaleLowerCase('da-DK') === name.toLocaleLowerCase('da-DK'));

/** Reads a file's sheets; `null` = unreadable. */
async function readSheetsTask(input: {
  bytes: Uint8Array;
  kind: SheetKind;
}): Promise<ReadSheet[] | null> {
  return readSheets(input.bytes, input.kind);
}

/** Reads and checks a plan file; `null` = unreadable. */
async function readPlanFileTask(input: {
  bytes: Uint8Array;
  kind: SheetKind;
  lookups: PlanFileLookups | null;
}): Promise<ReadPlanFile | null> {
  const sheets = await readSheets(input.bytes, input.kind);
  if (!sheets?.length) return null;
  const initiatives = named(sheets, PLAN_FILE_SHEETS.initiatives) ?? sheets[0];
  if (!initiatives) return null;
  const goals = input.kind === 'xlsx' ? named(sheets, PLAN_FILE_SHEETS.goals) : undefined;
  return readPlanFile(
    { initiatives: asSheet(initiatives), goals: goals ? asSheet(goals) : null },
    input.lookups,
  );
}

async function writeXlsxTask(input: {
  sheets: { name: string; rows: Cell[][]; widths?: number[] }[];
}): Promise<Uint8Array> {
  return writeXlsx(input.sheets);
}

async function renderReportTask(input: { report: PlanReport }): Promise<Uint8Array> {
  return renderPlanReport(input.report);
}

/** The plan-file tasks, by name (see `src/server/worker-tasks.ts`). */
export const PLAN_FILE_TASKS = {
  'planFile.readSheets': readSheetsTask,
  'planFile.read': readPlanFileTask,
  'planFile.writeXlsx': writeXlsxTask,
  'planFile.report': renderReportTask,
} as const;

/** Runs a plan-file task on a pool. */
export const runPlanFileTask = taskCaller(PLAN_FILE_TASKS);

/** The tasks run inline (for callers without a pool). */
export const INLINE_PLAN_FILE_POOL: WorkerPool = createInlinePool(PLAN_FILE_TASKS);

/** Bytes as a Buffer (a worker's Buffer arrives as a plain Uint8Array). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
