/**
 * The reform (issue 7) as one operation: a collaboration (or several, for a merger) is
 * reorganised as of a day into a successor model given as an organisation file. In ONE
 * transaction with ONE audit row (`organisation.reform`) and one `reorganisations` row: the file
 * is imported (into the source, `continue`, or as the collaboration it names, `new`), the old fora
 * end the day before, each is mapped to its successors (src/domain/organisation/reform.ts), the
 * registered carry-over handlers move the open work (cases, meetings, series, agenda items), and
 * appointments and office holdings continue. The open work is counted before and after; any
 * difference refuses (409) and rolls back. A dry run (the default) does all of it and rolls back.
 */
import type { ScopeTarget } from '../../platform/scope';
import { fileScopeTargets } from './org-file.import';
import { planEnd, type PlannedMapping, type ReformForum } from '../../../domain/organisation/index';
import {
  seatRefOf,
  type ImportPlan,
  type NormalisedOrg,
} from '../../../domain/organisation-file/index';
import { addDays, isValidOn, type IsoDate } from '../../../shared/dates';
import type { OrgFileProblem } from '../../../shared/org-file.contract';
import {
  ReformRequestSchema,
  type ReformForumRef,
  type ReformRequestInput,
  type ReformResult,
  type ReformTarget,
} from '../../../shared/reorganisation.contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/audit';
import { notFound, type AppError } from '../../platform/errors';
import { carryOverWork, reformFora, unprocessable, validOn, type Source } from './org-carry-work';
import { changeOrganisation, type OrgContext } from './org-change';
import { applyImportOps } from './org-file.apply';
import { locatedPlanProblems, planFromDb, readOrgFileOnPool, refusal } from './org-file.import';
import { reorganisations } from './org-reorganise.table';
import { lockCollaboration, loadSnapshot, type StoredSnapshot } from './org-snapshot.repo';
import { applyVersionEnd, findEntityIdByKey, listVersions, setFactEnd } from './org-version.repo';

type Validity = { validFrom: string; validTo: string | null };

function refOf(f: ReformForum, existing: ReadonlySet<string> | null): ReformForumRef {
  return {
    id: existing === null || existing.has(f.id) ? f.id : null,
    key: f.key,
    name: f.name,
    level: f.level,
    kind: f.kind,
    collaborationId: f.collaborationId,
  };
}

/**
 * New elements of the successor model start on the reform day at the earliest; elements the
 * stored collaboration already has (same key) keep their periods. For `continue` the file's
 * collaboration is the source (its key and first day).
 */
function prepareSuccessor(
  org: NormalisedOrg,
  effectiveDate: IsoDate,
  stored: StoredSnapshot | null,
  continueAs: Source | null,
): NormalisedOrg {
  const keys = (rows: readonly { key: string }[] | undefined) => new Set(rows?.map((r) => r.key));
  const parties = keys(stored?.parties);
  const clusters = keys(stored?.clusters);
  const fora = keys(stored?.fora);
  const seats = new Set(
    stored?.seats.map((s) => {
      const forum = stored.fora.find((f) => f.entityId === s.forumId);
      return seatRefOf(forum?.key ?? '', s.key);
    }),
  );
  const clamp = <T extends Validity>(row: T, known: boolean): T =>
    known || row.validFrom >= effectiveDate ? row : { ...row, validFrom: effectiveDate };
  const storedCollaboration = continueAs?.snapshot.collaborations[0];
  const collaboration = continueAs
    ? {
        ...org.collaboration,
        key: continueAs.key,
        validFrom: storedCollaboration?.validFrom ?? org.collaboration.validFrom,
      }
    : clamp(org.collaboration, stored !== null);
  return {
    ...org,
    collaboration,
    parties: org.parties.map((p) => clamp(p, parties.has(p.key))),
    clusters: org.clusters.map((c) => clamp(c, clusters.has(c.key))),
    memberships: org.memberships.map((m) => clamp(m, clusters.has(m.clusterKey))),
    fora: org.fora.map((f) => clamp(f, fora.has(f.key))),
    seats: org.seats.map((s) => clamp(s, seats.has(s.ref))),
    rules: org.rules.map((r) => clamp(r, fora.has(r.forumKey))),
    offices: org.offices.map((o) => clamp(o, parties.has(o.partyKey))),
    appointments: org.appointments.map((a) => clamp(a, seats.has(a.seatRef))),
  };
}

async function loadSources(db: Db, ids: readonly string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const id of [...new Set(ids)]) {
    const versions = await listVersions(db, 'collaboration', id);
    const last = versions.at(-1);
    if (!last) throw notFound({ da: 'Samarbejdet', en: 'The collaboration' });
    out.push({ id, key: last.key, name: last.name, snapshot: await loadSnapshot(db, id) });
  }
  return out;
}

