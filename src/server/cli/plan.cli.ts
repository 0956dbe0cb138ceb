/**
 * Plans as files on the command line (docs/plan-file.md), like the `org` commands:
 * `plan check FILE` (no database), `plan import FILE --plan <id|collaborationKey/planKey>`
 * (`--dry-run` shows the diff only) and `plan export --plan … FILE` (XLSX or CSV by extension).
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { planFileTextIn } from '../../domain/plans/plan-file-texts';
import { isIsoDate } from '../../shared/dates';
import { PLAN_FILE_LIMITS, type PlanImportDiff } from '../../shared/plan-file.contract';
import type { FileRowError } from '../../shared/plan-indicators.contract';
import { AppError } from '../platform/errors';
import type { WorkerPool } from '../platform/worker-pool';
import { findPlanByRef } from '../modules/plans/plan-file.repo';
import { checkPlanFile, exportPlanFile, importPlanFile } from '../modules/plans/plan-file.service';
import { sheetKindOf, type SheetKind } from '../modules/plans/plan-file.sheets';
import { cliActor, confirmWrite, withDatabase, withWorkers } from './context';

/** Exit code of bad input (a file that cannot be read, a bad option). */
const INPUT_ERROR = 2;

const t = (key: string, params: Record<string, string | number> = {}) =>
  planFileTextIn('da', key, params);

function kindOf(file: string): SheetKind | null {
  const kind = sheetKindOf(file);
  if (!kind) {
    console.error(t('cli.badExtension', { file }));
    process.exitCode = INPUT_ERROR;
  }
  return kind;
}

/** The file's bytes (at most the limit), or null with a message and exit code 2. */
function readFileCapped(file: string): Uint8Array | null {
  const max = PLAN_FILE_LIMITS.maxBytes;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).isFile() ? fstatSync(fd).size : 0;
    const buffer = Buffer.alloc(Math.min(size || max, max) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > max) {
      console.error(`${file}: ${t('errors.tooLarge', { max: `${max / (1024 * 1024)} MB` })}`);
      process.exitCode = INPUT_ERROR;
      return null;
    }
    return new Uint8Array(buffer.subarray(0, length));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`Filen ${file} kan ikke læses: ${reason}`);
    process.exitCode = INPUT_ERROR;
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** `file:Ark!række: fejl` lines, Danish with the English beside it. */
export function formatRowErrors(file: string, errors: readonly FileRowError[]): string[] {
  return errors.map(
    (e) =>
      `${file}:${e.sheet && e.sheet !== 'csv' ? `${e.sheet}!` : ''}${e.row}: fejl  ${e.message} (${e.messageEn})`,
  );
}

/** The diff as lines: + added, ~ changed (with fields), - ended. */
export function formatPlanDiff(diff: PlanImportDiff): string[] {
  const lines: string[] = [];
  for (const [label, kind] of [
    ['mål', diff.goals],
    ['indsats', diff.initiatives],
  ] as const) {
    for (const key of kind.added) lines.push(`+ ${label} ${key}`);
    for (const c of kind.changed) {
      lines.push(`~ ${label} ${c.key}`);
      for (const f of c.fields) lines.push(`    ${f.field}: "${f.from}" → "${f.to}"`);
    }
    for (const key of kind.ended) lines.push(`- ${label} ${key}`);
  }
  const counts = { ...diff.counts };
  lines.push(diff.noop ? t('cli.noop') : t('cli.dryRun', counts));
  return lines;
}

function printRefusal(file: string, err: AppError): void {
  console.error(err.detail?.da ?? err.message);
  const rows = (err.options.extra?.rows ?? []) as FileRowError[];
  for (const line of formatRowErrors(file, rows)) console.error(line);
}

