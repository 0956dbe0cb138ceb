/** Changes to persons, office holdings and appointments (secretariat and up). */
import { anywhere, byBody, byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import {
  AppointmentSchema,
  OfficeHoldingSchema,
  PersonSchema,
} from '../../../shared/organisation.contract';
import {
  AppointRequestSchema,
  CreatePersonRequestSchema,
  EndRequestSchema,
  mutationResultSchema,
  StartOfficeHoldingRequestSchema,
  UpdatePersonRequestSchema,
} from '../../../shared/organisation-requests.contract';
import { changeById, contextOf, create, resultOf, type OrganisationDeps } from './org-http';
import {
  appoint,
  createPerson,
  endAppointment,
  endOfficeHolding,
  endPerson,
  startOfficeHolding,
  updatePerson,
} from './org-people.service';

const PersonResult = mutationResultSchema(PersonSchema);
const HoldingResult = mutationResultSchema(OfficeHoldingSchema);
const AppointmentResult = mutationResultSchema(AppointmentSchema);

/** Person, office-holding and appointment changes. */
export async function organisationPeopleRoutes(
  app: FastifyInstance,
  deps: OrganisationDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = contextOf(deps);

  r.post(
    '/org/persons',
    create('Create a person', CreatePersonRequestSchema, PersonSchema, anywhere),
    async (request, reply) =>
      reply.status(201).send(await createPerson(org, actorOf(request), request.body)),
  );
  r.patch(
    '/org/persons/:id',
    changeById(
      'Correct a person (name, e-mail, account link)',
      UpdatePersonRequestSchema,
      PersonSchema,
      byParam('person'),
    ),
    async (request) => updatePerson(org, actorOf(request), request.params.id, request.body),
  );
  r.post(
    '/org/persons/:id/end',
    changeById(
      'A person leaves: end their offices and appointments',
      EndRequestSchema,
      PersonResult,
      byParam('person'),
    ),
    async (request) =>
      resultOf(await endPerson(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/office-holdings',
    create(
      'Start an office holding (optionally replacing the holder)',
      StartOfficeHoldingRequestSchema,
      HoldingResult,
      byBody('party', 'partyId'),
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(resultOf(await startOfficeHolding(org, actorOf(request), request.body))),
  );
  r.post(
    '/org/office-holdings/:id/end',
    changeById('End an office holding', EndRequestSchema, HoldingResult, byParam('officeHolding')),
    async (request) =>
      resultOf(await endOfficeHolding(org, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    '/org/appointments',
    create(
      'Appoint a person to a seat (ends the current appointment the day before)',
      AppointRequestSchema,
      AppointmentResult,
      byBody('seat', 'seatId'),
    ),
    async (request, reply) =>
      reply.status(201).send(resultOf(await appoint(org, actorOf(request), request.body))),
  );
  r.post(
    '/org/appointments/:id/end',
    changeById('End an appointment', EndRequestSchema, AppointmentResult, byParam('appointment')),
    async (request) =>
      resultOf(await endAppointment(org, actorOf(request), request.params.id, request.body)),
  );
}
