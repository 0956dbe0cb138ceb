/**
 * Zod contracts for the structured attributes of the organisation model that the API stores as
 * JSON and the web app edits in forms: born rules on seats, composition rules on fora, who
 * appoints, cadence and secretariat. The domain's types are inferred from these schemas, so the
 * shape is written once (docs/design/organisation-model.md, "Born rules" and "Composition rules").
 */
import { z } from 'zod';
import {
  AreaKindSchema,
  VerificationStatusSchema,
  ForumKindSchema,
  OfficeSchema,
  PartyKindSchema,
  SeatRoleSchema,
  AppointerKindSchema,
} from './organisation.enums';

/** An entity id (the `entityId` of a versioned entity, or the id of a person). */
export const EntityIdSchema = z.string().min(1);

/** Which parties an `officeHolders` rule draws from. */
export const PartySelectorSchema = z.discriminatedUnion('of', [
  /** The member parties of the cluster the forum belongs to (`forum.clusterId`). */
  z.object({ of: z.literal('forumCluster') }),
  /** The member parties of a named cluster. */
  z.object({ of: z.literal('cluster'), clusterId: EntityIdSchema }),
  /** Every party of the collaboration of a given kind ("the 22 mayors"). */
  z.object({ of: z.literal('collaboration'), partyKind: PartyKindSchema }),
  /** Named parties ("Aalborg Kommunes borgmester"). */
  z.object({ of: z.literal('parties'), partyIds: z.array(EntityIdSchema).min(1) }),
]);
export type PartySelector = z.infer<typeof PartySelectorSchema>;

/** Which fora a `roleHolders` rule looks in. */
export const ForumSelectorSchema = z.discriminatedUnion('of', [
  /** Every cluster-level forum of the given kind (e.g. the political cluster fora). */
  z.object({ of: z.literal('clusterForums'), forumKind: ForumKindSchema }),
  /** Named fora. */
  z.object({ of: z.literal('forums'), forumIds: z.array(EntityIdSchema).min(1) }),
]);
export type ForumSelector = z.infer<typeof ForumSelectorSchema>;

/** The holders of `office` in each selected party ("the mayors of the cluster's municipalities"). */
export const OfficeHoldersRuleSchema = z.object({
  kind: z.literal('officeHolders'),
  office: OfficeSchema,
  parties: PartySelectorSchema,
  /**
   * Who stands in for each holder: the holder of `office` in the same party (the deputy mayor
   * for the mayor). Shown beside the member; the substitute is not a member of their own.
   */
  substitute: z.object({ office: OfficeSchema }).optional(),
});

/** Whoever holds `role` (seat role or function) in the selected fora ("the cluster co-chairs"). */
export const RoleHoldersRuleSchema = z.object({
  kind: z.literal('roleHolders'),
  role: SeatRoleSchema,
  forums: ForumSelectorSchema,
  partyKind: PartyKindSchema.optional(),
});

/**
 * The holders of `office` in the parties represented in `forumId`, only through members holding
 * `role` and of `partyKind` when given ("the directors of the municipalities seated in the SSU").
 */
export const OfficeHoldersOfRepresentedRuleSchema = z.object({
  kind: z.literal('officeHoldersOfRepresented'),
  forumId: EntityIdSchema,
  role: SeatRoleSchema.optional(),
  partyKind: PartyKindSchema.optional(),
  office: OfficeSchema,
});

/** A born (ex officio) rule: a seat's holders derived from data on every day. */
export const BornRuleSchema = z.discriminatedUnion('kind', [
  OfficeHoldersRuleSchema,
  RoleHoldersRuleSchema,
  OfficeHoldersOfRepresentedRuleSchema,
]);
export type BornRule = z.infer<typeof BornRuleSchema>;
export type OfficeHoldersRule = z.infer<typeof OfficeHoldersRuleSchema>;
export type RoleHoldersRule = z.infer<typeof RoleHoldersRuleSchema>;
export type OfficeHoldersOfRepresentedRule = z.infer<typeof OfficeHoldersOfRepresentedRuleSchema>;

