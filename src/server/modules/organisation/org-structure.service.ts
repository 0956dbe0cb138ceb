/** Use cases for the collaboration, its parties, clusters and cluster memberships. */
import type { Actor } from '../../platform/audit';
import { mutate } from '../../platform/audit';
import type { IsoDate } from '../../../shared/dates';
import type {
  CreateClusterMembershipRequest,
  CreateClusterRequest,
  CreateCollaborationRequest,
  CreatePartyRequest,
  EndRequest,
  UpdateClusterRequest,
  UpdatePartyRequest,
} from '../../../shared/organisation-requests.contract';
import { changeOrganisation, type ChangeOutcome, type OrgContext } from './org-change';
import { collaborationOf } from './org-read.repo';
import type {
  ClusterMembershipRow,
  ClusterRow,
  CollaborationRow,
  PartyRow,
} from './org-snapshot.repo';
import { insertFact, insertVersion, newEntityId } from './org-version.repo';
import { notValidOn, requireRefs } from './org-validate';
import { createVersioned, endFact, endVersioned, keyFor, updateVersioned } from './org-versioned';

const withoutControl = <T extends { effectiveFrom: IsoDate; acknowledgeBreaches?: boolean }>(
  input: T,
): Omit<T, 'effectiveFrom' | 'acknowledgeBreaches'> => {
  const { effectiveFrom: _from, acknowledgeBreaches: _ack, ...attrs } = input;
  return attrs;
};

/** Creates a collaboration (one per region). */
export function createCollaboration(
  org: OrgContext,
  actor: Actor,
  input: CreateCollaborationRequest,
): Promise<CollaborationRow> {
  return mutate(org.db, actor, async (tx) => {
    const key = await keyFor(tx, 'collaboration', null, { key: input.key, name: input.regionName });
    const entityId = newEntityId();
    const row = await insertVersion(tx, 'collaboration', {
      entityId,
      key,
      name: input.name,
      regionName: input.regionName,
      validFrom: input.validFrom,
      validTo: null,
    });
    return {
      result: row,
      audit: {
        action: 'collaboration.create',
        entityType: 'collaboration',
        entityId,
        summary: `Samarbejde oprettet: ${input.name}`,
        after: { version: row },
      },
    };
  });
}

/** Adds a party (municipality, region, hospital, PLO, ...) to a collaboration. */
export function createParty(
  org: OrgContext,
  actor: Actor,
  collaborationId: string,
  input: CreatePartyRequest,
): Promise<ChangeOutcome<PartyRow>> {
  return createVersioned(org, actor, {
    kind: 'party',
    collaborationId,
    key: input.key,
    name: input.name,
    validFrom: input.validFrom,
    validTo: input.validTo,
    acknowledgeBreaches: input.acknowledgeBreaches,
    attrs: {
      kind: input.kind,
      name: input.name,
      code: input.code ?? null,
      population: input.population ?? null,
      populationYear: input.populationYear ?? null,
      parentPartyId: input.parentPartyId ?? null,
      verified: input.verified ?? false,
      source: input.source ?? null,
      councilSize: input.councilSize ?? null,
    },
    validate: (state) => {
      if (state.collaboration === null) throw notValidOn('collaboration', input.validFrom);
      requireRefs(state, [{ kind: 'party', id: input.parentPartyId }]);
    },
  });
}

/** Changes a party's attributes as of `effectiveFrom`. */
export function updateParty(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: UpdatePartyRequest,
): Promise<ChangeOutcome<PartyRow>> {
  return updateVersioned(org, actor, {
    kind: 'party',
    entityId,
    effectiveFrom: input.effectiveFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    attrs: withoutControl(input),
    validate: (state) => requireRefs(state, [{ kind: 'party', id: input.parentPartyId }]),
  });
}

/** Ends a party (e.g. a merged municipality) with `lastDay` as its last day. */
export function endParty(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: EndRequest,
): Promise<ChangeOutcome<PartyRow>> {
  return endVersioned(org, actor, { kind: 'party', entityId, ...input });
}

/** Adds a cluster to a collaboration (members are added as cluster memberships). */
export function createCluster(
  org: OrgContext,
  actor: Actor,
  collaborationId: string,
  input: CreateClusterRequest,
): Promise<ChangeOutcome<ClusterRow>> {
  return createVersioned(org, actor, {
    kind: 'cluster',
    collaborationId,
    key: input.key,
    name: input.name,
    validFrom: input.validFrom,
    validTo: input.validTo,
    acknowledgeBreaches: input.acknowledgeBreaches,
    attrs: {
      name: input.name,
      kind: input.kind ?? 'cluster',
      acuteHospitalPartyId: input.acuteHospitalPartyId ?? null,
      verified: input.verified ?? false,
      source: input.source ?? null,
      reference: input.reference ?? null,
    },
    validate: (state) => {
      if (state.collaboration === null) throw notValidOn('collaboration', input.validFrom);
      requireRefs(state, [{ kind: 'party', id: input.acuteHospitalPartyId }]);
    },
  });
}

/** Changes a cluster's attributes as of `effectiveFrom`. */
export function updateCluster(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: UpdateClusterRequest,
): Promise<ChangeOutcome<ClusterRow>> {
  return updateVersioned(org, actor, {
    kind: 'cluster',
    entityId,
    effectiveFrom: input.effectiveFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    attrs: withoutControl(input),
    validate: (state) => requireRefs(state, [{ kind: 'party', id: input.acuteHospitalPartyId }]),
  });
}

/** Ends a cluster with `lastDay` as its last day. */
export function endCluster(
  org: OrgContext,
  actor: Actor,
  entityId: string,
  input: EndRequest,
): Promise<ChangeOutcome<ClusterRow>> {
  return endVersioned(org, actor, { kind: 'cluster', entityId, ...input });
}

/** Makes a party a member of a cluster from `validFrom` (`partial` for a split municipality). */
export async function addClusterMembership(
  org: OrgContext,
  actor: Actor,
  input: CreateClusterMembershipRequest,
): Promise<ChangeOutcome<ClusterMembershipRow>> {
  const collaborationId = await collaborationOf(org.db, 'cluster', input.clusterId);
  if (collaborationId === null) throw notValidOn('cluster', input.validFrom);
  return changeOrganisation(org, actor, {
    collaborationIds: [collaborationId],
    effectiveDate: input.validFrom,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      requireRefs(before(collaborationId), [
        { kind: 'cluster', id: input.clusterId },
        { kind: 'party', id: input.partyId },
      ]);
      const row = await insertFact(tx, 'clusterMembership', {
        collaborationId,
        key: input.key ?? null,
        clusterId: input.clusterId,
        partyId: input.partyId,
        partial: input.partial ?? false,
        verified: input.verified ?? false,
        source: input.source ?? null,
        note: input.note ?? null,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      });
      return {
        result: row,
        audit: {
          action: 'clusterMembership.create',
          entityType: 'clusterMembership',
          entityId: row.id,
          after: { fact: row },
        },
      };
    },
  });
}

/** Ends a cluster membership with `lastDay` as its last day. */
export function endClusterMembership(
  org: OrgContext,
  actor: Actor,
  id: string,
  input: EndRequest,
): Promise<ChangeOutcome<ClusterMembershipRow>> {
  return endFact(org, actor, { kind: 'clusterMembership', id, ...input });
}
