/**
 * Request bodies of the organisation API's changes, and their responses. A change that would add
 * a composition breach on its effective date is refused with 409 `compositionBreach` (the new
 * breaches in `extra.breaches`) unless the body says `acknowledgeBreaches: true`; the web app
 * uses the refusal to warn and then resends with the acknowledgement.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  AreaKindSchema,
  ForumKindSchema,
  ForumLevelSchema,
  OfficeSchema,
  PartyKindSchema,
  SeatRoleSchema,
  SectorScopeSchema,
  SeveritySchema,
} from './organisation.enums';
import {
  AppointerSchema,
  BornRuleSchema,
  CadenceSchema,
  CompositionRuleSpecSchema,
  SecretariatSchema,
} from './organisation.rules';
import { BreachSchema } from './organisation.contract';

const Id = z.uuid();
const Name = z.string().trim().min(1).max(300);
const OptionalText = z.string().trim().max(20_000).nullable();
const Key = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9æøå][a-z0-9æøå._/-]*$/, 'Nøglen må kun indeholde små bogstaver, tal og . _ / -');
const Tasks = z.array(z.string().trim().min(1).max(2000)).max(200);

/** Whether the caller accepts the new breaches the change causes (after a 409 warning). */
const ack = { acknowledgeBreaches: z.boolean().optional() };
/** When a new entity or fact starts (and, optionally, its last day). */
const startPeriod = { validFrom: IsoDateSchema, validTo: IsoDateSchema.nullable().optional() };

const endsAfterStart = (v: { validFrom: string; validTo?: string | null }) =>
  v.validTo === undefined || v.validTo === null || v.validTo >= v.validFrom;
const periodRefinement = { message: 'Slutdatoen må ikke ligge før startdatoen', path: ['validTo'] };
const someChange = (v: object) =>
  Object.keys(v).some((k) => k !== 'effectiveFrom' && k !== 'acknowledgeBreaches');
const someChangeMessage = 'Angiv mindst én ændring';

/** Ends an entity or fact: `lastDay` is its last valid day (inclusive). */
export const EndRequestSchema = z.object({ lastDay: IsoDateSchema, ...ack });
export type EndRequest = z.infer<typeof EndRequestSchema>;

export const CreateCollaborationRequestSchema = z.object({
  key: Key.optional(),
  name: Name,
  regionName: Name,
  validFrom: IsoDateSchema,
});
export type CreateCollaborationRequest = z.infer<typeof CreateCollaborationRequestSchema>;

const partyAttrs = {
  kind: PartyKindSchema,
  name: Name,
  code: z.string().trim().max(10).nullable(),
  population: z.number().int().min(0).max(100_000_000).nullable(),
  populationYear: z.number().int().min(1900).max(2200).nullable(),
  parentPartyId: Id.nullable(),
  verified: z.boolean(),
  source: OptionalText,
  /** Seats of the party's council (a region's regionsråd). */
  councilSize: z.number().int().min(1).max(999).nullable(),
};

export const CreatePartyRequestSchema = z
  .object({
    key: Key.optional(),
    ...partyAttrs,
    code: partyAttrs.code.optional(),
    population: partyAttrs.population.optional(),
    populationYear: partyAttrs.populationYear.optional(),
    parentPartyId: partyAttrs.parentPartyId.optional(),
    verified: partyAttrs.verified.optional(),
    source: partyAttrs.source.optional(),
    councilSize: partyAttrs.councilSize.optional(),
    ...startPeriod,
    ...ack,
  })
  .refine(endsAfterStart, periodRefinement);
export type CreatePartyRequest = z.infer<typeof CreatePartyRequestSchema>;

export const UpdatePartyRequestSchema = z
  .object({ effectiveFrom: IsoDateSchema, ...ack })
  .extend(z.object(partyAttrs).partial().shape)
  .refine(someChange, someChangeMessage);