/** Ends the areas (clusters) and their memberships that do not go on, on the last day. */
async function endAreas(tx: Db, source: Source, keep: ReadonlySet<string>, lastDay: IsoDate) {
  const ended: string[] = [];
  for (const cluster of validOn(source.snapshot.clusters, lastDay)) {
    if (keep.has(cluster.key)) continue;
    const plan = planEnd(await listVersions(tx, 'cluster', cluster.entityId), lastDay);
    if (plan.kind === 'rejected') continue;
    await applyVersionEnd(tx, 'cluster', plan);
    for (const m of source.snapshot.clusterMemberships) {
      if (m.clusterId !== cluster.entityId || !isValidOn(m, lastDay)) continue;
      if (m.validTo === null || m.validTo > lastDay)
        await setFactEnd(tx, 'clusterMembership', m.id, lastDay);
    }
    ended.push(cluster.entityId);
  }
  return ended;
}

/** What the transaction produced, for the answer. */
interface Outcome {
  result: Omit<ReformResult, 'newBreaches' | 'dryRun' | 'id'>;
  id: string | null;
}

/** Every source must have fora on the last day, and none that only starts on the reform day. */
function checkReformDate(sources: readonly Source[], effectiveDate: IsoDate): void {
  const lastDay = addDays(effectiveDate, -1);
  for (const source of sources) {
    const fora = validOn(source.snapshot.fora, lastDay);
    const late = source.snapshot.fora.filter(
      (f) => isValidOn(f, effectiveDate) && f.validFrom > lastDay,
    );
    if (fora.length === 0 || late.length > 0) {
      throw unprocessable(
        `Omlægningsdatoen ${effectiveDate} skal ligge efter forummernes start i ${source.name}`,
        `The reorganisation date ${effectiveDate} must lie after the fora of ${source.name} start`,
      );
    }
  }
}

/** Writes the reorganisations row and describes the audit row of a reform. */
async function recorded(
  tx: Db,
  actor: Actor,
  args: {
    result: Outcome['result'];
    successions: readonly { fromForumId: string; toForumIds: readonly string[] }[];
    targetId: string;
    importDiff: unknown;
  },
) {
  const { result, successions, targetId } = args;
  const [row] = await tx
    .insert(reorganisations)
    .values({
      kind: 'reform',
      effectiveDate: result.effectiveDate,
      sourceCollaborationIds: result.sources.map((s) => s.id),
      targetCollaborationId: targetId,
      mappings: successions,
      counts: result.counts,
      createdBy: actor.userId ?? null,
    })
    .returning({ id: reorganisations.id });
  const id = row?.id ?? null;
  return {
    result: { result, id },
    audit: {
      action: 'organisation.reform' as const,
      entityType: 'collaboration' as const,
      entityId: targetId,
      summary:
        `Omlægning fra ${result.effectiveDate} til ${result.targetCollaboration.name}: ` +
        `${successions.length} fora afsluttet, ${result.sources.length} kildesamarbejde(r)`,
      before: { sources: result.sources, mappings: successions },
      after: {
        reorganisationId: id,
        lastDay: result.lastDay,
        counts: result.counts,
        ended: result.ended,
        carriedOver: result.carriedOver,
        importDiff: args.importDiff,
      },
      relatedIds: [...new Set([targetId, ...result.sources.map((s) => s.id)])],
    },
  };
}

/**
 * Carries out (or, with `dryRun`, previews) a reform. See the module comment.
 * @throws AppError 404 unknown collaboration; 422 a bad file, date or mapping; 409 counts differ
 *   or composition breaches not acknowledged.
 */
/** The refusal of a plan's problems, located in the successor file on the worker pool. */
async function planRefusal(
  org: OrgContext,
  text: string,
  plan: ImportPlan,
  warnings: OrgFileProblem[],
): Promise<AppError> {
  return refusal(await locatedPlanProblems(org.workers, text, plan), warnings);
}

