/** Changes to collaborations, parties, clusters and cluster memberships (secretariat and up). */
import { byBody, byParam, regionOfBody } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import {
  ClusterMembershipSchema,
  ClusterSchema,
  CollaborationSchema,
  PartySchema,
} from '../../../shared/organisation.contract';
import {
  CreateClusterMembershipRequestSchema,
  CreateClusterRequestSchema,
  CreateCollaborationRequestSchema,
  CreatePartyRequestSchema,
  EndRequestSchema,
  mutationResultSchema,
  ReorganisationRequestSchema,
  ReorganisationResultSchema,
  UpdateClusterRequestSchema,
  UpdatePartyRequestSchema,
} from '../../../shared/organisation-requests.contract';
import {
  changeById,
  contextOf,
  create,
  createUnder,
  resultOf,
  type OrganisationDeps,
} from './org-http';
import { reorganise } from './org-reorganise.service';
import {
  addClusterMembership,
  createCluster,
  createCollaboration,
  createParty,
  endCluster,
  endClusterMembership,
  endParty,
  updateCluster,
  updateParty,
} from './org-structure.service';

const PartyResult = mutationResultSchema(PartySchema);
const ClusterResult = mutationResultSchema(ClusterSchema);
const MembershipResult = mutationResultSchema(ClusterMembershipSchema);

/** Collaboration, party, cluster and membership changes, and reorganisations. */
export async function organisationStructureRoutes(
  app: FastifyInstance,
  deps: OrganisationDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = contextOf(deps);

  r.post(
    '/org/collaborations',
    create(
      'Create a collaboration',
      CreateCollaborationRequestSchema,
      CollaborationSchema,
      regionOfBody('regionName'),
    ),
    async (request, reply) =>
      reply.status(201).send(await createCollaboration(org, actorOf(request), request.body)),
  );

  r.post(
    '/org/collaborations/:id/parties',
    createUnder(
      'Add a party to a collaboration',
      CreatePartyRequestSchema,
      PartyResult,
      byParam('collaboration'),
    ),
    async (request, reply) => {
      const outcome = await createParty(org, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(resultOf(outcome));
    },
  );
  r.patch(
    '/org/parties/:id',
    changeById(
      'Change a party as of a date',
      UpdatePartyRequestSchema,
      PartyResult,
      byParam('party'),
    ),
    async (request) =>
      resultOf(await updateParty(org, actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/org/parties/:id/end',
    changeById('End a party (last day inclusive)', EndRequestSchema, PartyResult, byParam('party')),
    async (request) =>
      resultOf(await endParty(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/collaborations/:id/clusters',
    createUnder(
      'Add a cluster to a collaboration',
      CreateClusterRequestSchema,
      ClusterResult,
      byParam('collaboration'),
    ),
    async (request, reply) => {
      const outcome = await createCluster(org, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(resultOf(outcome));
    },
  );
  r.patch(
    '/org/clusters/:id',
    changeById(
      'Change a cluster as of a date',
      UpdateClusterRequestSchema,
      ClusterResult,
      byParam('cluster'),
    ),
    async (request) =>
      resultOf(await updateCluster(org, actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/org/clusters/:id/end',
    changeById(
      'End a cluster (last day inclusive)',
      EndRequestSchema,
      ClusterResult,
      byParam('cluster'),
    ),
    async (request) =>
      resultOf(await endCluster(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/cluster-memberships',
    create(
      'Make a party a member of a cluster',
      CreateClusterMembershipRequestSchema,
      MembershipResult,
      byBody('cluster', 'clusterId'),
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(resultOf(await addClusterMembership(org, actorOf(request), request.body))),
  );
  r.post(
    '/org/cluster-memberships/:id/end',
    changeById(
      'End a cluster membership',
      EndRequestSchema,
      MembershipResult,
      byParam('clusterMembership'),
    ),
    async (request) =>
      resultOf(await endClusterMembership(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/collaborations/:id/reorganisations',
    changeById(
      'Reorganise: end old fora the day before, set successors, carry open work over',
      ReorganisationRequestSchema,
      ReorganisationResultSchema,
      byParam('collaboration'),
    ),
    async (request) => reorganise(org, actorOf(request), request.params.id, request.body),
  );
}