export type UpdatePartyRequest = z.infer<typeof UpdatePartyRequestSchema>;

const clusterAttrs = {
  name: Name,
  /** A health cluster, or a health council's area. */
  kind: AreaKindSchema,
  acuteHospitalPartyId: Id.nullable(),
  verified: z.boolean(),
  source: OptionalText,
  /** The row of reference/dk-health-clusters.csv the members are checked against. */
  reference: OptionalText,
};

export const CreateClusterRequestSchema = z
  .object({
    key: Key.optional(),
    name: Name,
    kind: clusterAttrs.kind.optional(),
    acuteHospitalPartyId: clusterAttrs.acuteHospitalPartyId.optional(),
    verified: clusterAttrs.verified.optional(),
    source: clusterAttrs.source.optional(),
    reference: clusterAttrs.reference.optional(),
    ...startPeriod,
    ...ack,
  })
  .refine(endsAfterStart, periodRefinement);
export type CreateClusterRequest = z.infer<typeof CreateClusterRequestSchema>;

export const UpdateClusterRequestSchema = z
  .object({ effectiveFrom: IsoDateSchema, ...ack })
  .extend(z.object(clusterAttrs).partial().shape)
  .refine(someChange, someChangeMessage);
export type UpdateClusterRequest = z.infer<typeof UpdateClusterRequestSchema>;

export const CreateClusterMembershipRequestSchema = z
  .object({
    key: Key.optional(),
    clusterId: Id,
    partyId: Id,
    partial: z.boolean().optional(),
    verified: z.boolean().optional(),
    source: OptionalText.optional(),
    note: OptionalText.optional(),
    ...startPeriod,
    ...ack,
  })
  .refine(endsAfterStart, periodRefinement);
export type CreateClusterMembershipRequest = z.infer<typeof CreateClusterMembershipRequestSchema>;

const forumAttrs = {
  name: Name,
  shortName: z.string().trim().min(1).max(40).nullable(),
  level: ForumLevelSchema,
  kind: ForumKindSchema,
  scope: SectorScopeSchema,
  clusterId: Id.nullable(),
  /** The region whose body the forum is (a health council); must be a party of kind region. */
  ownerPartyId: Id.nullable(),
  reportsToForumId: Id.nullable(),
  cadence: CadenceSchema.nullable(),
  secretariat: SecretariatSchema.nullable(),
  charter: OptionalText,
  mustTasks: Tasks,
  mayTasks: Tasks,
  decisionCompetence: OptionalText,
  /** Working days before a meeting that its agenda closes; null = the default (10). */
  agendaDeadlineWorkingDays: z.number().int().min(0).max(60).nullable(),
};

export const CreateForumRequestSchema = z
  .object({ key: Key.optional(), ...startPeriod, ...ack })
  .extend(z.object(forumAttrs).partial().required({ name: true, level: true, kind: true }).shape)
  .refine(endsAfterStart, periodRefinement);
export type CreateForumRequest = z.infer<typeof CreateForumRequestSchema>;

export const UpdateForumRequestSchema = z
  .object({ effectiveFrom: IsoDateSchema, ...ack })
  .extend(z.object(forumAttrs).partial().shape)
  .refine(someChange, someChangeMessage);
export type UpdateForumRequest = z.infer<typeof UpdateForumRequestSchema>;

const seatAttrs = {
  role: SeatRoleSchema,
  label: Name,
  partyKind: PartyKindSchema.nullable(),
  partyId: Id.nullable(),
  clusterId: Id.nullable(),
  appointedBy: AppointerSchema.nullable(),
  termYears: z.number().int().min(1).max(20).nullable(),
  isFunction: z.boolean(),
  born: BornRuleSchema.nullable(),
  /** The political party (list letter) the seat is reserved for. */
  politicalParty: z.string().trim().min(1).max(60).nullable(),
};

