/**
 * Checking and importing organisation files (docs/org-file.md). A file with errors is refused
 * before anything is read from the database. An import is planned against the stored
 * collaboration of the same key; a dry run (or a file that changes nothing) writes nothing and no
 * audit row; a real import is one transaction with one audit row carrying the diff, planned again
 * under the collaboration's lock so a concurrent change cannot slip in between.
 *
 * Reading and checking a file is CPU work done on a worker pool when the caller passes one (the
 * API and the CLI do): the event loop only plans and writes, fed the worker's parsed file.
 */
import type { ScopeTarget } from '../../platform/scope';
import { randomUUID } from 'node:crypto';
import {
  checkOrgFile,
  personIdOfKey,
  planOrgImport,
  predecessorRef,
  storedPersonKey,
  type ImportPlan,
  type NormalisedOrg,
  type OrgCheckResult,
} from '../../../domain/organisation-file/index';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { isWorkerOutOfMemory, type WorkerPool } from '../../platform/worker-pool';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { OrgFileCheckResult, OrgFileProblem } from '../../../shared/org-file.contract';
import { formatMegabytes, ORG_FILE_LIMITS } from '../../../shared/org-file.limits';
import type { OrgImportWithCarryOver } from '../../../shared/reorganisation.contract';
import { carryOverImport } from './org-carry-work';
import { applyImportOps } from './org-file.apply';
import { findPerson, findPersonByKey } from './org-people.repo';
import type { PersonRow } from './org-snapshot.repo';
import { lockCollaboration, loadSnapshot } from './org-snapshot.repo';
import {
  INLINE_ORG_FILE_POOL,
  runOrgFileTask,
  type CheckSummary,
  type ParsedOrgFile,
} from './org-file.tasks';
import { findEntityIdByKey } from './org-version.repo';
import { loadReferenceData } from './reference-data';

/** Options of a check. */
export interface CheckOptions {
  date?: IsoDate | undefined;
  strict?: boolean | undefined;
  today?: IsoDate;
}

/**
 * Checks a file without a database (schema, semantics and composition on a day) on the calling
 * thread, with the whole result (model and snapshot): for tests and tools. The API and the CLI
 * check on the worker pool with `checkOrgFileOnPool`.
 */
export function checkOrgFileText(text: string, options: CheckOptions = {}): OrgCheckResult {
  return checkOrgFile(text, loadReferenceData(), {
    today: options.today ?? todayInDenmark(),
    ...(options.date ? { date: options.date } : {}),
    ...(options.strict ? { strict: true } : {}),
  });
}

/** A 413 problem for a file over `ORG_FILE_LIMITS.maxBytes` of `bytes` bytes. */
export function fileTooLarge(bytes: number): AppError {
  const max = ORG_FILE_LIMITS.maxBytes;
  return new AppError('payloadTooLarge', {
    da: `Organisationsfilen fylder ${formatMegabytes(bytes, 'da')}; højst ${formatMegabytes(max, 'da')} kan læses.`,
    en: `The organisation file is ${formatMegabytes(bytes, 'en')}; at most ${formatMegabytes(max, 'en')} can be read.`,
  });
}

/** Refuses a text over the size limit before any work is done on it. */
export function assertOrgFileSize(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > ORG_FILE_LIMITS.maxBytes) throw fileTooLarge(bytes);
}

/** A 422 problem for a file whose reading outgrew a worker's memory. */
function tooHeavy(): AppError {
  return new AppError('unprocessable', {
    da: 'Organisationsfilen kræver for meget hukommelse at læse. Del den op, eller fjern gentagelser (YAML-aliaser).',
    en: 'The organisation file needs too much memory to read. Split it up, or remove repetitions (YAML aliases).',
  });
}

/** Runs a task on a file, turning a worker that ran out of memory into a 422 problem. */
async function onFile<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isWorkerOutOfMemory(error)) throw tooHeavy();
    throw error;
  }
}

/** Checks a file on the worker pool (size limit first): the API's and the CLI's check. */
export async function checkOrgFileOnPool(
  workers: WorkerPool,
  text: string,
  options: CheckOptions = {},
): Promise<CheckSummary> {
  assertOrgFileSize(text);
  const input = {
    text,
    today: options.today ?? todayInDenmark(),
    date: options.date,
    strict: options.strict,
  };
  return onFile(() => runOrgFileTask(workers, 'orgFile.check', input));
}

