/**
 * The generic use cases behind every versioned entity and fact: create, change as of a day
 * (`planVersionedChange`: history is never overwritten), and end (`planEnd`). Each runs through
 * `changeOrganisation`, so it is checked for new breaches and audited with its derived changes.
 */
import {
  planEnd,
  planVersionedChange,
  type AttributesOf,
  type OrgState,
} from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { addDays, type IsoDate } from '../../../shared/dates';
import { orgText } from '../../../shared/organisation.messages';
import { changeOrganisation, orgProblem, type ChangeOutcome, type OrgContext } from './org-change';
import { forumNotValidProblem } from './org-lookup.service';
import { notValidOn } from './org-validate';
import {
  applyVersionChange,
  applyVersionEnd,
  deleteFacts,
  findEntityIdByKey,
  findFact,
  insertVersion,
  listVersions,
  newEntityId,
  setFactEnd,
  type FactKind,
  type FactRowOf,
  type NewVersionOf,
  type VersionedKind,
  type VersionRowOf,
} from './org-version.repo';

/** A readable key from a name: "Sundhedsklynge Fyn" → "sundhedsklynge-fyn". */
export function slugKey(name: string): string {
  const slug = name
    .toLocaleLowerCase('da')
    .normalize('NFC')
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'x';
}

/**
 * The key for a new entity: the requested one (409 when taken), else a slug of its name made
 * unique with a counter.
 */
export async function keyFor(
  db: Db,
  kind: VersionedKind,
  collaborationId: string | null,
  requested: { key?: string | undefined; name: string; keyPrefix?: string | undefined },
): Promise<string> {
  if (requested.key !== undefined) {
    if (await findEntityIdByKey(db, kind, collaborationId, requested.key)) {
      throw orgProblem('conflict', 'keyTaken', { key: requested.key });
    }
    return requested.key;
  }
  const base = `${requested.keyPrefix ?? ''}${slugKey(requested.name)}`;
  for (let n = 1; ; n += 1) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await findEntityIdByKey(db, kind, collaborationId, key))) return key;
  }
}

/** A new versioned entity of a collaboration. */
export interface CreateVersion<K extends VersionedKind> {
  kind: K;
  collaborationId: string;
  key?: string | undefined;
  name: string;
  /** Prefix of a generated key (a seat's is `<forum key>/`, as the org-file importer writes). */
  keyPrefix?: string | undefined;
  validFrom: IsoDate;
  validTo?: IsoDate | null | undefined;
  acknowledgeBreaches?: boolean | undefined;
  /** The entity's attributes (without ids, key and period). */
  attrs: Omit<
    NewVersionOf<K>,
    'id' | 'entityId' | 'collaborationId' | 'key' | 'validFrom' | 'validTo'
  >;
  /** Checks references against the collaboration as it stands on `validFrom`. */
  validate?: (state: OrgState) => void | Promise<void>;
}

/** Creates a versioned entity (one version from `validFrom`); 404 for an unknown collaboration. */
export async function createVersioned<K extends VersionedKind>(
  org: OrgContext,
  actor: Actor,
  input: CreateVersion<K>,
): Promise<ChangeOutcome<VersionRowOf<K>>> {
  await requireVersions(org.db, 'collaboration', input.collaborationId);
  return changeOrganisation(org, actor, {
    collaborationIds: [input.collaborationId],
    effectiveDate: input.validFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      await input.validate?.(before(input.collaborationId));
      const key = await keyFor(tx, input.kind, input.collaborationId, input);
      const row = await insertVersion(tx, input.kind, {
        ...input.attrs,
        entityId: newEntityId(),
        collaborationId: input.collaborationId,
        key,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      } as NewVersionOf<K>);
      return {
        result: row,
        audit: {
          action: `${input.kind}.create`,
          entityType: input.kind,
          entityId: row.entityId,
          summary: `${orgText(`entity.${input.kind}`).da} oprettet: ${input.name}`,
          after: { version: row },
        },
      };
    },
  });
}

/** The versions of an entity, or 404. */
export async function requireVersions<K extends VersionedKind>(
  db: Db,
  kind: K,
  entityId: string,
): Promise<VersionRowOf<K>[]> {
  const versions = await listVersions(db, kind, entityId);
  if (versions.length === 0) throw notFound(orgText(`entity.${kind}`));
  return versions;
}

/** The collaboration a versioned row belongs to. */
export function collaborationOfRow(row: { collaborationId?: string; entityId: string }): string {
  return row.collaborationId ?? row.entityId;
}

/** A change of attributes of a versioned entity as of `effectiveFrom`. */
export interface UpdateVersion<K extends VersionedKind> {
  kind: K;
  entityId: string;
  effectiveFrom: IsoDate;
  attrs: Partial<AttributesOf<VersionRowOf<K>>>;
  acknowledgeBreaches?: boolean | undefined;
  validate?: (state: OrgState) => void | Promise<void>;
}

