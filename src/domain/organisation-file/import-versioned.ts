/**
 * Planning one versioned kind (collaboration, party, cluster, forum, seat) of an import. Entities
 * are matched by entityId (resolved from keys). A new key creates the entity with the file's
 * period. For a known entity, a changed period moves its first start / last end, and changed
 * attributes become a new version from the effective date (`planVersionedChange`: the version
 * valid that day is closed the day before, or corrected in place when it starts that day). An
 * entity missing from the file is reported, and ended the day before the effective date only
 * with `prune` (one that had not started yet is removed).
 */
import { addDays, compareDates, isValidOn, type IsoDate } from '../../shared/dates';
import { planEnd, planVersionedChange, sameValue } from '../organisation/versioning';
import type { FilePath } from './locate';
import type {
  ImportOp,
  ImportProblem,
  KindDiffBuilder,
  RowValues,
  VersionedImportKind,
} from './import-types';

/** A version row as the planner sees it. */
export interface VRow extends RowValues {
  id: string;
  entityId: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** One incoming entity: its row (id irrelevant), display key and file path. */
export interface IncomingEntity {
  row: VRow;
  display: string;
  path: FilePath;
}

/** What planning a kind writes into. */
export interface PlanSink {
  effectiveFrom: IsoDate;
  prune: boolean;
  ops: ImportOp[];
  problems: ImportProblem[];
}

const NOT_ATTRIBUTES = new Set([
  'id',
  'entityId',
  'validFrom',
  'validTo',
  'key',
  'collaborationId',
]);

/** The attributes of a row (everything but ids, key and period). */
export function attributesOf(row: RowValues): RowValues {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !NOT_ATTRIBUTES.has(k)));
}

/** The names of the attributes in `attrs` whose value differs on `current`. */
export function changedFields(current: RowValues, attrs: RowValues): string[] {
  return Object.keys(attrs).filter((k) => !sameValue(current[k] ?? null, attrs[k] ?? null));
}

/** Stored attribute names as the file calls them, for diffs people read. */
const FILE_FIELDS: Record<string, string> = {
  parentPartyId: 'parent',
  acuteHospitalPartyId: 'acuteHospital',
  clusterId: 'cluster',
  reportsToForumId: 'reportsTo',
  successorForumIds: 'successors',
  partyId: 'party',
  forumId: 'forum',
  seatId: 'seat',
  personId: 'person',
  onBehalfOfPartyId: 'onBehalfOf',
  substitutePersonId: 'substitute',
};

/** The file's names of stored attribute names. */
export function fileFieldNames(fields: readonly string[]): string[] {
  return fields.map((f) => FILE_FIELDS[f] ?? f);
}

function periodOps(kind: VersionedImportKind, versions: VRow[], target: VRow, sink: PlanSink) {
  let rows = versions.map((v) => ({ ...v }));
  const first = rows[0] as VRow;
  const last = rows[rows.length - 1] as VRow;
  if (target.validTo !== last.validTo) {
    const shortens =
      target.validTo !== null && (last.validTo === null || target.validTo < last.validTo);
    if (shortens && target.validTo !== null) {
      const end = planEnd(rows, target.validTo);
      if (end.kind === 'end') {
        if (end.close)
          sink.ops.push({
            op: 'updateVersion',
            kind,
            id: end.close.id,
            patch: { validTo: end.close.validTo },
          });
        if (end.remove.length) sink.ops.push({ op: 'deleteVersions', kind, ids: end.remove });
        rows = rows.filter((r) => !end.remove.includes(r.id));
        const closed = rows.find((r) => r.id === end.close?.id);
        if (closed) closed.validTo = target.validTo;
      }
    } else {
      sink.ops.push({ op: 'updateVersion', kind, id: last.id, patch: { validTo: target.validTo } });
      last.validTo = target.validTo;
    }
  }
  if (target.validFrom !== first.validFrom) {
    const gone = rows
      .filter((r) => r.validTo !== null && r.validTo < target.validFrom)
      .map((r) => r.id);
    if (gone.length) sink.ops.push({ op: 'deleteVersions', kind, ids: gone });
    rows = rows.filter((r) => !gone.includes(r.id));
    const head = rows[0];
    if (head) {
      sink.ops.push({
        op: 'updateVersion',
        kind,
        id: head.id,
        patch: { validFrom: target.validFrom },
      });
      head.validFrom = target.validFrom;
    }
  }
  return rows;
}

