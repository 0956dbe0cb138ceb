/**
 * Organisation as code on the command line (docs/org-file.md):
 * `org check FILE` (no database), `org export KEY`, `org import FILE`, `org reform` (org-reform.cli.ts).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isIsoDate } from '../../shared/dates';
import { AppError } from '../platform/errors';
import { checkOrgFileOnPool, exportOrgFile, importOrgFile } from '../modules/organisation/index';
import type { WorkerPool } from '../platform/worker-pool';
import type { OrgFileProblem } from '../../shared/org-file.contract';
import { cliActor, confirmWrite, withDatabase, withWorkers } from './context';
import { readOrgFileText } from './org-file-read';
import { registerHoldersCommand } from './org-holders.cli';
import { formatDiff, formatProblems } from './org-format';
import {
  formatCarryOver,
  registerCarryOverHandlers,
  registerReformCommand,
} from './org-reform.cli';

function validDate(value: string | undefined, option: string): boolean {
  if (value === undefined || isIsoDate(value)) return true;
  console.error(`${option} skal være en dato som ÅÅÅÅ-MM-DD (fik ${value}).`);
  process.exitCode = 2;
  return false;
}

async function runCheck(
  file: string,
  opts: { date?: string; strict?: boolean; json?: boolean },
): Promise<void> {
  if (!validDate(opts.date, '--date')) return;
  const text = readOrgFileText(file);
  if (text === null) return;
  const options = { date: opts.date, strict: opts.strict };
  let result: Awaited<ReturnType<typeof checkOrgFileOnPool>>;
  try {
    result = await withWorkers((workers) => checkOrgFileOnPool(workers, text, options));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(`${file}: ${err.detail?.da ?? err.message}`);
    if (err.detail) console.error(`${file}: ${err.detail.en}`);
    process.exitCode = 1;
    return;
  }
  if (opts.json) {
    const { date, errors, warnings } = result;
    console.log(JSON.stringify({ valid: errors.length === 0, date, errors, warnings }, null, 2));
  } else {
    for (const line of formatProblems(file, result.errors, result.warnings)) console.log(line);
    const on = result.date ? ` (sammensætning pr. ${result.date})` : '';
    console.log(`${file}: ${result.errors.length} fejl, ${result.warnings.length} advarsler${on}.`);
  }
  if (result.errors.length > 0) process.exitCode = 1;
}

interface ImportFlags {
  dryRun?: boolean;
  effectiveFrom?: string;
  prune?: boolean;
  yes?: boolean;
  carryOver?: boolean;
}

function printRefusal(file: string, err: AppError): void {
  console.error(err.detail?.da ?? err.message);
  const errors = (err.options.fieldErrors ?? []) as OrgFileProblem[];
  const warnings = (err.options.extra?.warnings ?? []) as OrgFileProblem[];
  for (const line of formatProblems(file, errors, warnings)) console.error(line);
}

async function runImport(file: string, flags: ImportFlags): Promise<void> {
  if (!validDate(flags.effectiveFrom, '--effective-from')) return;
  const text = readOrgFileText(file);
  if (text === null) return;
  await withWorkers((workers) => importWith(workers, file, text, flags));
}

async function importWith(
  workers: WorkerPool,
  file: string,
  text: string,
  flags: ImportFlags,
): Promise<void> {
  const options = {
    effectiveFrom: flags.effectiveFrom,
    prune: flags.prune ?? false,
    carryOver: flags.carryOver ?? false,
    workers,
  };
  if (options.carryOver) registerCarryOverHandlers();
  await withDatabase(async ({ db }) => {
    try {
      const preview = await importOrgFile(db, cliActor(), text, { ...options, dryRun: true });
      for (const line of formatDiff(preview.diff)) console.log(line);
      if (preview.carryOver)
        for (const line of formatCarryOver(preview.carryOver)) console.log(line);
      if (flags.dryRun || preview.diff.noop) return;
      if (!(await confirmWrite(flags.yes))) return;
      const done = await importOrgFile(db, cliActor(), text, { ...options, dryRun: false });
      console.log(
        `Indlæst: ${done.diff.counts.created} oprettet, ${done.diff.counts.changed} ændret, ${done.diff.counts.ended} afsluttet.`,
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      printRefusal(file, err);
      process.exitCode = 1;
    }
  });
}

async function runExport(key: string, opts: { out?: string; date?: string }): Promise<void> {
  if (!validDate(opts.date, '--date')) return;
  await withDatabase(async ({ db }) => {
    const text = await exportOrgFile(db, key, { asOf: opts.date });
    if (text === null) {
      console.error(`Der findes intet samarbejde med nøglen ${key}.`);
      process.exitCode = 1;
      return;
    }
    if (opts.out) {
      writeFileSync(opts.out, text);
      console.log(`Organisationsfilen er skrevet til ${opts.out}.`);
    } else process.stdout.write(text);
  });
}

/** Registers `org check`, `org export` and `org import`. */
export function registerOrgCommands(program: Command): void {
  const org = program.command('org').description('Organisation som kode / organisation as code');
  org
    .command('check')
    .description('Kontroller en organisationsfil (uden database) / check an organisation file')
    .argument('<file>', 'YAML-fil')
    .option('--date <date>', 'dag for sammensætningskontrollen (ÅÅÅÅ-MM-DD)')
    .option('--strict', 'ubesatte pladser tæller som fejl')
    .option('--json', 'resultatet som JSON')
    .action(runCheck);
  org
    .command('export')
    .description('Eksporter et samarbejde som organisationsfil / export a collaboration')
    .argument('<key>', 'samarbejdets nøgle')
    .option('--out <file>', 'skriv til filen i stedet for standard output')
    .option('--date <date>', 'attributter som gældende denne dag (standard: i dag)')
    .action(runExport);
  org
    .command('import')
    .description('Indlæs en organisationsfil / import an organisation file')
    .argument('<file>', 'YAML-fil')
    .option('--dry-run', 'vis kun ændringerne')
    .option('--effective-from <date>', 'dag ændrede attributter gælder fra')
    .option('--prune', 'afslut elementer, der ikke er i filen')
    .option('--yes', 'indlæs uden at spørge')
    .option('--carry-over', 'overfør åbent arbejde fra afsluttede fora til de nye (som en reform)')
    .action(runImport);
  registerReformCommand(org);
  registerHoldersCommand(org);
}
