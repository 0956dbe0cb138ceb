/**
 * The open work's part of a reorganisation, shared by the reform and an org-file import that
 * ends fora (`carryOver=true`): map the ended fora to successors, end them (with their seats and
 * appointments) recording the successors, let the registered handlers carry the open work, let
 * appointments and office holdings continue, and count before and after. Runs in the caller's
 * transaction; throws 422 for a bad mapping and 409 when the counts differ (rolling it back).
 */
import {
  continuingSeat,
  countMismatches,
  forumMunicipalities,
  planMappings,
  reformCounts,
  successorParty,
  type MappingOverrideInput,
  type MappingProblem,
  type PlannedMapping,
  type ReformForum,
  type ReformParty,
  type ReformSeat,
} from '../../../domain/organisation/index';
import { addDays, isValidOn, type IsoDate } from '../../../shared/dates';
import {
  REFORM_COUNT_KINDS,
  type ImportCarryOver,
  type ReformCount,
} from '../../../shared/reorganisation.contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import {
  endOldForum,
  openWorkAt,
  runCarryOverHandlers,
  type CarryOverEnded,
  type CarryOverReport,
  type ForumSuccession,
} from './org-reorganise.service';
import { reorganisations } from './org-reorganise.table';
import { loadSnapshot, type ForumRow, type StoredSnapshot } from './org-snapshot.repo';
import { insertFact, setFactEnd } from './org-version.repo';

type Validity = { validFrom: string; validTo: string | null };
export const validOn = <T extends Validity>(rows: readonly T[], day: IsoDate): T[] =>
  rows.filter((r) => isValidOn(r, day));

export function unprocessable(
  da: string,
  en: string,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError('unprocessable', { da, en }, { extra });
}

/** A collaboration whose fora end, with its organisation as it stood before the change. */
export interface Source {
  id: string;
  key: string;
  name: string;
  snapshot: StoredSnapshot;
}

export /** The fora of a snapshot valid on a day, with the municipalities each covers. */
function reformFora(snapshot: StoredSnapshot, day: IsoDate): ReformForum[] {
  const parties = validOn(snapshot.parties, day);
  const codeOf = new Map(parties.map((p) => [p.entityId, p.code]));
  const all = parties.filter((p) => p.kind === 'municipality' && p.code).map((p) => p.code!);
  const clusterIds = new Set(validOn(snapshot.clusters, day).map((c) => c.entityId));
  const areas = new Map<string, string[]>();
  for (const m of validOn(snapshot.clusterMemberships, day)) {
    const code = codeOf.get(m.partyId);
    if (!code || !clusterIds.has(m.clusterId)) continue;
    areas.set(m.clusterId, [...(areas.get(m.clusterId) ?? []), code]);
  }
  return validOn(snapshot.fora, day).map((f: ForumRow) => ({
    id: f.entityId,
    key: f.key,
    name: f.name,
    level: f.level,
    kind: f.kind,
    collaborationId: f.collaborationId,
    municipalities: forumMunicipalities(f.clusterId, areas, all),
  }));
}

function mappingProblemText(problems: readonly MappingProblem[]): AppError {
  const keys = problems.map((p) => (p.kind === 'unknownSuccessor' ? p.key : p.fromForumId));
  return unprocessable(
    `Forbindelsen mellem gamle og nye fora kan ikke bruges: ukendt ${keys.join(', ')}`,
    `The mapping of old to new fora cannot be used: unknown ${keys.join(', ')}`,
    { problems },
  );
}

interface Continued {
  /** ids (of the open work before) found after, per kind. */
  found: Record<string, string[]>;
  before: Record<string, string[]>;
  ended: CarryOverEnded[];
}