async function runCheck(file: string, opts: { json?: boolean }): Promise<void> {
  const kind = kindOf(file);
  if (!kind) return;
  const bytes = readFileCapped(file);
  if (!bytes) return;
  try {
    const result = await withWorkers((workers) => checkPlanFile(bytes, kind, workers));
    if (opts.json) console.log(JSON.stringify(result, null, 2));
    else {
      for (const line of formatRowErrors(file, result.errors)) console.log(line);
      console.log(
        t('cli.checked', {
          file,
          errors: result.errors.length,
          goals: result.goals,
          initiatives: result.initiatives,
        }),
      );
    }
    if (!result.valid) process.exitCode = 1;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    printRefusal(file, err);
    process.exitCode = 1;
  }
}

interface ImportFlags {
  plan: string;
  dryRun?: boolean;
  effectiveFrom?: string;
  yes?: boolean;
}

async function importWith(
  workers: WorkerPool,
  file: string,
  kind: SheetKind,
  bytes: Uint8Array,
  flags: ImportFlags,
) {
  await withDatabase(async ({ db }) => {
    const plan = await findPlanByRef(db, flags.plan);
    if (!plan) {
      console.error(t('errors.planNotFound', { plan: flags.plan }));
      process.exitCode = 1;
      return;
    }
    const options = { effectiveFrom: flags.effectiveFrom, workers };
    try {
      const preview = await importPlanFile(db, cliActor(), plan, bytes, kind, {
        ...options,
        dryRun: true,
      });
      for (const line of formatPlanDiff(preview)) console.log(line);
      if (flags.dryRun || preview.noop) return;
      if (!(await confirmWrite(flags.yes))) return;
      const done = await importPlanFile(db, cliActor(), plan, bytes, kind, {
        ...options,
        dryRun: false,
      });
      console.log(t('cli.imported', { ...done.counts }));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      printRefusal(file, err);
      process.exitCode = 1;
    }
  });
}

async function runImport(file: string, flags: ImportFlags): Promise<void> {
  if (flags.effectiveFrom !== undefined && !isIsoDate(flags.effectiveFrom)) {
    console.error(
      `--effective-from skal være en dato som ÅÅÅÅ-MM-DD (fik ${flags.effectiveFrom}).`,
    );
    process.exitCode = INPUT_ERROR;
    return;
  }
  const kind = kindOf(file);
  if (!kind) return;
  const bytes = readFileCapped(file);
  if (!bytes) return;
  await withWorkers((workers) => importWith(workers, file, kind, bytes, flags));
}

async function runExport(file: string, flags: { plan: string }): Promise<void> {
  const kind = kindOf(file);
  if (!kind) return;
  await withWorkers((workers) =>
    withDatabase(async ({ db }) => {
      const plan = await findPlanByRef(db, flags.plan);
      if (!plan) {
        console.error(t('errors.planNotFound', { plan: flags.plan }));
        process.exitCode = 1;
        return;
      }
      const out = await exportPlanFile(db, plan, kind, workers);
      writeFileSync(file, out.bytes);
      console.log(t('cli.exported', { file, initiatives: out.initiatives }));
    }),
  );
}

/** Registers `plan check`, `plan import` and `plan export`. */
export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('Planer som filer / plans as files');
  plan
    .command('check')
    .description('Kontroller et planark (uden database) / check a plan spreadsheet')
    .argument('<file>', 'XLSX- eller CSV-fil')
    .option('--json', 'resultatet som JSON')
    .action(runCheck);
  plan
    .command('import')
    .description('Indlæs et planark i en plan / import a plan spreadsheet')
    .argument('<file>', 'XLSX- eller CSV-fil')
    .requiredOption('--plan <plan>', 'planens id eller samarbejdsnøgle/plannøgle')
    .option('--dry-run', 'vis kun ændringerne')
    .option('--effective-from <date>', 'dag ændringerne gælder fra (standard: i dag)')
    .option('--yes', 'indlæs uden at spørge')
    .action(runImport);
  plan
    .command('export')
    .description('Skriv en plan som planark / export a plan (XLSX or CSV by extension)')
    .requiredOption('--plan <plan>', 'planens id eller samarbejdsnøgle/plannøgle')
    .argument('<file>', 'XLSX- eller CSV-fil at skrive')
    .action(runExport);
}
