/**
 * `org reform`: the reform (issue 7) on the command line. Reorganises one collaboration (or
 * several, a merger) into a successor organisation file as of a day; without `--apply` it is a
 * dry run that prints the preview (mappings, counts before/after, ended items) and writes
 * nothing. The carry-over handlers of the meetings, cases and agendas modules are registered
 * here, as app.ts does, so the open work is carried (and counted) as through the API.
 */
import type { Command } from 'commander';
import { isIsoDate } from '../../shared/dates';
import type {
  ImportCarryOver,
  ReformResult,
  ReformTarget,
} from '../../shared/reorganisation.contract';
import { registerAgendasCarryOver } from '../modules/agendas/index';
import { registerCasesCarryOver } from '../modules/cases/index';
import { meetingDatesByForum, registerMeetingsCarryOver } from '../modules/meetings/index';
import { findEntityIdByKey, orgContext, reform } from '../modules/organisation/index';
import { AppError } from '../platform/errors';
import type { WorkerPool } from '../platform/worker-pool';
import type { Db } from '../db/client';
import type { OrgFileProblem } from '../../shared/org-file.contract';
import { cliActor, withDatabase, withWorkers } from './context';
import { readOrgFileText } from './org-file-read';
import { formatProblems } from './org-format';

interface ReformFlags {
  collaboration: string[];
  effective: string;
  file: string;
  apply?: boolean;
  target?: string;
  map?: string[];
  acknowledgeBreaches?: boolean;
}

const COUNT_LABELS: Record<string, string> = {
  openCases: 'Åbne sager',
  openCaseSteps: 'Åbne sagstrin',
  futureMeetings: 'Fremtidige møder',
  meetingSeries: 'Mødeserier',
  openAgendaItems: 'Åbne dagsordenspunkter',
  continuingAppointments: 'Udpegninger, der fortsætter',
  continuingOfficeHoldings: 'Embeder, der fortsætter',
};

const BASIS_LABELS: Record<string, string> = {
  sameKey: 'samme nøgle',
  overlap: 'kommuneoverlap',
  manual: 'valgt',
  none: 'ingen efterfølger',
};

/** The preview (or outcome) as Danish lines. */
export function formatReform(result: ReformResult): string[] {
  const lines: string[] = [];
  const sources = result.sources.map((s) => `${s.name} (${s.key})`).join(', ');
  const target = result.targetCollaboration;
  lines.push(
    `${result.dryRun ? 'Prøvekørsel (intet gemt)' : 'Omlægning gennemført'}: ${sources} → ` +
      `${target.name} (${target.key}${target.created ? ', nyt' : ''}) fra ${result.effectiveDate}; ` +
      `de gamle fora slutter ${result.lastDay}.`,
  );
  lines.push('', 'Fora og efterfølgere:');
  for (const m of result.mappings) {
    const to = m.to.map((t) => `${t.name} (${t.overlap})`).join(', ') || '—';
    lines.push(`  ${m.from.name} → ${to} [${BASIS_LABELS[m.basis] ?? m.basis}]`);
  }
  lines.push('', 'Åbent arbejde før → efter:');
  for (const c of result.counts) {
    const mark = c.before === c.after ? '' : '  ← stemmer ikke';
    lines.push(`  ${COUNT_LABELS[c.kind] ?? c.kind}: ${c.before} → ${c.after}${mark}`);
  }
  if (result.ended.length > 0) {
    lines.push('', 'Afsluttet i stedet for overført:');
    for (const e of result.ended) lines.push(`  ${e.label}: ${e.reason}`);
  }
  if (result.newBreaches.length > 0) {
    lines.push('', `Nye brud på sammensætningsregler: ${result.newBreaches.length}`);
    for (const b of result.newBreaches) lines.push(`  ${b.message}`);
  }
  lines.push('', 'Overført:');
  for (const c of result.carriedOver) lines.push(`  ${c.handler}: ${c.summary}`);
  return lines;
}

/** An import's carry-over (`org import --carry-over`) as Danish lines. */
export function formatCarryOver(carried: ImportCarryOver): string[] {
  const lines = ['', `Overførsel fra ${carried.effectiveDate}:`];
  for (const m of carried.mappings) {
    lines.push(`  ${m.from.name} → ${m.to.map((t) => t.name).join(', ') || '—'}`);
  }
  for (const c of carried.counts) {
    lines.push(`  ${COUNT_LABELS[c.kind] ?? c.kind}: ${c.before} → ${c.after}`);
  }
  for (const e of carried.ended) lines.push(`  Afsluttet: ${e.label}: ${e.reason}`);
  return lines;
}