/** Changes attributes as of a day: the version valid then is closed and a new one starts. */
export async function updateVersioned<K extends VersionedKind>(
  org: OrgContext,
  actor: Actor,
  input: UpdateVersion<K>,
): Promise<ChangeOutcome<VersionRowOf<K>>> {
  const first = (await requireVersions(org.db, input.kind, input.entityId))[0] as VersionRowOf<K>;
  return changeOrganisation(org, actor, {
    collaborationIds: [collaborationOfRow(first)],
    effectiveDate: input.effectiveFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      await input.validate?.(before(collaborationOfRow(first)));
      const versions = await listVersions(tx, input.kind, input.entityId);
      const plan = planVersionedChange(versions, input.effectiveFrom, input.attrs);
      if (plan.kind === 'rejected') {
        if (input.kind === 'forum') {
          throw await forumNotValidProblem(tx, input.entityId, input.effectiveFrom);
        }
        throw notValidOn(input.kind, input.effectiveFrom);
      }
      if (plan.kind === 'none') throw orgProblem('unprocessable', 'nothingToChange');
      await applyVersionChange(tx, input.kind, plan);
      const after = await listVersions(tx, input.kind, input.entityId);
      const current = after.find(
        (v) =>
          v.validFrom <= input.effectiveFrom &&
          (v.validTo === null || v.validTo >= input.effectiveFrom),
      ) as VersionRowOf<K>;
      const previous = versions.find((v) =>
        plan.kind === 'split' ? v.id === plan.close.id : v.id === plan.id,
      );
      return {
        result: current,
        audit: {
          action: `${input.kind}.update`,
          entityType: input.kind,
          entityId: input.entityId,
          summary: `${orgText(`entity.${input.kind}`).da} ændret fra ${input.effectiveFrom}`,
          before: { version: previous, changed: Object.keys(input.attrs) },
          after: { version: current, plan: plan.kind },
        },
      };
    },
  });
}

/** Ending a versioned entity; `cascade` ends what hangs on it in the same transaction. */
export interface EndVersion<K extends VersionedKind> {
  kind: K;
  entityId: string;
  lastDay: IsoDate;
  acknowledgeBreaches?: boolean | undefined;
  cascade?: (tx: Db, lastDay: IsoDate) => Promise<Record<string, unknown>>;
}

/** Ends an entity with `lastDay` as its last valid day; breaches are checked on the day after. */
export async function endVersioned<K extends VersionedKind>(
  org: OrgContext,
  actor: Actor,
  input: EndVersion<K>,
): Promise<ChangeOutcome<VersionRowOf<K>>> {
  const first = (await requireVersions(org.db, input.kind, input.entityId))[0] as VersionRowOf<K>;
  return changeOrganisation(org, actor, {
    collaborationIds: [collaborationOfRow(first)],
    effectiveDate: addDays(input.lastDay, 1),
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx) => {
      const versions = await listVersions(tx, input.kind, input.entityId);
      const plan = planEnd(versions, input.lastDay);
      if (plan.kind === 'rejected') {
        throw orgProblem('unprocessable', 'endsBeforeStart', {
          entity: input.kind,
          validFrom: versions[0]?.validFrom ?? null,
        });
      }
      if (plan.kind === 'none') throw orgProblem('unprocessable', 'nothingToChange');
      await applyVersionEnd(tx, input.kind, plan);
      const cascaded = input.cascade ? await input.cascade(tx, input.lastDay) : {};
      const last = (await listVersions(tx, input.kind, input.entityId)).at(-1) as VersionRowOf<K>;
      return {
        result: last,
        audit: {
          action: `${input.kind}.end`,
          entityType: input.kind,
          entityId: input.entityId,
          summary: `${orgText(`entity.${input.kind}`).da} afsluttet med ${input.lastDay}`,
          before: { versions },
          after: { lastDay: input.lastDay, removedVersionIds: plan.remove, ...cascaded },
        },
      };
    },
  });
}

/**
 * Ends (or, when it would end before it starts, removes) a fact inside a transaction, so it is
 * not valid after `lastDay`. Returns what happened, for the audit row.
 */
export async function endFactRow<K extends FactKind>(
  tx: Db,
  kind: K,
  row: FactRowOf<K>,
  lastDay: IsoDate,
): Promise<'ended' | 'removed' | 'none'> {
  if (row.validFrom > lastDay) {
    await deleteFacts(tx, kind, [row.id]);
    return 'removed';
  }
  if (row.validTo !== null && row.validTo <= lastDay) return 'none';
  await setFactEnd(tx, kind, row.id, lastDay);
  return 'ended';
}

/** A fact by id, or 404. */
export async function requireFact<K extends FactKind>(
  db: Db,
  kind: K,
  id: string,
): Promise<FactRowOf<K>> {
  const row = await findFact(db, kind, id);
  if (row === null) throw notFound(orgText(`entity.${kind}`));
  return row;
}

/** Ends one fact (office holding, appointment, membership, rule) with `lastDay` as its last day. */
export async function endFact<K extends FactKind>(
  org: OrgContext,
  actor: Actor,
  input: { kind: K; id: string; lastDay: IsoDate; acknowledgeBreaches?: boolean | undefined },
): Promise<ChangeOutcome<FactRowOf<K>>> {
  const row = await requireFact(org.db, input.kind, input.id);
  return changeOrganisation(org, actor, {
    collaborationIds: [row.collaborationId],
    effectiveDate: addDays(input.lastDay, 1),
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx) => {
      const current = await requireFact(tx, input.kind, input.id);
      if (input.lastDay < current.validFrom) {
        throw orgProblem('unprocessable', 'endsBeforeStart', {
          entity: input.kind,
          validFrom: current.validFrom,
        });
      }
      if ((await endFactRow(tx, input.kind, current, input.lastDay)) === 'none') {
        throw orgProblem('unprocessable', 'nothingToChange');
      }
      const after = (await findFact(tx, input.kind, input.id)) as FactRowOf<K>;
      return {
        result: after,
        audit: {
          action: `${input.kind}.end`,
          entityType: input.kind,
          entityId: input.id,
          summary: `${orgText(`entity.${input.kind}`).da} afsluttet med ${input.lastDay}`,
          before: { fact: current },
          after: { fact: after },
        },
      };
    },
  });
}