/** Reads a file on the worker pool (default inline), size limit first. */
export async function readOrgFileOnPool(
  workers: WorkerPool | undefined,
  text: string,
): Promise<ParsedOrgFile> {
  assertOrgFileSize(text);
  const pool = workers ?? INLINE_ORG_FILE_POOL;
  return onFile(() => runOrgFileTask(pool, 'orgFile.parse', { text }));
}

/** The API's form of a check result. */
export function checkResultOf(result: CheckSummary): OrgFileCheckResult {
  const { date, errors, warnings } = result;
  return { valid: errors.length === 0, date, errors, warnings };
}

/**
 * The API's answer to a check: the result when the file has no errors, else a 422 problem whose
 * `errors` carry line and column (a check writes nothing, so a success is never a mutation).
 */
export function checkAnswer(result: CheckSummary): OrgFileCheckResult {
  if (result.errors.length > 0)
    throw refusal(result.errors, result.warnings, { date: result.date });
  return checkResultOf(result);
}

/** Options of an import. */
export interface ImportOptions {
  dryRun: boolean;
  /** The day changed attributes take effect; default the file's start for a new collaboration, else today. */
  effectiveFrom?: IsoDate | undefined;
  /** End stored elements that are not in the file (the day before the effective date). */
  prune?: boolean | undefined;
  /**
   * When the import ends fora and creates new ones, carry their open work over as a reform does
   * (default mapping by municipality overlap). A dry run then runs it all and rolls back.
   */
  carryOver?: boolean | undefined;
  today?: IsoDate;
  /** Where the file is read; default inline (on the caller's thread). */
  workers?: WorkerPool | undefined;
  /**
   * Checks the caller may change the file's collaboration (an existing one) or create it in its
   * region (a new one); throws (403) if not. Called once the file is read, before anything is
   * written. The CLI, an operator's tool, passes none.
   */
  authorise?: ((targets: ScopeTarget[]) => Promise<void>) | undefined;
}

/** What importing a file changes: its collaboration if it exists, else its region. */
export async function fileScopeTargets(
  db: Db,
  collaboration: { key: string; regionName: string },
): Promise<ScopeTarget[]> {
  const existing = await findEntityIdByKey(db, 'collaboration', null, collaboration.key);
  return existing
    ? [{ kind: 'collaboration', id: existing }]
    : [{ kind: 'region', id: collaboration.regionName }];
}

/** A 422 refusal listing the problems, each with its line and column. */
export function refusal(
  problems: readonly OrgFileProblem[],
  warnings: readonly OrgFileProblem[],
  extra: Record<string, unknown> = {},
): AppError {
  const count = problems.length;
  return new AppError(
    'unprocessable',
    {
      da: `Organisationsfilen har ${count} fejl`,
      en: `The organisation file has ${count} ${count === 1 ? 'error' : 'errors'}`,
    },
    { fieldErrors: [...problems], extra: { ...extra, warnings } },
  );
}

async function knownPersons(db: Db, org: NormalisedOrg): Promise<PersonRow[]> {
  const found = await Promise.all(
    org.persons.map(async (p) => {
      const id = personIdOfKey(p.key);
      if (id !== null) return findPerson(db, id);
      return findPersonByKey(db, storedPersonKey(org.collaboration.key, p.key));
    }),
  );
  return found.filter((p): p is PersonRow => p !== null);
}

/**
 * The stored parties of other collaborations the file names as predecessors (a merger), by
 * `predecessorRef`. One not found is left out; the planner reports it.
 */
async function predecessorIds(db: Db, org: NormalisedOrg): Promise<Map<string, string>> {
  const refs = org.parties
    .flatMap((p) => p.predecessors)
    .filter((p) => p.collaboration !== org.collaboration.key);
  const found = new Map<string, string>();
  const collaborations = new Map<string, string | null>();
  for (const p of refs) {
    if (!collaborations.has(p.collaboration))
      collaborations.set(
        p.collaboration,
        await findEntityIdByKey(db, 'collaboration', null, p.collaboration),
      );
    const collaborationId = collaborations.get(p.collaboration) ?? null;
    if (collaborationId === null) continue;
    const id = await findEntityIdByKey(db, 'party', collaborationId, p.party);
    if (id !== null) found.set(predecessorRef(p.collaboration, p.party), id);
  }
  return found;
}