/** The meetings, cases and agendas carry-over handlers, registered as app.ts does. */
export function registerCarryOverHandlers(): void {
  registerMeetingsCarryOver();
  registerCasesCarryOver();
  registerAgendasCarryOver();
}

function invalid(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

async function sourceIds(db: Db, keys: readonly string[]): Promise<string[] | null> {
  const ids: string[] = [];
  for (const key of keys) {
    const id = await findEntityIdByKey(db, 'collaboration', null, key);
    if (id === null) {
      console.error(`Der findes intet samarbejde med nøglen ${key}.`);
      process.exitCode = 1;
      return null;
    }
    ids.push(id);
  }
  return ids;
}

async function mappingsOf(db: Db, sources: readonly string[], maps: readonly string[]) {
  const out: { fromForumId: string; toForumKeys: string[] }[] = [];
  for (const spec of maps) {
    const [from, to = ''] = spec.split('=');
    let id: string | null = null;
    for (const source of sources) {
      id ??= await findEntityIdByKey(db, 'forum', source, from ?? '');
    }
    if (!from || id === null) {
      invalid(
        `--map ${spec}: der findes intet forum med nøglen ${from ?? ''} i kildesamarbejderne.`,
      );
      return null;
    }
    out.push({ fromForumId: id, toForumKeys: to.split(',').filter((k) => k.length > 0) });
  }
  return out;
}

async function runReform(flags: ReformFlags): Promise<void> {
  if (!isIsoDate(flags.effective)) {
    return invalid(`--effective skal være en dato som ÅÅÅÅ-MM-DD (fik ${flags.effective}).`);
  }
  if (flags.target !== undefined && flags.target !== 'continue' && flags.target !== 'new') {
    return invalid(`--target skal være continue eller new (fik ${flags.target}).`);
  }
  const yaml = readOrgFileText(flags.file);
  if (yaml === null) return;
  registerCarryOverHandlers();
  await withWorkers((workers) => reformWith(workers, flags, yaml));
}

async function reformWith(workers: WorkerPool, flags: ReformFlags, yaml: string): Promise<void> {
  await withDatabase(async ({ db }) => {
    const sources = await sourceIds(db, flags.collaboration);
    if (sources === null) return;
    const mappings = await mappingsOf(db, sources, flags.map ?? []);
    if (mappings === null) return;
    try {
      const org = { ...orgContext(db, meetingDatesByForum), workers };
      const result = await reform(org, cliActor(), {
        sourceCollaborationIds: sources,
        effectiveDate: flags.effective,
        successorYaml: yaml,
        ...(flags.target ? { target: flags.target as ReformTarget } : {}),
        mappings,
        acknowledgeBreaches: flags.acknowledgeBreaches ?? false,
        dryRun: !flags.apply,
      });
      for (const line of formatReform(result)) console.log(line);
      if (result.dryRun) console.log('\nBrug --apply for at gennemføre omlægningen.');
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      console.error(err.detail?.da ?? err.message);
      const counts = err.options.extra?.counts as ReformResult['counts'] | undefined;
      for (const c of counts ?? []) {
        console.error(`  ${COUNT_LABELS[c.kind] ?? c.kind}: ${c.before} → ${c.after}`);
      }
      const errors = (err.options.fieldErrors ?? []) as OrgFileProblem[];
      for (const line of formatProblems(flags.file, errors, [])) console.error(line);
      process.exitCode = 1;
    }
  });
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Registers `org reform` under the `org` command. */
export function registerReformCommand(org: Command): void {
  org
    .command('reform')
    .description(
      'Omlæg samarbejder til en efterfølgende organisationsfil (reformen) / reorganise into a successor model',
    )
    .requiredOption('--collaboration <key>', 'kildesamarbejdets nøgle (gentag ved fusion)', collect)
    .requiredOption('--effective <date>', 'den nye organisations første dag (ÅÅÅÅ-MM-DD)')
    .requiredOption('--file <file>', 'den efterfølgende organisationsfil (YAML)')
    .option('--apply', 'gennemfør omlægningen (ellers kun en prøvekørsel)')
    .option('--target <target>', 'continue (samme samarbejde) eller new (nyt samarbejde)')
    .option('--map <old=new1,new2>', 'et gammelt forums efterfølgere efter nøgle (gentag)', collect)
    .option('--acknowledge-breaches', 'gem selv om sammensætningsregler brydes')
    .action(runReform);
}
