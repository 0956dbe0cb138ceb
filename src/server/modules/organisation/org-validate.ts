/**
 * Checks of references in organisation changes: a party, cluster, forum or seat named in a
 * request must exist in the collaboration on the day the change takes effect, and persons must
 * exist. Failures are 422 problems with a bilingual text.
 */
import type { OrgState } from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import { FUNCTION_ROLES, type SeatRole } from '../../../shared/organisation.enums';
import type { Appointer, BornRule, Secretariat } from '../../../shared/organisation.rules';
import { AppError } from '../../platform/errors';
import { orgText } from '../../../shared/organisation.messages';
import { orgProblem } from './org-change';
import { findPersons } from './org-people.repo';

/** The kinds of reference a request can hold. */
export type RefKind = 'party' | 'cluster' | 'forum' | 'seat';

/** One reference to check; null and undefined ids are skipped. */
export interface Ref {
  kind: RefKind;
  id: string | null | undefined;
}

function exists(state: OrgState, ref: Ref & { id: string }): boolean {
  switch (ref.kind) {
    case 'party':
      return state.parties.has(ref.id);
    case 'cluster':
      return state.clusters.has(ref.id);
    case 'forum':
      return state.fora.has(ref.id);
    case 'seat':
      return state.seats.has(ref.id);
  }
}

/** Throws 422 for the first reference that does not exist in `state` (on its day). */
export function requireRefs(state: OrgState, refs: readonly Ref[]): void {
  for (const ref of refs) {
    if (ref.id === null || ref.id === undefined) continue;
    if (!exists(state, { ...ref, id: ref.id })) {
      throw orgProblem('unprocessable', 'unknownReference', {
        entity: ref.kind,
        id: ref.id,
        date: state.date,
      });
    }
  }
}

/** Throws 422 when a forum's owner is not a region (a health council is a region's body). */
export function requireRegionOwner(state: OrgState, ownerPartyId: string | null | undefined) {
  if (ownerPartyId === null || ownerPartyId === undefined) return;
  const owner = state.parties.get(ownerPartyId);
  if (owner !== undefined && owner.kind !== 'region') {
    throw new AppError(
      'unprocessable',
      orgText('reform.ownerNotRegion', { name: owner.name, partyKind: owner.kind }),
    );
  }
}

/** The references inside a born rule. */
export function bornRuleRefs(rule: BornRule | null | undefined): Ref[] {
  if (!rule) return [];
  if (rule.kind === 'officeHolders') {
    if (rule.parties.of === 'parties')
      return rule.parties.partyIds.map((id) => ({ kind: 'party' as const, id }));
    return rule.parties.of === 'cluster' ? [{ kind: 'cluster', id: rule.parties.clusterId }] : [];
  }
  if (rule.kind === 'roleHolders') {
    return rule.forums.of === 'forums'
      ? rule.forums.forumIds.map((id) => ({ kind: 'forum' as const, id }))
      : [];
  }
  return [{ kind: 'forum', id: rule.forumId }];
}

/** The reference an appointer holds. */
export function appointerRefs(appointer: Appointer | null | undefined): Ref[] {
  if (!appointer) return [];
  return [{ kind: appointer.kind === 'forum' ? 'forum' : 'party', id: appointer.id }];
}

/** The parties a secretariat names. */
export function secretariatRefs(secretariat: Secretariat | null | undefined): Ref[] {
  if (!secretariat) return [];
  return [...secretariat.servedBy, ...secretariat.paidBy].map((id) => ({
    kind: 'party' as const,
    id,
  }));
}

/**
 * Throws 422 unless every id names a person. A born rule may reference its own new forum, so
 * forum references are checked by the caller where that matters.
 */
export async function requirePersons(db: Db, ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  const found = new Set((await findPersons(db, wanted)).map((p) => p.id));
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw orgProblem('unprocessable', 'unknownPerson', { id: missing });
  }
}

/** Throws 422 when a function seat has a role that is not a function (chair, co-chair, ...). */
export function requireFunctionRole(isFunction: boolean, role: SeatRole): void {
  if (isFunction && !(FUNCTION_ROLES as readonly string[]).includes(role)) {
    throw orgProblem('unprocessable', 'notAFunctionRole', { role });
  }
}

/** Throws 422 `notValidOnDate` for an entity that does not exist on `date`. */
export function notValidOn(kind: string, date: IsoDate) {
  return orgProblem('unprocessable', 'notValidOnDate', { entity: kind, date });
}
