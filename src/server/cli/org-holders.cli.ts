/**
 * `samspil org holders FILE --collaboration KEY`: load a collaboration's real office holders
 * from a CSV or XLSX file (issue 11). The dry run is printed first (rows, holdings that end, the
 * born seats that fill, errors by row); with `--dry-run` nothing more happens, otherwise the
 * load is written after confirmation (or `--yes`). A file with a bad row writes nothing (exit 1).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { OfficeHolderPlan } from '../../shared/office-holders.contract';
import { OFFICE_HOLDER_LIMITS } from '../../shared/office-holders.contract';
import { translate } from '../../shared/i18n/translate';
import {
  findEntityIdByKey,
  importOfficeHolders,
  orgContext,
  partiesOfSnapshot,
  readHolderFile,
  requireSnapshot,
} from '../modules/organisation/index';
import { sheetKindOf } from '../modules/plans/pure';
import { AppError } from '../platform/errors';
import { cliActor, confirmWrite, withDatabase, withWorkers } from './context';

interface HolderFlags {
  collaboration: string;
  dryRun?: boolean;
  yes?: boolean;
  acknowledgeBreaches?: boolean;
}

/** The plan in Danish lines: rows, ends, born seats, errors. */
export function formatHolderPlan(plan: OfficeHolderPlan): string[] {
  const office = (code: string) => translate('organisation', `office.${code}`, 'da');
  const lines = plan.rows.map((r) => {
    const who = `${r.person.name}${r.person.isNew ? ' (ny person)' : ''}`;
    const what = r.action === 'start' ? 'starter' : 'uændret';
    const ends = r.ends.map((e) => `; ${e.personName} stopper ${e.lastDay}`).join('');
    return `Række ${r.row}: ${who}, ${office(r.office)} i ${r.partyName} fra ${r.validFrom}: ${what}${ends}`;
  });
  for (const s of plan.bornSeats) {
    const before = s.previousPersonName ?? 'ledig';
    lines.push(
      `Født plads: ${s.forumName}, ${s.seatLabel}: ${before} → ${s.personName} (${s.date})`,
    );
  }
  for (const e of plan.errors) lines.push(`Fejl: ${e.message}`);
  const c = plan.counts;
  lines.push(
    `${c.rows} rækker: ${c.starts} embeder starter, ${c.ends} afsluttes, ${c.newPersons} nye personer, ${c.bornSeats} fødte pladser bliver besat.`,
  );
  return lines;
}

function readFile(file: string): Uint8Array | null {
  try {
    if (statSync(file).size > OFFICE_HOLDER_LIMITS.maxBytes) {
      console.error(`${file}: filen er for stor (højst ${OFFICE_HOLDER_LIMITS.maxBytes} bytes).`);
      process.exitCode = 2;
      return null;
    }
    return new Uint8Array(readFileSync(file));
  } catch {
    console.error(`${file}: filen kan ikke læses.`);
    process.exitCode = 2;
    return null;
  }
}

async function runHolders(file: string, flags: HolderFlags): Promise<void> {
  const kind = sheetKindOf(file);
  if (kind === null) {
    console.error(`${file}: filen skal være .csv eller .xlsx.`);
    process.exitCode = 2;
    return;
  }
  const bytes = readFile(file);
  if (bytes === null) return;
  await withWorkers((workers) =>
    withDatabase(async ({ db }) => {
      const collaborationId = await findEntityIdByKey(
        db,
        'collaboration',
        null,
        flags.collaboration,
      );
      if (collaborationId === null) {
        console.error(`Der findes intet samarbejde med nøglen ${flags.collaboration}.`);
        process.exitCode = 1;
        return;
      }
      const org = orgContext(db);
      const options = { acknowledgeBreaches: flags.acknowledgeBreaches ?? false };
      try {
        const snapshot = await requireSnapshot(db, collaborationId);
        const read = await readHolderFile(workers, bytes, kind, partiesOfSnapshot(snapshot));
        const preview = await importOfficeHolders(org, cliActor(), collaborationId, read, {
          ...options,
          dryRun: true,
        });
        for (const line of formatHolderPlan(preview.plan)) console.log(line);
        for (const b of preview.newBreaches) console.log(`Nyt brud: ${b.message.da}`);
        if (preview.plan.errors.length > 0) {
          process.exitCode = 1;
          return;
        }
        if (flags.dryRun || preview.plan.counts.starts === 0) return;
        if (!(await confirmWrite(flags.yes))) return;
        const done = await importOfficeHolders(org, cliActor(), collaborationId, read, {
          ...options,
          dryRun: false,
        });
        const w = done.written;
        console.log(
          `Indlæst: ${w?.holdingsStarted ?? 0} embeder startet, ${w?.holdingsEnded ?? 0} afsluttet, ${w?.personsCreated ?? 0} personer oprettet.`,
        );
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        console.error(err.detail?.da ?? err.message);
        process.exitCode = 1;
      }
    }),
  );
}

/** Registers `org holders` under the `org` command. */
export function registerHoldersCommand(org: Command): void {
  org
    .command('holders')
    .description('Indlæs embedsindehavere fra CSV/XLSX / load office holders from CSV/XLSX')
    .argument('<file>', 'CSV- eller XLSX-fil (Kommune, Embede, Navn, E-mail, Titel, Gyldig fra)')
    .requiredOption('--collaboration <key>', 'samarbejdets nøgle')
    .option('--dry-run', 'vis kun planen')
    .option('--yes', 'indlæs uden at spørge')
    .option('--acknowledge-breaches', 'indlæs selv om sammensætningen får nye brud')
    .action(runHolders);
}