/** Plans the import of a parsed file against the stored collaboration of its key. */
export async function planFromDb(
  db: Db,
  org: NormalisedOrg,
  options: ImportOptions,
): Promise<ImportPlan> {
  const id = await findEntityIdByKey(db, 'collaboration', null, org.collaboration.key);
  const stored = id === null ? null : await loadSnapshot(db, id);
  const today = options.today ?? todayInDenmark();
  return planOrgImport({
    stored,
    knownPersons: await knownPersons(db, org),
    incoming: org,
    effectiveFrom: options.effectiveFrom ?? (id === null ? org.collaboration.validFrom : today),
    prune: options.prune ?? false,
    newId: randomUUID,
    predecessorIds: await predecessorIds(db, org),
  });
}

/** A plan's problems, located in the file's text by a worker task (default inline). */
export async function locatedPlanProblems(
  workers: WorkerPool | undefined,
  text: string,
  plan: ImportPlan,
): Promise<OrgFileProblem[]> {
  const pool = workers ?? INLINE_ORG_FILE_POOL;
  return runOrgFileTask(pool, 'orgFile.locate', { text, problems: plan.problems });
}

function auditSummary(plan: ImportPlan): string {
  const { created, changed, ended, missing } = plan.diff.counts;
  return (
    `Organisationsfil indlæst for ${plan.diff.collaborationKey}: ${created} oprettet, ` +
    `${changed} ændret, ${ended} afsluttet, ${missing} ikke i filen (fra ${plan.diff.effectiveFrom})`
  );
}

/**
 * Imports a file: refuses it (422, nothing read or written) when it has errors; otherwise plans
 * it and, unless a dry run or a no-op, writes it in one transaction with one audit row.
 */
export async function importOrgFile(
  db: Db,
  actor: Actor,
  text: string,
  options: ImportOptions,
): Promise<OrgImportWithCarryOver> {
  const workers = options.workers ?? INLINE_ORG_FILE_POOL;
  const parsed = await readOrgFileOnPool(workers, text);
  if (parsed.org === null) throw refusal(parsed.errors, parsed.warnings);
  const { org, warnings } = parsed;
  const located = async (plan: ImportPlan) =>
    refusal(await locatedPlanProblems(workers, text, plan), warnings);
  await options.authorise?.(await fileScopeTargets(db, org.collaboration));
  const plan = await planFromDb(db, org, options);
  if (plan.problems.length) throw await located(plan);
  if ((options.dryRun && !options.carryOver) || plan.diff.noop)
    return { diff: { ...plan.diff, dryRun: options.dryRun }, warnings };
  try {
    return await mutate(db, actor, async (tx) => {
      const existing = await findEntityIdByKey(tx, 'collaboration', null, org.collaboration.key);
      await lockCollaboration(tx, existing ?? `key:${org.collaboration.key}`);
      const fresh = await planFromDb(tx, org, options);
      if (fresh.problems.length) throw await located(fresh);
      const before = existing && options.carryOver ? await loadSnapshot(tx, existing) : null;
      await applyImportOps(tx, fresh.ops, fresh.collaborationId);
      const carryOver = before
        ? await carryOverImport(tx, actor, {
            collaborationId: fresh.collaborationId,
            before,
            effectiveDate: fresh.diff.effectiveFrom,
            dryRun: options.dryRun,
          })
        : null;
      const diff = { ...fresh.diff, dryRun: options.dryRun };
      const result = { diff, warnings, ...(options.carryOver ? { carryOver } : {}) };
      if (options.dryRun) throw new ImportDryRun(result);
      return {
        result,
        audit: {
          action: 'organisation.file.import',
          entityType: 'collaboration',
          entityId: fresh.collaborationId,
          summary: auditSummary(fresh),
          after: carryOver ? { ...diff, carryOver } : diff,
          relatedIds: [fresh.collaborationId],
        },
      };
    });
  } catch (error) {
    if (error instanceof ImportDryRun) return error.result;
    throw error;
  }
}

/** Rolls a dry run with carry-over back, carrying its answer. */
class ImportDryRun extends Error {
  constructor(readonly result: OrgImportWithCarryOver) {
    super('import dry run rolled back');
  }
}