export const CreateSeatRequestSchema = z
  .object({ key: Key.optional(), ...startPeriod, ...ack })
  .extend(z.object(seatAttrs).partial().required({ label: true }).shape)
  .refine(endsAfterStart, periodRefinement);
export type CreateSeatRequest = z.infer<typeof CreateSeatRequestSchema>;

export const UpdateSeatRequestSchema = z
  .object({ effectiveFrom: IsoDateSchema, ...ack })
  .extend(z.object(seatAttrs).partial().shape)
  .refine(someChange, someChangeMessage);
export type UpdateSeatRequest = z.infer<typeof UpdateSeatRequestSchema>;

export const CreateRuleRequestSchema = z
  .object({
    key: Key.optional(),
    spec: CompositionRuleSpecSchema,
    severity: SeveritySchema.optional(),
    ...startPeriod,
    ...ack,
  })
  .refine(endsAfterStart, periodRefinement);
export type CreateRuleRequest = z.infer<typeof CreateRuleRequestSchema>;

const Email = z.string().trim().toLowerCase().max(320).pipe(z.email());

export const CreatePersonRequestSchema = z.object({
  key: Key.optional(),
  name: Name,
  email: Email.nullable().optional(),
  userId: Id.nullable().optional(),
  fictional: z.boolean().optional(),
  politicalParty: z.string().trim().min(1).max(60).nullable().optional(),
});
export type CreatePersonRequest = z.infer<typeof CreatePersonRequestSchema>;

export const UpdatePersonRequestSchema = z
  .object({
    name: Name.optional(),
    email: Email.nullable().optional(),
    userId: Id.nullable().optional(),
    fictional: z.boolean().optional(),
    politicalParty: z.string().trim().min(1).max(60).nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, someChangeMessage);
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequestSchema>;

export const StartOfficeHoldingRequestSchema = z
  .object({
    key: Key.optional(),
    personId: Id,
    partyId: Id,
    office: OfficeSchema,
    /** End the current holder(s) of this office in this party the day before. */
    replaceCurrent: z.boolean().optional(),
    ...startPeriod,
    ...ack,
  })
  .refine(endsAfterStart, periodRefinement);
export type StartOfficeHoldingRequest = z.infer<typeof StartOfficeHoldingRequestSchema>;

export const AppointRequestSchema = z
  .object({
    key: Key.optional(),
    seatId: Id,
    personId: Id,
    substitutePersonId: Id.nullable().optional(),
    onBehalfOfPartyId: Id.nullable().optional(),
    appointedBy: AppointerSchema.nullable().optional(),
    termEnd: IsoDateSchema.nullable().optional(),
    ...startPeriod,
    ...ack,
  })
  .refine(endsAfterStart, periodRefinement);
export type AppointRequest = z.infer<typeof AppointRequestSchema>;

export const ReorganisationRequestSchema = z.object({
  /** The first day of the new organisation; the old fora end the day before. */
  effectiveDate: IsoDateSchema,
  mappings: z
    .array(z.object({ fromForumId: Id, toForumIds: z.array(Id).max(50) }))
    .min(1)
    .max(500),
  ...ack,
});
export type ReorganisationRequest = z.infer<typeof ReorganisationRequestSchema>;

/** What a carry-over handler reports (meetings and cases moved to successor fora). */
export const CarryOverReportSchema = z.object({
  handler: z.string(),
  summary: z.string(),
  movedIds: z.array(z.string()),
});

/** The answer to a change: the changed item and the breaches the caller acknowledged. */
export function mutationResultSchema<T extends z.ZodType>(item: T) {
  return z.object({ item, newBreaches: z.array(BreachSchema) });
}

export const ReorganisationResultSchema = z.object({
  endedForumIds: z.array(z.string()),
  carriedOver: z.array(CarryOverReportSchema),
  newBreaches: z.array(BreachSchema),
});
export type ReorganisationResult = z.infer<typeof ReorganisationResultSchema>;
