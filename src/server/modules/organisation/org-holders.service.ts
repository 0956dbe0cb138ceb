/**
 * The office-holder import (issue 11): a secretariat loads its real office holders from a CSV or
 * XLSX file. The file is read on the worker pool (org-holders.tasks.ts); the plan is the pure
 * `planOfficeHolders` over the collaboration's stored rows, made inside the change's transaction
 * (the collaboration locked) so the dry run and the real run plan alike. A dry run makes the
 * writes and rolls them back (so the breaches they would add are known) and answers the plan;
 * the real run writes persons and holdings in one transaction with one audit row that lists the
 * born seats that moved. A file with any bad row is refused whole (422), nothing written.
 */
import { inArray, sql } from 'drizzle-orm';
import { planOfficeHolders } from '../../../domain/organisation/office-holders-plan';
import type { HolderImportParty } from '../../../domain/organisation/office-holders-rows';
import type { Db } from '../../db/client';
import { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/audit';
import type { WorkerPool } from '../../platform/worker-pool';
import { formatMegabytes } from '../../../shared/org-file.limits';
import {
  OFFICE_HOLDER_LIMITS,
  type OfficeHolderImportResult,
  type OfficeHolderPlan,
} from '../../../shared/office-holders.contract';
import type { FileRowError } from '../../../shared/plan-indicators.contract';
import { holderText } from '../../../domain/organisation/office-holders-rows';
import { changeOrganisation, type OrgContext } from './org-change';
import { insertPerson } from './org-people.repo';
import { persons } from './org-people.table';
import { loadSnapshot, type OfficeHoldingRow, type StoredSnapshot } from './org-snapshot.repo';
import { insertFact } from './org-version.repo';
import { endFactRow } from './org-versioned';
import { runOrgHolderTask, type ReadHolderFile } from './org-holders.tasks';
import type { SheetKind } from '../plans/pure';

/** A 4xx problem with a text of `organisation:holders.problems`. */
export function holderProblem(
  code: ConstructorParameters<typeof AppError>[0],
  key: string,
  params: Record<string, string | number> = {},
  options: ConstructorParameters<typeof AppError>[2] = {},
): AppError {
  return new AppError(code, holderText(`problems.${key}`, params), options);
}

/** The refusal of a file with bad rows: 422, every row's error in `rows` and `errors`. */
function rowsRefused(errors: readonly FileRowError[]): AppError {
  return holderProblem(
    'unprocessable',
    'badRows',
    { count: errors.length },
    {
      fieldErrors: errors.map((e) => ({
        path: `${e.column ?? ''}${e.row}`,
        message: e.message,
        messageEn: e.messageEn,
        line: e.row,
      })),
      extra: { rows: errors },
    },
  );
}

/** The collaboration's parties as the file may name them (latest version of each). */
export function partiesOf(snapshot: StoredSnapshot): HolderImportParty[] {
  const latest = new Map<string, HolderImportParty>();
  for (const p of snapshot.parties) {
    latest.set(p.entityId, { entityId: p.entityId, name: p.name, kind: p.kind, code: p.code });
  }
  return [...latest.values()];
}

/** The collaboration's stored rows, or 404. */
export async function requireSnapshot(db: Db, collaborationId: string): Promise<StoredSnapshot> {
  const snapshot = await loadSnapshot(db, collaborationId);
  if (snapshot.collaborations.length === 0) throw holderProblem('notFound', 'unknownCollaboration');
  return snapshot;
}

/** Reads an uploaded file's rows on the pool; 422 when it is not a readable CSV/XLSX. */
export async function readHolderFile(
  workers: WorkerPool,
  bytes: Uint8Array,
  kind: SheetKind,
  parties: HolderImportParty[],
): Promise<ReadHolderFile> {
  if (bytes.byteLength > OFFICE_HOLDER_LIMITS.maxBytes) {
    const max = formatMegabytes(OFFICE_HOLDER_LIMITS.maxBytes, 'da');
    throw holderProblem('payloadTooLarge', 'tooLarge', { max });
  }
  const read = await runOrgHolderTask(workers, 'orgHolders.read', { bytes, kind, parties });
  if (read === null) throw holderProblem('unprocessable', 'unreadable');
  return read;
}

/** Stored persons with one of these e-mails (compared in lower case, as the index is). */
async function personsByEmails(db: Db, emails: readonly string[]) {
  const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (wanted.length === 0) return [];
  return db
    .select()
    .from(persons)
    .where(inArray(sql`lower(${persons.email})`, wanted));
}

/** What the real run wrote. */
interface Written {
  personsCreated: number;
  holdingsStarted: number;
  holdingsEnded: number;
  holdingIds: Record<string, string>;
}

/** Writes a plan without errors: new persons, ended and started holdings. */
async function writePlan(
  tx: Db,
  collaborationId: string,
  plan: OfficeHolderPlan,
  snapshot: StoredSnapshot,
  ids: Map<string, string>,
): Promise<Written> {
  for (const p of plan.newPersons) {
    const row = await insertPerson(tx, { name: p.name, email: p.email, fictional: false });
    ids.set(p.ref, row.id);
  }
  const stored = new Map<string, OfficeHoldingRow>(snapshot.officeHoldings.map((h) => [h.id, h]));
  const written: Written = {
    personsCreated: ids.size,
    holdingsStarted: 0,
    holdingsEnded: 0,
    holdingIds: {},
  };
  for (const row of plan.rows) {
    if (row.action !== 'start') continue;
    for (const end of row.ends) {
      const holding = stored.get(end.holdingId);
      if (holding && (await endFactRow(tx, 'officeHolding', holding, end.lastDay)) !== 'none') {
        written.holdingsEnded += 1;
      }
    }
    const inserted = await insertFact(tx, 'officeHolding', {
      collaborationId,
      key: null,
      personId: ids.get(row.person.ref) ?? row.person.ref,
      partyId: row.partyId,
      office: row.office,
      validFrom: row.validFrom,
      validTo: null,
    });
    written.holdingIds[String(row.row)] = inserted.id;
    written.holdingsStarted += 1;
  }
  return written;
}

/** The plan as stored: new persons' refs replaced by their ids once written. */
function withIds(plan: OfficeHolderPlan, written: Written | null, created: Map<string, string>) {
  if (written === null) return plan;
  const id = (ref: string) => created.get(ref) ?? ref;
  return {
    ...plan,
    rows: plan.rows.map((r) => ({ ...r, person: { ...r.person, ref: id(r.person.ref) } })),
    newPersons: plan.newPersons.map((p) => ({ ...p, ref: id(p.ref) })),
    bornSeats: plan.bornSeats.map((s) => ({ ...s, personRef: id(s.personRef) })),
  };
}

/** Plans (and, unless `dryRun`, writes) a file's rows for one collaboration. */
export async function importOfficeHolders(
  org: OrgContext,
  actor: Actor,
  collaborationId: string,
  read: ReadHolderFile,
  options: { dryRun: boolean; acknowledgeBreaches: boolean },
): Promise<OfficeHolderImportResult> {
  const plan = async (db: Db) => {
    const snapshot = await loadSnapshot(db, collaborationId);
    const byEmail = await personsByEmails(
      db,
      read.rows.flatMap((r) => (r.email === null ? [] : [r.email])),
    );
    const input = {
      rows: read.rows,
      readErrors: read.errors,
      snapshot,
      personsByEmail: byEmail,
      dataRowCount: read.count,
    };
    return { snapshot, plan: planOfficeHolders(input) };
  };
  const first = read.rows.map((r) => r.validFrom).sort()[0];
  if (first === undefined) {
    const { plan: only } = await plan(org.db);
    if (!options.dryRun) throw rowsRefused(only.errors);
    return { dryRun: true, collaborationId, plan: only, newBreaches: [], written: null };
  }
  const created = new Map<string, string>();
  const outcome = await changeOrganisation(org, actor, {
    collaborationIds: [collaborationId],
    effectiveDate: first,
    dryRun: options.dryRun,
    acknowledgeBreaches: options.acknowledgeBreaches,
    apply: async (tx) => {
      const planned = await plan(tx);
      const errors = planned.plan.errors;
      if (errors.length > 0 && !options.dryRun) throw rowsRefused(errors);
      const written =
        errors.length > 0
          ? null
          : await writePlan(tx, collaborationId, planned.plan, planned.snapshot, created);
      const shown = options.dryRun ? planned.plan : withIds(planned.plan, written, created);
      return {
        result: { plan: shown, written },
        audit: {
          action: 'officeHolding.import',
          entityType: 'collaboration',
          entityId: collaborationId,
          summary: `Embedsindehavere indlæst: ${shown.counts.starts} embeder, ${shown.counts.newPersons} nye personer`,
          after: { rows: shown.rows, newPersons: shown.newPersons, written },
          relatedIds: [
            ...new Set(shown.rows.flatMap((r) => [r.person.ref, ...r.ends.map((e) => e.personId)])),
          ],
        },
      };
    },
  });
  const { plan: shown, written } = outcome.result;
  return {
    dryRun: options.dryRun,
    collaborationId,
    plan: shown,
    newBreaches: outcome.newBreaches,
    written: options.dryRun ? null : written,
  };
}