/** Appointments in the ended fora's seats continue in a matching successor seat, or end. */
async function continueAppointments(
  tx: Db,
  sources: readonly Source[],
  mappings: readonly PlannedMapping[],
  target: StoredSnapshot,
  targetId: string,
  effectiveDate: IsoDate,
  lastDay: IsoDate,
): Promise<Continued> {
  const toOf = new Map(mappings.map((m) => [m.from.id, m.to.map((t) => t.id)]));
  const seatOf = (s: StoredSnapshot['seats'][number]): ReformSeat => ({
    id: s.entityId,
    key: s.key.slice(s.key.indexOf('/') + 1),
    forumId: s.forumId,
    role: s.role,
    partyKind: s.partyKind,
    born: s.born !== null,
  });
  const seatsByForum = new Map<string, ReformSeat[]>();
  for (const s of validOn(target.seats, effectiveDate)) {
    seatsByForum.set(s.forumId, [...(seatsByForum.get(s.forumId) ?? []), seatOf(s)]);
  }
  const existing = validOn(target.appointments, effectiveDate);
  const targetParties = partiesOf(target, effectiveDate);
  const before: string[] = [];
  const found: string[] = [];
  const ended: CarryOverEnded[] = [];
  for (const source of sources) {
    const seats = new Map(validOn(source.snapshot.seats, lastDay).map((s) => [s.entityId, s]));
    const persons = new Map(source.snapshot.persons.map((p) => [p.id, p.name]));
    const fora = new Map(source.snapshot.fora.map((f) => [f.entityId, f.name]));
    const parties = new Map(partiesOf(source.snapshot, lastDay).map((p) => [p.id, p]));
    for (const a of validOn(source.snapshot.appointments, lastDay)) {
      const seat = seats.get(a.seatId);
      const to = seat ? toOf.get(seat.forumId) : undefined;
      if (!seat || to === undefined) continue;
      if (a.validTo !== null && a.validTo < effectiveDate) continue;
      before.push(a.id);
      const next = continuingSeat(seatOf(seat), to, seatsByForum);
      if (next === null) {
        ended.push({
          kind: 'continuingAppointments',
          id: a.id,
          label: `${persons.get(a.personId) ?? a.personId}, ${seat.label} — ${fora.get(seat.forumId) ?? ''}`,
          reason: 'Ingen tilsvarende plads hos efterfølgeren',
        });
        continue;
      }
      const already = existing.some((e) => e.seatId === next.id && e.personId === a.personId);
      if (!already) {
        const party = a.onBehalfOfPartyId ? parties.get(a.onBehalfOfPartyId) : undefined;
        const onBehalf =
          party === undefined
            ? null
            : targetParties.some((p) => p.id === party.id)
              ? party.id
              : (successorParty(party, targetParties)?.id ?? null);
        await insertFact(tx, 'appointment', {
          collaborationId: targetId,
          key: null,
          seatId: next.id,
          personId: a.personId,
          onBehalfOfPartyId: onBehalf,
          substitutePersonId: a.substitutePersonId,
          appointedBy: a.appointedBy,
          termEnd: a.termEnd,
          validFrom: effectiveDate,
          validTo: a.validTo,
        });
      }
      found.push(a.id);
    }
  }
  return {
    before: { continuingAppointments: before },
    found: { continuingAppointments: found },
    ended,
  };
}

function partiesOf(snapshot: StoredSnapshot, day: IsoDate): ReformParty[] {
  return validOn(snapshot.parties, day).map((p) => ({
    id: p.entityId,
    kind: p.kind,
    code: p.code,
    predecessorPartyIds: p.predecessorPartyIds,
  }));
}

/**
 * Office holdings belong to parties and stay. In a merger, a holding in a source party that the
 * target has a successor for (listed predecessor, same municipality code, the one region) moves
 * there from the reform day.
 */
async function continueHoldings(
  tx: Db,
  sources: readonly Source[],
  target: StoredSnapshot,
  targetId: string,
  effectiveDate: IsoDate,
  lastDay: IsoDate,
): Promise<Continued> {
  const candidates = partiesOf(target, effectiveDate);
  const before: string[] = [];
  const found: string[] = [];
  for (const source of sources) {
    const parties = new Map(partiesOf(source.snapshot, lastDay).map((p) => [p.id, p]));
    for (const h of validOn(source.snapshot.officeHoldings, lastDay)) {
      if (h.validTo !== null && h.validTo < effectiveDate) continue;
      const party = parties.get(h.partyId);
      if (!party) continue;
      before.push(h.id);
      const next = source.id === targetId ? null : successorParty(party, candidates);
      if (next !== null && next.id !== party.id) {
        await setFactEnd(tx, 'officeHolding', h.id, lastDay);
        await insertFact(tx, 'officeHolding', {
          collaborationId: targetId,
          key: null,
          personId: h.personId,
          partyId: next.id,
          office: h.office,
          validFrom: effectiveDate,
          validTo: h.validTo,
        });
      }
      found.push(h.id);
    }
  }
  return {
    before: { continuingOfficeHoldings: before },
    found: { continuingOfficeHoldings: found },
    ended: [],
  };
}

function successionsOf(mappings: readonly PlannedMapping[]): ForumSuccession[] {
  return mappings
    .filter((m) => m.basis !== 'sameKey' || m.from.id !== m.to[0]?.id)
    .map((m) => ({ fromForumId: m.from.id, toForumIds: m.to.map((t) => t.id) }));
}

function mismatchError(counts: readonly ReformCount[]): AppError {
  const kinds = countMismatches(counts);
  return new AppError(
    'conflict',
    {
      da: `Omlægningen ville tabe åbent arbejde (før og efter stemmer ikke): ${kinds.join(', ')}`,
      en: `The reorganisation would lose open work (before and after differ): ${kinds.join(', ')}`,
    },
    { extra: { counts, kinds } },
  );
}

/** What the carry-over did, for the answer, the audit row and the reorganisations row. */
export interface CarriedWork {
  planned: PlannedMapping[];
  successions: ForumSuccession[];
  counts: ReformCount[];
  endedItems: CarryOverEnded[];
  carriedOver: CarryOverReport[];
}