export async function reform(
  org: OrgContext,
  actor: Actor,
  input: ReformRequestInput,
  /** Checks the caller may change the successor collaboration (see ImportOptions.authorise). */
  authorise?: (targets: ScopeTarget[]) => Promise<void>,
): Promise<ReformResult> {
  const parsedRequest = ReformRequestSchema.safeParse(input);
  if (!parsedRequest.success) {
    throw unprocessable('Anmodningen er ugyldig', 'The request is invalid', {
      issues: parsedRequest.error.issues,
    });
  }
  const request = parsedRequest.data;
  const { effectiveDate } = request;
  const lastDay = addDays(effectiveDate, -1);
  const sources = await loadSources(org.db, request.sourceCollaborationIds);
  const target: ReformTarget = request.target ?? (sources.length === 1 ? 'continue' : 'new');
  if (target === 'continue' && sources.length !== 1) {
    throw unprocessable(
      'En omlægning, der fortsætter et samarbejde, har netop ét kildesamarbejde',
      'A reorganisation that continues a collaboration has exactly one source',
    );
  }
  checkReformDate(sources, effectiveDate);
  const parsed = await readOrgFileOnPool(org.workers, request.successorYaml);
  if (parsed.org === null) throw refusal(parsed.errors, parsed.warnings);
  const { warnings } = parsed;
  await authorise?.(await fileScopeTargets(org.db, parsed.org.collaboration));
  const continueAs = target === 'continue' ? (sources[0] as Source) : null;
  const fileKeys = new Set(parsed.org.fora.map((f) => f.key));
  const areaKeys = new Set(parsed.org.clusters.map((c) => c.key));
  if (continueAs === null && sources.some((s) => s.key === parsed.org?.collaboration.key)) {
    throw unprocessable(
      'Et nyt samarbejde skal have en anden nøgle end kildesamarbejderne',
      'A new collaboration needs a key other than the sources’',
    );
  }
  const existingTargetId =
    continueAs?.id ??
    (await findEntityIdByKey(org.db, 'collaboration', null, parsed.org.collaboration.key));
  const evaluated = [...sources.map((s) => s.id), ...(existingTargetId ? [existingTargetId] : [])];

  const outcome = await changeOrganisation<Outcome>(org, actor, {
    collaborationIds: evaluated,
    effectiveDate,
    acknowledgeBreaches: request.acknowledgeBreaches,
    dryRun: request.dryRun,
    apply: async (tx) => {
      if (!existingTargetId) await lockCollaboration(tx, `key:${parsed.org!.collaboration.key}`);
      const storedTarget = existingTargetId ? await loadSnapshot(tx, existingTargetId) : null;
      const successor = prepareSuccessor(parsed.org!, effectiveDate, storedTarget, continueAs);
      const plan = await planFromDb(tx, successor, {
        dryRun: false,
        effectiveFrom: effectiveDate,
        prune: false,
      });
      if (plan.problems.length) throw await planRefusal(org, request.successorYaml, plan, warnings);
      await applyImportOps(tx, plan.ops, plan.collaborationId);
      const targetId = plan.collaborationId;
      const existingFora = new Set(storedTarget?.fora.map((f) => f.entityId) ?? []);
      const after = await loadSnapshot(tx, targetId);

      // The old fora: every forum of the sources valid on the last day, except (continue) the
      // ones the successor file keeps by key.
      const old = sources.flatMap((s) => reformFora(s.snapshot, lastDay));
      const kept = continueAs ? old.filter((f) => fileKeys.has(f.key)) : [];
      const ended = old.filter((f) => !kept.includes(f));
      const endedIds = new Set(ended.map((f) => f.id));
      const candidates = reformFora(after, effectiveDate).filter((c) => !endedIds.has(c.id));
      const overrides = request.mappings;
      const previewMismatch = request.dryRun;
      const work = await carryOverWork(tx, actor, {
        ...{ sources, after, targetId, effectiveDate, ended, candidates, overrides },
        previewMismatch,
      });
      for (const s of sources) await endAreas(tx, s, continueAs ? areaKeys : new Set(), lastDay);
      const { planned, successions, counts, endedItems, carriedOver } = work;
      const keptMappings: PlannedMapping[] = kept.map((f) => {
        const now = candidates.find((c) => c.id === f.id) ?? f;
        return { from: f, to: [{ ...now, overlap: now.municipalities.length }], basis: 'sameKey' };
      });

      const dry = request.dryRun;
      const known = dry ? existingFora : null;
      const mappings = [...keptMappings, ...planned].map((m) => ({
        from: refOf(m.from, null),
        to: m.to.map((t) => ({ ...refOf(t, known), overlap: t.overlap })),
        basis: m.basis,
      }));
      const created = storedTarget === null;
      const result: Outcome['result'] = {
        effectiveDate,
        lastDay,
        target,
        sources: sources.map((s) => ({ id: s.id, key: s.key, name: s.name })),
        targetCollaboration: {
          id: dry && created ? null : targetId,
          key: successor.collaboration.key,
          name: successor.collaboration.name,
          created,
        },
        importDiff: { ...plan.diff, dryRun: dry },
        candidates: candidates.map((c) => refOf(c, known)),
        mappings,
        counts,
        ended: endedItems.map(({ kind, id, label, reason }) => ({ kind, id, label, reason })),
        carriedOver: carriedOver.map(({ handler, summary, movedIds }) => ({
          handler,
          summary,
          movedIds,
        })),
        warnings,
      };
      return recorded(tx, actor, { result, successions, targetId, importDiff: plan.diff });
    },
  });
  const { result, id } = outcome.result;
  return {
    ...result,
    dryRun: request.dryRun,
    id: request.dryRun ? null : id,
    newBreaches: outcome.newBreaches,
  };
}
