/**
 * Plan files, the use cases: import a spreadsheet into a plan (a dry run shows the diff; a file
 * with any bad row is refused whole, 422, with every row's Danish error), export a plan to XLSX or
 * CSV, and check a file on its own (the CLI). Reading runs on the worker pool.
 */
import {
  diffCounts,
  diffPlanFile,
  planFileRows,
  type DiffNames,
  type ReadPlanFile,
  type StoredPlanFile,
} from '../../../domain/plans/plan-file';
import { planFileText } from '../../../domain/plans/plan-file-texts';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import { formatMegabytes } from '../../../shared/org-file.limits';
import {
  PLAN_FILE_LIMITS,
  PLAN_FILE_SHEETS,
  type PlanFileCheckResult,
  type PlanImportDiff,
} from '../../../shared/plan-file.contract';
import type { FileRowError } from '../../../shared/plan-indicators.contract';
import type { ProblemCode } from '../../../shared/problem';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { WorkerPool } from '../../platform/worker-pool';
import {
  applyPlanFile,
  collaborationFora,
  collaborationParties,
  loadStoredPlanFile,
  planFileLookups,
  type PlanRow,
} from './plan-file.repo';
import { writeCsv, type SheetKind } from './plan-file.sheets';
import { asBuffer, runPlanFileTask } from './plan-file.tasks';

/** A 4xx problem with a text of the `planFiles` namespace. */
export function planFileError(
  code: ProblemCode,
  key: string,
  params: Record<string, string | number> = {},
  options: ConstructorParameters<typeof AppError>[2] = {},
): AppError {
  return new AppError(code, planFileText(`errors.${key}`, params), options);
}

/** The refusal of a file with bad rows: 422, the first error in the detail, every row listed. */
export function rowsRefused(errors: readonly FileRowError[]): AppError {
  const first = errors[0];
  const text = planFileText('errors.rowsRefused', {
    count: new Set(errors.map((e) => `${e.sheet}|${e.row}`)).size,
    first: first?.message ?? '',
  });
  const firstEn = planFileText('errors.rowsRefused', {
    count: new Set(errors.map((e) => `${e.sheet}|${e.row}`)).size,
    first: first?.messageEn ?? '',
  });
  return new AppError(
    'unprocessable',
    { da: text.da, en: firstEn.en },
    {
      fieldErrors: errors.map((e) => ({
        path: `${e.sheet ? `${e.sheet}!` : ''}${e.column ?? ''}${e.row}`,
        message: e.message,
        messageEn: e.messageEn,
        line: e.row,
      })),
      extra: { rows: errors },
    },
  );
}

/** Refuses a file too large before any work is done on it. */
export function assertFileSize(bytes: number, max: number): void {
  if (bytes > max) {
    throw planFileError('payloadTooLarge', 'tooLarge', { max: formatMegabytes(max, 'da') });
  }
}

async function namesOf(db: Db, plan: PlanRow): Promise<DiffNames> {
  const [fora, parties] = await Promise.all([
    collaborationFora(db, plan.collaborationId),
    collaborationParties(db, plan.collaborationId),
  ]);
  const forum = new Map(fora.map((f) => [f.id, f.name]));
  const party = new Map(parties.map((p) => [p.id, p.name]));
  return {
    forum: (id) => (id ? (forum.get(id) ?? id) : ''),
    party: (id) => party.get(id) ?? id,
  };
}

export interface ImportOptions {
  dryRun: boolean;
  effectiveFrom?: IsoDate | undefined;
  workers: WorkerPool;
}

/** Reads a plan file against the plan (look-ups from the database, reading on the pool). */
async function readAgainst(
  db: Db,
  plan: PlanRow,
  bytes: Uint8Array,
  kind: SheetKind,
  workers: WorkerPool,
): Promise<{ file: ReadPlanFile; stored: StoredPlanFile }> {
  assertFileSize(bytes.byteLength, PLAN_FILE_LIMITS.maxBytes);
  const stored = await loadStoredPlanFile(db, plan.id);
  const lookups = await planFileLookups(db, plan, stored);
  const file = await runPlanFileTask(workers, 'planFile.read', { bytes, kind, lookups });
  if (!file) throw planFileError('unprocessable', 'unreadable');
  if (file.errors.length) throw rowsRefused(file.errors);
  return { file, stored };
}

