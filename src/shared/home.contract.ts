/**
 * "Mit arbejde" on the home page (issue 11): the logged-in user's next meetings, the agenda
 * deadlines of the fora they serve or sit in, the cases waiting there, what came back to them,
 * the minutes and reporting rounds they owe; for a user without seats, the collaboration's next
 * meetings and its latest decisions. Every section is short (at most {@link MY_WORK_LIMIT} rows),
 * computed in the database as of one day (`asOf`, default today in Denmark).
 */
import { z } from 'zod';
import { DecisionActionSchema } from './actions.contract';
import { CaseEventKindSchema, StepStatusSchema } from './cases.enums';
import { IsoDateSchema } from './dates';
import { MeetingStatusSchema } from './meetings.enums';
import { MyRoundSchema } from './plan-rounds.contract';

/** The most rows a section shows. */
export const MY_WORK_LIMIT = 5;

/** How far ahead the deadlines look (days): an agenda deadline further out is not due yet. */
export const DEADLINE_HORIZON_DAYS = 120;

export const MyWorkQuerySchema = z.object({ asOf: IsoDateSchema.optional() });
export type MyWorkQuery = z.infer<typeof MyWorkQuerySchema>;

/** A forum, by entityId and name. */
export const MyForumSchema = z.object({ id: z.string(), name: z.string().nullable() });

/** A meeting in a list: when, where, of which forum. */
export const MyMeetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  forumId: z.string(),
  forumName: z.string().nullable(),
  startsAt: z.string(),
  date: IsoDateSchema,
  location: z.string().nullable(),
  status: MeetingStatusSchema,
});
export type MyMeeting = z.infer<typeof MyMeetingSchema>;

/** A deadline: the last day to submit items for a meeting's agenda. */
export const MyDeadlineSchema = z.object({
  kind: z.enum(['agenda']),
  deadline: IsoDateSchema,
  meeting: MyMeetingSchema,
});
export type MyDeadline = z.infer<typeof MyDeadlineSchema>;

/** A case waiting in a forum: its current step there. */
export const MyWaitingCaseSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  raisedOn: IsoDateSchema,
  forumId: z.string(),
  forumName: z.string().nullable(),
  stepStatus: StepStatusSchema,
  meetingId: z.string().nullable(),
  meetingDate: IsoDateSchema.nullable(),
});
export type MyWaitingCase = z.infer<typeof MyWaitingCaseSchema>;

/** What flowed back down to one of my fora: a decision returned, a case sent back or withdrawn. */
export const MyReturnedSchema = z.object({
  caseId: z.uuid(),
  title: z.string(),
  kind: CaseEventKindSchema,
  on: IsoDateSchema,
  fromForumName: z.string().nullable(),
  toForumId: z.string(),
  toForumName: z.string().nullable(),
  /** The decision or reason; null when the viewer may not see it (a closed item). */
  text: z.string().nullable(),
});
export type MyReturned = z.infer<typeof MyReturnedSchema>;

/** A recent decision in the collaboration (for a user without seats). */
export const MyDecisionSchema = z.object({
  caseId: z.uuid(),
  title: z.string(),
  forumName: z.string().nullable(),
  decidedOn: IsoDateSchema.nullable(),
});
export type MyDecision = z.infer<typeof MyDecisionSchema>;

/** Minutes sent for approval that the user's person has not approved yet. */
export const MyApprovalSchema = z.object({ meeting: MyMeetingSchema });
export type MyApproval = z.infer<typeof MyApprovalSchema>;

/** A section's rows and how many there are in all (to say "5 of 12"). */
const section = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().nonnegative() });

export const MyWorkSchema = z.object({
  asOf: IsoDateSchema,
  /** `mine`: the user sits in or serves fora; `general`: no seats, the collaboration's overview. */
  mode: z.enum(['mine', 'general']),
  /** True when the user's secretariat role covers fora through their scopes. */
  serves: z.boolean(),
  /** The fora the user sits in on `asOf` (at most a few dozen). */
  seats: z.array(MyForumSchema),
  meetings: section(MyMeetingSchema),
  deadlines: section(MyDeadlineSchema),
  waitingCases: section(MyWaitingCaseSchema),
  returned: section(MyReturnedSchema),
  decisions: section(MyDecisionSchema),
  approvals: section(MyApprovalSchema),
  rounds: section(MyRoundSchema),
  /** "Mine handlinger": open decision actions the user owns (as person or for a party), overdue first. */
  actions: section(DecisionActionSchema),
});
export type MyWork = z.infer<typeof MyWorkSchema>;
