/**
 * Checking and importing organisation files (docs/org-file.md). A file with errors is refused
 * before anything is read from the database. An import is planned against the stored
 * collaboration of the same key; a dry run (or a file that changes nothing) writes nothing and no
 * audit row; a real import is one transaction with one audit row carrying the diff, planned again
 * under the collaboration's lock so a concurrent change cannot slip in between.
 */
import type { ScopeTarget } from '../../platform/scope';
import { randomUUID } from 'node:crypto';
import {
  checkOrgFile,
  dottedPath,
  parseOrgFile,
  personIdOfKey,
  planOrgImport,
  predecessorRef,
  storedPersonKey,
  type ImportPlan,
  type Locator,
  type NormalisedOrg,
  type OrgCheckResult,
} from '../../../domain/organisation-file/index';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { OrgFileCheckResult, OrgFileProblem } from '../../../shared/org-file.contract';
import type { OrgImportWithCarryOver } from '../../../shared/reorganisation.contract';
import { carryOverImport } from './org-carry-work';
import { applyImportOps } from './org-file.apply';
import { findPerson, findPersonByKey } from './org-people.repo';
import type { PersonRow } from './org-snapshot.repo';
import { lockCollaboration, loadSnapshot } from './org-snapshot.repo';
import { findEntityIdByKey } from './org-version.repo';
import { loadReferenceData } from './reference-data';

/** Options of a check. */
export interface CheckOptions {
  date?: IsoDate | undefined;
  strict?: boolean | undefined;
  today?: IsoDate;
}

/** Checks a file without a database: schema, semantics and composition on a day. */
export function checkOrgFileText(text: string, options: CheckOptions = {}): OrgCheckResult {
  return checkOrgFile(text, loadReferenceData(), {
    today: options.today ?? todayInDenmark(),
    ...(options.date ? { date: options.date } : {}),
    ...(options.strict ? { strict: true } : {}),
  });
}

/** The API's form of a check result. */
export function checkResultOf(result: OrgCheckResult): OrgFileCheckResult {
  const { date, errors, warnings } = result;
  return { valid: errors.length === 0, date, errors, warnings };
}

/**
 * The API's answer to a check: the result when the file has no errors, else a 422 problem whose
 * `errors` carry line and column (a check writes nothing, so a success is never a mutation).
 */
export function checkAnswer(result: OrgCheckResult): OrgFileCheckResult {
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

/** A plan's problems, located in the file. */
export function planProblems(plan: ImportPlan, locator: Locator): OrgFileProblem[] {
  return plan.problems.map((p) => ({
    path: dottedPath(p.path),
    ...locator.locate(p.path),
    message: p.message,
    messageEn: p.messageEn,
  }));
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
  const parsed = parseOrgFile(text, loadReferenceData());
  if (parsed.org === null || parsed.locator === null) throw refusal(parsed.errors, parsed.warnings);
  const { org, locator, warnings } = parsed;
  await options.authorise?.(await fileScopeTargets(db, org.collaboration));
  const plan = await planFromDb(db, org, options);
  if (plan.problems.length) throw refusal(planProblems(plan, locator), warnings);
  if ((options.dryRun && !options.carryOver) || plan.diff.noop)
    return { diff: { ...plan.diff, dryRun: options.dryRun }, warnings };
  try {
    return await mutate(db, actor, async (tx) => {
      const existing = await findEntityIdByKey(tx, 'collaboration', null, org.collaboration.key);
      await lockCollaboration(tx, existing ?? `key:${org.collaboration.key}`);
      const fresh = await planFromDb(tx, org, options);
      if (fresh.problems.length) throw refusal(planProblems(fresh, locator), warnings);
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
