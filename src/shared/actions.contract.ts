/**
 * Decisions followed up (issue 12, point 5): a decision in the minutes creates follow-up actions
 * (`DecisionAction`) with an owner (a party or a person), a due date and a status, listed for the
 * forum that follows up (seed 004: TSS ensures "udførelse af og fremdrift i beslutninger" of the
 * SSU). Overdue actions show on the follow-up forum's next agenda and on the owner's home page.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

/** open → inProgress → done, or cancelled (done and cancelled are final). */
export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'cancelled'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** How the default follow-up forum was found (see src/domain/actions/follow-up-forum.ts). */
export const FOLLOW_UP_BASES = ['prepares', 'mustTask', 'self'] as const;
export const FollowUpBasisSchema = z.enum(FOLLOW_UP_BASES);
export type FollowUpBasis = z.infer<typeof FollowUpBasisSchema>;

export const ACTION_LIMITS = { title: 300, description: 4_000, note: 2_000 } as const;

const Text = (max: number) => z.string().trim().min(1).max(max);

/** A named object (forum, party, person). */
export const NamedRefSchema = z.object({ id: z.string(), name: z.string().nullable() });
export type NamedRef = z.infer<typeof NamedRefSchema>;

/** The owner: exactly one of a party or a person. */
export const ActionOwnerSchema = z.object({
  kind: z.enum(['party', 'person']),
  id: z.uuid(),
  name: z.string().nullable(),
});
export type ActionOwner = z.infer<typeof ActionOwnerSchema>;

/** One entry of an action's progress history. */
export const ActionProgressSchema = z.object({
  on: IsoDateSchema,
  text: z.string(),
  byName: z.string(),
  /** The status the entry moved the action to, if it did. */
  status: ActionStatusSchema.nullable(),
});
export type ActionProgress = z.infer<typeof ActionProgressSchema>;

export const DecisionActionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    status: ActionStatusSchema,
    dueDate: IsoDateSchema,
    /** The date of the meeting whose minutes hold the decision. */
    decidedOn: IsoDateSchema,
    meetingId: z.uuid(),
    itemId: z.uuid(),
    caseId: z.uuid().nullable(),
    caseStepId: z.string().nullable(),
    decidingForum: NamedRefSchema,
    followUpForum: NamedRefSchema,
    owner: ActionOwnerSchema,
    statusChangedOn: IsoDateSchema,
    statusChangedBy: z.string(),
    progress: z.array(ActionProgressSchema),
    /** Not done or cancelled and due before the day the list is read for. */
    overdue: z.boolean(),
  })
  .meta({ id: 'DecisionAction' });
export type DecisionAction = z.infer<typeof DecisionActionSchema>;

export const CreateActionRequestSchema = z.object({
  meetingId: z.uuid(),
  itemId: z.uuid(),
  title: Text(ACTION_LIMITS.title),
  description: z.string().trim().max(ACTION_LIMITS.description).default(''),
  ownerPartyId: z.uuid().nullable().optional(),
  ownerPersonId: z.uuid().nullable().optional(),
  dueDate: IsoDateSchema,
  /** Default: the forum the organisation names (see the proposal), else the deciding forum. */
  followUpForumId: z.uuid().optional(),
});
export type CreateActionRequest = z.infer<typeof CreateActionRequestSchema>;

/** A status change and/or a progress note (at least one). */
export const UpdateActionRequestSchema = z
  .object({
    status: ActionStatusSchema.optional(),
    note: z.string().trim().min(1).max(ACTION_LIMITS.note).optional(),
  })
  .refine((v) => v.status !== undefined || v.note !== undefined, 'Angiv status eller en note');
export type UpdateActionRequest = z.infer<typeof UpdateActionRequestSchema>;

export const ActionParamsSchema = z.object({ id: z.uuid() });

export const ACTION_PAGE_SIZE = 25;

export const ActionListQuerySchema = z.object({
  followUpForumId: z.uuid().optional(),
  ownerPartyId: z.uuid().optional(),
  ownerPersonId: z.uuid().optional(),
  status: ActionStatusSchema.optional(),
  /** Only actions overdue on this day (not done or cancelled, due before it). */
  overdueOn: IsoDateSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(ACTION_PAGE_SIZE),
});
export type ActionListQuery = z.infer<typeof ActionListQuerySchema>;

export const ActionPageSchema = z.object({
  items: z.array(DecisionActionSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The day `overdue` was computed for. */
  on: IsoDateSchema,
});
export type ActionPage = z.infer<typeof ActionPageSchema>;

/** What the "Tilføj handling" form needs for one minutes decision. */
export const ActionProposalQuerySchema = z.object({ meetingId: z.uuid(), itemId: z.uuid() });

export const ActionProposalSchema = z.object({
  decidedOn: IsoDateSchema,
  decidingForum: NamedRefSchema,
  /** The proposed follow-up forum and why. */
  followUpForum: NamedRefSchema,
  basis: FollowUpBasisSchema,
  /** The collaboration's fora on the decision date (the follow-up may be any of them). */
  fora: z.array(NamedRefSchema),
  /** The collaboration's parties on the decision date. */
  parties: z.array(NamedRefSchema),
  /** The members of the deciding and the proposed follow-up forum on the decision date. */
  persons: z.array(NamedRefSchema),
  /** The actions already made from this decision. */
  actions: z.array(DecisionActionSchema),
});
export type ActionProposal = z.infer<typeof ActionProposalSchema>;

/** An overdue action as the follow-up forum's agenda shows it. */
export const OverdueActionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  dueDate: IsoDateSchema,
  status: ActionStatusSchema,
  decidedOn: IsoDateSchema,
  decidingForumName: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export type OverdueAction = z.infer<typeof OverdueActionSchema>;

/** The agenda's computed follow-up section: overdue actions on the meeting's date. */
export const AgendaFollowUpSchema = z.object({
  overdue: z.array(OverdueActionSchema),
  /** The information item already added for them on this meeting, if any. */
  itemId: z.uuid().nullable(),
});
export type AgendaFollowUp = z.infer<typeof AgendaFollowUpSchema>;

export const AddFollowUpItemRequestSchema = z.object({ meetingId: z.uuid() });
export const AddFollowUpItemResponseSchema = z.object({
  itemId: z.uuid(),
  /** False when the item was already there (the call is idempotent). */
  created: z.boolean(),
});

/** The fora that follow up any action (the follow-up page's forum filter). */
export const FollowUpForaSchema = z.object({ items: z.array(NamedRefSchema) });
export type FollowUpFora = z.infer<typeof FollowUpForaSchema>;
