/**
 * Bringing history in from the command line (docs/history-import.md):
 * `samspil history import FILE --collaboration <key|id> [--commit]`. Without `--commit` it only
 * checks and reports (nothing is written); with it, the file is recorded all or nothing, as one
 * transaction with one `history.import` audit row, done by the operating-system user.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { todayInDenmark } from '../../shared/dates';
import { HISTORY_LIMITS, type ImportReport } from '../../shared/history.contract';
import { AppError } from '../platform/errors';
import { importHistory } from '../modules/history/index';
import { findEntityIdByKey } from '../modules/organisation/index';
import { sheetKindOf } from '../modules/plans/pure';
import { cliActor, withDatabase } from './context';

/** Exit code of bad input (a file that cannot be read, a bad option). */
const INPUT_ERROR = 2;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The CLI operator as the viewer of the use cases: the secretariat's rights, no account. */
const CLI_USER = '00000000-0000-0000-0000-000000000000';

/** The report as lines: each case, what it creates, and every problem. */
export function formatImportReport(report: ImportReport): string[] {
  const lines = report.fileProblems.map((p) => `fejl  ${p.message.da}`);
  for (const c of report.cases) {
    const { result } = c;
    const ok = result.problems.length === 0;
    const head = `${ok ? 'ok  ' : 'fejl'}  sag ${c.key} (rækker ${c.rows.join(', ')})`;
    lines.push(result.caseId ? `${head}: indført som ${result.caseId}` : head);
    for (const m of result.plan?.meetings ?? []) {
      const what = m.existing ? 'eksisterende møde' : 'nyt møde';
      lines.push(`      trin ${m.step}: ${what} i ${m.forumName ?? m.forumId} ${m.date}`);
    }
    for (const p of result.problems) lines.push(`      fejl  ${p.message.da}`);
    for (const w of result.warnings) lines.push(`      bemærk  ${w.message.da}`);
  }
  return lines;
}

/** Runs `history import`. */
async function runImport(file: string, flags: { collaboration: string; commit?: boolean }) {
  const kind = sheetKindOf(file);
  if (!kind) {
    console.error(`Filen skal ende på .xlsx eller .csv: ${file}`);
    process.exitCode = INPUT_ERROR;
    return;
  }
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > HISTORY_LIMITS.importBytes) {
      console.error(`${file}: filen er større end ${HISTORY_LIMITS.importBytes / 1024 / 1024} MB`);
      process.exitCode = INPUT_ERROR;
      return;
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    console.error(`Filen ${file} kan ikke læses: ${err instanceof Error ? err.message : err}`);
    process.exitCode = INPUT_ERROR;
    return;
  }
  await withDatabase(async (database) => {
    const db = database.db;
    const ref = flags.collaboration;
    const collaborationId = UUID.test(ref)
      ? ref
      : await findEntityIdByKey(db, 'collaboration', null, ref);
    if (!collaborationId) {
      console.error(`Samarbejdet ${ref} findes ikke.`);
      process.exitCode = INPUT_ERROR;
      return;
    }
    const actor = cliActor();
    const who = {
      actor,
      viewer: { userId: CLI_USER, name: actor.name, role: 'admin' as const },
      today: todayInDenmark(),
    };
    const input = { bytes, kind, fileName: file, collaborationId };
    try {
      const report = await importHistory(db, who, input, flags.commit === true);
      for (const line of formatImportReport(report)) console.log(line);
      const bad =
        report.fileProblems.length > 0 || report.cases.some((c) => c.result.problems.length > 0);
      if (bad) process.exitCode = 1;
      else if (report.committed) console.log(`${report.cases.length} sager er indført.`);
      else console.log(`${report.cases.length} sager kan indføres; kør igen med --commit.`);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const report = err.options.extra?.report as ImportReport | undefined;
      if (report) for (const line of formatImportReport(report)) console.log(line);
      console.error(err.detail?.da ?? err.message);
      process.exitCode = 1;
    }
  });
}

/** Registers `history import`. */
export function registerHistoryCommands(program: Command): void {
  const history = program.command('history').description('Indlæs historik / bring history in');
  history
    .command('import')
    .description('Indlæs historiske sager fra XLSX eller CSV (se docs/history-import.md)')
    .argument('<file>', 'filen (.xlsx eller .csv)')
    .requiredOption('--collaboration <key>', 'samarbejdets nøgle eller id')
    .option('--commit', 'gem sagerne (ellers vises kun, hvad der ville blive indført)')
    .action(runImport);
}