/** Imports a plan file: the diff, and (not a dry run, not a no-op) the changes, audited once. */
export async function importPlanFile(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  bytes: Uint8Array,
  kind: SheetKind,
  options: ImportOptions,
): Promise<PlanImportDiff> {
  const effectiveFrom = options.effectiveFrom ?? todayInDenmark();
  const { file, stored } = await readAgainst(db, plan, bytes, kind, options.workers);
  const diff = diffPlanFile(file, stored, await namesOf(db, plan));
  const counts = diffCounts(diff);
  const noop = counts.added + counts.changed + counts.ended === 0;
  const result: PlanImportDiff = {
    planId: plan.id,
    dryRun: options.dryRun,
    noop,
    effectiveFrom,
    counts,
    goals: diff.goals,
    initiatives: diff.initiatives,
  };
  if (options.dryRun || noop) return result;
  return mutate(db, actor, async (tx) => {
    // Read again inside the transaction: the diff applied is the one against what is stored now.
    const current = await loadStoredPlanFile(tx, plan.id);
    const currentDiff = diffPlanFile(file, current, await namesOf(tx, plan));
    await applyPlanFile(tx, plan.id, file, current, effectiveFrom, currentDiff);
    return {
      result: { ...result, counts: diffCounts(currentDiff), ...currentDiff },
      audit: {
        action: 'plan.import',
        entityType: 'plan',
        entityId: plan.id,
        summary: `Plan importeret fra ${kind.toUpperCase()}: ${counts.added} nye, ${counts.changed} ændrede, ${counts.ended} afsluttede`,
        after: { counts: diffCounts(currentDiff), effectiveFrom },
        relatedIds: [plan.collaborationId],
      },
    };
  });
}

/** Checks a file on its own (no plan): structure, words, numbers, dates; names are not looked up. */
export async function checkPlanFile(
  bytes: Uint8Array,
  kind: SheetKind,
  workers: WorkerPool,
): Promise<PlanFileCheckResult> {
  assertFileSize(bytes.byteLength, PLAN_FILE_LIMITS.maxBytes);
  const file = await runPlanFileTask(workers, 'planFile.read', { bytes, kind, lookups: null });
  if (!file) throw planFileError('unprocessable', 'unreadable');
  return {
    valid: file.errors.length === 0,
    goals: file.goals?.length ?? 0,
    initiatives: file.initiatives.length,
    errors: file.errors,
  };
}

/** The years a plan spans (its priority columns), at most 12. */
function planYears(plan: PlanRow): number[] {
  const from = Number(plan.periodFrom.slice(0, 4));
  const to = plan.periodTo ? Number(plan.periodTo.slice(0, 4)) : from;
  const years: number[] = [];
  for (let y = from; y <= Math.min(to, from + 11); y += 1) years.push(y);
  return years;
}

/** A plan as a file: XLSX (both sheets) or CSV (the initiative sheet). */
export async function exportPlanFile(
  db: Db,
  plan: PlanRow,
  kind: SheetKind,
  workers: WorkerPool,
): Promise<{ bytes: Buffer; fileName: string; mediaType: string; initiatives: number }> {
  const stored = await loadStoredPlanFile(db, plan.id);
  const titles = new Map(stored.goals.map((g) => [g.code, g.title]));
  const rows = planFileRows(stored, titles, await namesOf(db, plan), planYears(plan));
  const base = `${plan.key}`.replace(/[^A-Za-z0-9æøåÆØÅ._-]/g, '_') || 'plan';
  const initiatives = stored.initiatives.length;
  if (kind === 'csv') {
    return {
      bytes: Buffer.from(writeCsv(rows.initiatives), 'utf8'),
      fileName: `${base}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      initiatives,
    };
  }
  const widths = rows.initiatives[0]?.map((h) =>
    h === 'titel' || h === 'beskrivelse' || h === 'milepæle' ? 40 : 16,
  );
  const bytes = await runPlanFileTask(workers, 'planFile.writeXlsx', {
    sheets: [
      { name: PLAN_FILE_SHEETS.initiatives, rows: rows.initiatives, ...(widths ? { widths } : {}) },
      { name: PLAN_FILE_SHEETS.goals, rows: rows.goals, widths: [10, 12, 60, 12] },
    ],
  });
  return {
    bytes: asBuffer(bytes),
    fileName: `${base}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    initiatives,
  };
}