function attributeOps(kind: VersionedImportKind, rows: VRow[], attrs: RowValues, sink: PlanSink) {
  const change = planVersionedChange(rows, sink.effectiveFrom, attrs);
  if (change.kind === 'updateInPlace') {
    sink.ops.push({ op: 'updateVersion', kind, id: change.id, patch: change.attrs });
  } else if (change.kind === 'split') {
    sink.ops.push({
      op: 'updateVersion',
      kind,
      id: change.close.id,
      patch: { validTo: change.close.validTo },
    });
    sink.ops.push({ op: 'insertVersion', kind, row: change.insert });
  }
}

function planExisting(
  kind: VersionedImportKind,
  versions: VRow[],
  incoming: IncomingEntity,
  sink: PlanSink,
  diff: KindDiffBuilder,
): void {
  const target = incoming.row;
  const attrs = attributesOf(target);
  const first = versions[0] as VRow;
  const last = versions[versions.length - 1] as VRow;
  const day = sink.effectiveFrom;
  const current =
    versions.find((v) => isValidOn(v, day)) ??
    (compareDates(day, first.validFrom) < 0 ? first : last);
  const fields = changedFields(current, attrs);
  const period = [
    ...(target.validFrom !== first.validFrom ? ['validFrom'] : []),
    ...(target.validTo !== last.validTo ? ['validTo'] : []),
  ];
  if (fields.length === 0 && period.length === 0) return;
  diff.changed.push({ key: incoming.display, fields: fileFieldNames([...fields, ...period]) });
  const rows = periodOps(kind, versions, target, sink);
  if (fields.length === 0) return;
  if (!isValidOn(target, day)) {
    const names = fileFieldNames(fields).join(', ');
    sink.problems.push({
      path: incoming.path,
      message: `Ændringen af ${names} kan ikke gælde fra ${day}, fordi "${incoming.display}" ikke er gyldig den dag. Angiv en ikrafttrædelsesdato inden for perioden (--effective-from / effectiveFrom).`,
      messageEn: `The change of ${names} cannot take effect on ${day}: "${incoming.display}" is not valid that day. Give an effective date within its period (--effective-from / effectiveFrom).`,
    });
    return;
  }
  attributeOps(kind, rows, attrs, sink);
}

function planMissing(
  kind: VersionedImportKind,
  versions: VRow[],
  display: string,
  sink: PlanSink,
  diff: KindDiffBuilder,
) {
  const last = versions[versions.length - 1] as VRow;
  if (last.validTo !== null && last.validTo < sink.effectiveFrom) return;
  if (!sink.prune) {
    diff.missing.push(display);
    return;
  }
  diff.ended.push(display);
  const end = planEnd(versions, addDays(sink.effectiveFrom, -1));
  if (end.kind === 'end') {
    if (end.close)
      sink.ops.push({
        op: 'updateVersion',
        kind,
        id: end.close.id,
        patch: { validTo: end.close.validTo },
      });
    if (end.remove.length) sink.ops.push({ op: 'deleteVersions', kind, ids: end.remove });
  } else if (end.kind === 'rejected') {
    sink.ops.push({ op: 'deleteVersions', kind, ids: versions.map((v) => v.id) });
  }
}

/** Plans one versioned kind: `stored` grouped by entityId, `incoming` one row per entity. */
export function planVersionedKind(
  kind: VersionedImportKind,
  stored: ReadonlyMap<string, VRow[]>,
  storedDisplay: (entityId: string) => string,
  incoming: readonly IncomingEntity[],
  sink: PlanSink,
  diff: KindDiffBuilder,
): void {
  const seen = new Set<string>();
  for (const entity of incoming) {
    seen.add(entity.row.entityId);
    const versions = stored.get(entity.row.entityId);
    if (versions === undefined || versions.length === 0) {
      const { id: _id, ...row } = entity.row;
      sink.ops.push({ op: 'insertVersion', kind, row });
      diff.created.push(entity.display);
    } else {
      planExisting(kind, versions, entity, sink, diff);
    }
  }
  for (const [entityId, versions] of stored) {
    if (!seen.has(entityId)) planMissing(kind, versions, storedDisplay(entityId), sink, diff);
  }
}