const minMaxOrdered = (v: { min?: number | undefined; max?: number | undefined }): boolean =>
  v.min === undefined || v.max === undefined || v.min <= v.max;

/** A population tier of `seatsPerMunicipality`: above `populationAbove` inhabitants, `seats`. */
export const PopulationTierSchema = z.object({
  populationAbove: z.number().int().min(0),
  seats: z.number().int().min(0),
});
export type PopulationTier = z.infer<typeof PopulationTierSchema>;

/** A composition rule's kind and parameters (its severity and forum live on the rule row). */
export const CompositionRuleSpecSchema = z.discriminatedUnion('kind', [
  /**
   * Every area (cluster) is represented by a member; `areaKind` limits it to areas of that kind
   * (a health council's areas), default every area.
   */
  z.object({ kind: z.literal('everyClusterRepresented'), areaKind: AreaKindSchema.optional() }),
  z.object({ kind: z.literal('includesAllClusterCoChairs'), side: PartyKindSchema }),
  z
    .object({
      kind: z.literal('seatsOfPartyKind'),
      partyKind: PartyKindSchema,
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
    })
    .refine(minMaxOrdered, { message: 'min must not exceed max', path: ['max'] }),
  z.object({ kind: z.literal('maxSeatsPerMunicipality'), max: z.number().int().min(1) }),
  z.object({
    kind: z.literal('roleHeldByPartyKind'),
    role: SeatRoleSchema,
    partyKind: PartyKindSchema,
  }),
  z.object({ kind: z.literal('cadenceMet') }),
  z.object({ kind: z.literal('noVacantSeats') }),
  /**
   * Seats per municipality of the forum's area (its cluster): `seats` each, or the seats of the
   * highest tier whose `populationAbove` the municipality's population exceeds.
   */
  z.object({
    kind: z.literal('seatsPerMunicipality'),
    seats: z.number().int().min(0),
    tiers: z.array(PopulationTierSchema).default([]),
  }),
  /** Members of `partyKind` = members of `otherPartyKind` + `difference` (may be negative). */
  z.object({
    kind: z.literal('seatCountRelation'),
    partyKind: PartyKindSchema,
    otherPartyKind: PartyKindSchema,
    difference: z.number().int(),
  }),
  /** Every seat with a `politicalParty` is held by a person of that political party. */
  z.object({ kind: z.literal('politicalComposition') }),
]);
export type CompositionRuleSpec = z.infer<typeof CompositionRuleSpecSchema>;

/** Who appoints: a forum (e.g. KKR appoints an SSU seat) or a party. */
export const AppointerSchema = z.object({ kind: AppointerKindSchema, id: EntityIdSchema });
export type Appointer = z.infer<typeof AppointerSchema>;

/** Meetings a year a forum should hold; `max: null` means no upper bound ("4–5 a year"). */
export const CadenceSchema = z
  .object({ min: z.number().int().min(0), max: z.number().int().min(0).nullable() })
  .refine((c) => c.max === null || c.min <= c.max, { message: 'min must not exceed max' });
export type Cadence = z.infer<typeof CadenceSchema>;

/** Who serves a forum's secretariat and who pays for it (seed 004's financing models). */
export const SecretariatSchema = z.object({
  servedBy: z.array(EntityIdSchema),
  paidBy: z.array(EntityIdSchema),
  note: z.string().nullable(),
});
export type Secretariat = z.infer<typeof SecretariatSchema>;

/** The documentation of one fact: its status, where it is documented, and a note. */
export const FactVerificationSchema = z.object({
  status: VerificationStatusSchema,
  source: z.string().max(2000).nullable().default(null),
  note: z.string().max(2000).nullable().default(null),
});
export type FactVerification = z.infer<typeof FactVerificationSchema>;

/**
 * Verification per fact of an element ("membership verified, acute hospital inferred"): the
 * fact's name (a field of the element, e.g. `acuteHospital`, `members`, `formula`) → its status.
 * Stored as jsonb beside the element's overall `verified` flag.
 */
export const VerificationSchema = z.record(z.string().min(1).max(60), FactVerificationSchema);
export type Verification = z.infer<typeof VerificationSchema>;