/** Carries the open work of the ended fora to their successors (see the module comment). */
export async function carryOverWork(
  tx: Db,
  actor: Actor,
  args: {
    sources: readonly Source[];
    /** The target collaboration after the successor model was written. */
    after: StoredSnapshot;
    targetId: string;
    effectiveDate: IsoDate;
    ended: readonly ReformForum[];
    candidates: readonly ReformForum[];
    overrides: readonly MappingOverrideInput[];
    /** A dry run answers differing counts (for the preview) instead of refusing them. */
    previewMismatch?: boolean;
  },
): Promise<CarriedWork> {
  const { sources, after, targetId, effectiveDate, ended, candidates } = args;
  const lastDay = addDays(effectiveDate, -1);
  const planned = planMappings({ ended, candidates, overrides: args.overrides });
  if (!planned.ok) throw mappingProblemText(planned.problems);
  const successions = successionsOf(planned.mappings);
  const successorIds = [...new Set(successions.flatMap((m) => m.toForumIds))];
  const openBefore = await openWorkAt({ tx, forumIds: ended.map((f) => f.id), effectiveDate });
  for (const m of successions) await endOldForum(tx, m, lastDay);
  const carriedOver = await runCarryOverHandlers({
    tx,
    actor,
    collaborationId: targetId,
    effectiveDate,
    mappings: successions,
  });
  const appointments = await continueAppointments(
    tx,
    sources,
    planned.mappings,
    after,
    targetId,
    effectiveDate,
    lastDay,
  );
  const holdings = await continueHoldings(tx, sources, after, targetId, effectiveDate, lastDay);
  const openAfter = await openWorkAt({ tx, forumIds: successorIds, effectiveDate });
  const endedItems = [
    ...carriedOver.flatMap((r) => r.ended ?? []),
    ...appointments.ended,
    ...holdings.ended,
  ];
  const counts = reformCounts(
    REFORM_COUNT_KINDS,
    { ...openBefore, ...appointments.before, ...holdings.before },
    { ...openAfter, ...appointments.found, ...holdings.found },
    endedItems,
  );
  if (countMismatches(counts).length > 0 && args.previewMismatch !== true) {
    throw mismatchError(counts);
  }
  return { planned: planned.mappings, successions, counts, endedItems, carriedOver };
}

/**
 * After an org-file import (`carryOver=true`): when it ended fora (pruned the day before the
 * effective date) and created new ones, their open work is mapped by default (municipality
 * overlap) and carried over as in a reform, with a `reorganisations` row of kind `import`
 * (unless a dry run). Null when the import ended no forum or created none.
 */
export async function carryOverImport(
  tx: Db,
  actor: Actor,
  args: {
    collaborationId: string;
    /** The collaboration as stored before the import. */
    before: StoredSnapshot;
    effectiveDate: IsoDate;
    dryRun: boolean;
  },
): Promise<ImportCarryOver | null> {
  const { collaborationId, before, effectiveDate } = args;
  const lastDay = addDays(effectiveDate, -1);
  const after = await loadSnapshot(tx, collaborationId);
  const valid = new Set(validOn(after.fora, effectiveDate).map((f) => f.entityId));
  const known = new Set(before.fora.map((f) => f.entityId));
  const ended = reformFora(before, lastDay).filter((f) => !valid.has(f.id));
  const candidates = reformFora(after, effectiveDate);
  if (ended.length === 0 || !candidates.some((c) => !known.has(c.id))) return null;
  const last = before.collaborations.at(-1);
  const source: Source = {
    id: collaborationId,
    key: last?.key ?? '',
    name: last?.name ?? '',
    snapshot: before,
  };
  const work = await carryOverWork(tx, actor, {
    sources: [source],
    after,
    targetId: collaborationId,
    effectiveDate,
    ended,
    candidates,
    overrides: [],
  });
  let id: string | null = null;
  if (!args.dryRun) {
    const [row] = await tx
      .insert(reorganisations)
      .values({
        kind: 'import',
        effectiveDate,
        sourceCollaborationIds: [collaborationId],
        targetCollaborationId: collaborationId,
        mappings: work.successions,
        counts: work.counts,
        createdBy: actor.userId ?? null,
      })
      .returning({ id: reorganisations.id });
    id = row?.id ?? null;
  }
  const ref = (f: ReformForum) => ({
    id: f.id,
    key: f.key,
    name: f.name,
    level: f.level,
    kind: f.kind,
    collaborationId: f.collaborationId,
  });
  return {
    id,
    effectiveDate,
    mappings: work.planned.map((m) => ({
      from: ref(m.from),
      to: m.to.map((t) => ({ ...ref(t), overlap: t.overlap })),
      basis: m.basis,
    })),
    counts: work.counts,
    ended: work.endedItems.map(({ kind, id: itemId, label, reason }) => ({
      kind,
      id: itemId,
      label,
      reason,
    })),
    carriedOver: work.carriedOver.map(({ handler, summary, movedIds }) => ({
      handler,
      summary,
      movedIds,
    })),
  };
}
