/**
 * The meetings API contract: request and response schemas shared by the server (validation,
 * serialisation, OpenAPI) and the web app. Times go out as ISO 8601 with the Danish offset;
 * dates are Danish calendar dates. Scheduling warnings carry their i18n code, params and the
 * rendered Danish and English text.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  AttendanceSchema,
  MeetingKindSchema,
  MeetingStatusSchema,
  NonWorkingReasonSchema,
  OrderingRuleIssueCodeSchema,
  OrderingRuleKindSchema,
  OrderingWarningCodeSchema,
  ParticipantRoleSchema,
  ParticipantSourceSchema,
} from './meetings.enums';

/** Limits shared by the server, the agendas contract and the forms. */
export const MEETING_LIMITS = {
  /** Attendance entries in one request (meetings and agendas alike). */
  attendanceEntries: 500,
} as const;

/** A start or end time: ISO 8601 with offset, or without (read as Danish wall-clock time). */
export const DateTimeInputSchema = z.iso.datetime({ offset: true, local: true });
/** `HH:mm`, 24-hour. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tid skrives TT:MM');
const Title = z.string().trim().min(1).max(300);
const Note = z.string().trim().max(2000);
const WebUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** A text in both languages. */
export const BilingualSchema = z.object({ da: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof BilingualSchema>;

/** A scheduling warning (ordering rule or working-day calendar), with its texts. */
export const SchedulingWarningSchema = z
  .object({
    /** The meeting the warning is about; null for the meeting being saved. */
    meetingId: z.uuid().nullable(),
    forumId: z.string(),
    ruleId: z.string().nullable(),
    code: OrderingWarningCodeSchema,
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    suggestedDate: IsoDateSchema.nullable(),
    /** Without a suggested date: where Samspil looked, why no day fits, and what to do. */
    noSuggestion: BilingualSchema.nullable().optional(),
    message: BilingualSchema,
  })
  .meta({ id: 'SchedulingWarning' });
export type SchedulingWarning = z.infer<typeof SchedulingWarningSchema>;

/** A meeting as lists and the calendar show it. */
export const MeetingSchema = z
  .object({
    id: z.uuid(),
    forumId: z.uuid(),
    forumName: z.string().nullable(),
    collaborationId: z.uuid().nullable(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    /** The Danish calendar date of `startsAt`. */
    date: IsoDateSchema,
    location: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    kind: MeetingKindSchema,
    status: MeetingStatusSchema,
    widenedCircle: z.boolean(),
    widenedCircleNote: z.string().nullable(),
    seriesId: z.uuid().nullable(),
    processInstanceId: z.uuid().nullable(),
    processDraftKey: z.string().nullable(),
    predecessorIds: z.array(z.uuid()),
    icsUid: z.string(),
    icsSequence: z.number().int(),
    agendaDeadline: IsoDateSchema.nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof MeetingSchema>;

/** A participant of one meeting. */
export const ParticipantSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid().nullable(),
    /** The person's current name (organisation module), else the name given for a guest. */
    name: z.string().nullable(),
    email: z.string().nullable(),
    /** The organisation given for a guest (stored). */
    organisation: z.string().nullable(),
    /**
     * Who a known person is, from the organisation on the meeting day: office and party
     * ("Borgmester, Odense Kommune" / "Mayor, Odense Municipality"), else the party they
     * represent; null when unknown.
     */
    description: BilingualSchema.nullable(),
    role: ParticipantRoleSchema,
    functions: z.array(z.string()),
    invited: z.boolean(),
    attendance: AttendanceSchema,
    source: ParticipantSourceSchema,
    note: z.string().nullable(),
  })
  .meta({ id: 'MeetingParticipant' });
export type Participant = z.infer<typeof ParticipantSchema>;

/** A meeting with its participants. */
export const MeetingDetailSchema = MeetingSchema.extend({
  participants: z.array(ParticipantSchema),
  /** False when the forum's members could not be derived (organisation data missing). */
  membersDerivable: z.boolean(),
}).meta({ id: 'MeetingDetail' });
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

/** A saved meeting and the warnings the caller acknowledged. */
export const MeetingSavedSchema = z.object({
  meeting: MeetingDetailSchema,
  warnings: z.array(SchedulingWarningSchema),
});
export type MeetingSaved = z.infer<typeof MeetingSavedSchema>;

/** A list of meetings, by start time. */
export const MeetingListSchema = z.object({ items: z.array(MeetingSchema) });
export type MeetingList = z.infer<typeof MeetingListSchema>;

/** Filters of the meeting list; dates are Danish calendar dates (inclusive). */
export const ListMeetingsQuerySchema = z.object({
  forumId: z.uuid().optional(),
  collaborationId: z.uuid().optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  status: MeetingStatusSchema.optional(),
  includeCancelled: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});
export type ListMeetingsQuery = z.infer<typeof ListMeetingsQuerySchema>;

const MeetingFields = {
  title: Title,
  startsAt: DateTimeInputSchema,
  endsAt: DateTimeInputSchema,
  location: z.string().trim().max(500).nullable().optional(),
  onlineUrl: WebUrl.nullable().optional(),
  kind: MeetingKindSchema.optional(),
  widenedCircle: z.boolean().optional(),
  widenedCircleNote: Note.nullable().optional(),
  agendaDeadline: IsoDateSchema.nullable().optional(),
  /** Save even though the scheduling check warns (the warnings are audited). */
  acknowledgeWarnings: z.boolean().default(false),
};

/** A new meeting. */
export const CreateMeetingRequestSchema = z.object({
  forumId: z.uuid(),
  /** Needed only while the forum is unknown to the organisation module. */
  collaborationId: z.uuid().optional(),
  ...MeetingFields,
  predecessorIds: z.array(z.uuid()).max(50).optional(),
});
export type CreateMeetingRequest = z.infer<typeof CreateMeetingRequestSchema>;

/** Changes to a meeting; a new start on another day is a move. */
export const UpdateMeetingRequestSchema = z
  .object({
    ...MeetingFields,
    title: Title.optional(),
    startsAt: DateTimeInputSchema.optional(),
    endsAt: DateTimeInputSchema.optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'acknowledgeWarnings'), 'Angiv mindst ét felt');
export type UpdateMeetingRequest = z.infer<typeof UpdateMeetingRequestSchema>;

/** Why a meeting is cancelled. */
export const CancelMeetingRequestSchema = z.object({ reason: Note.optional() });
/** The next status of a meeting. */
export const SetMeetingStatusRequestSchema = z.object({ status: MeetingStatusSchema });

/** A participant added by hand: a person, or a guest by name. */
export const AddParticipantRequestSchema = z
  .object({
    personId: z.uuid().optional(),
    name: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    organisation: z.string().trim().max(200).optional(),
    role: ParticipantRoleSchema.default('guest'),
    invited: z.boolean().default(true),
    note: Note.optional(),
  })
  .refine((v) => v.personId !== undefined || v.name !== undefined, {
    message: 'Angiv en person eller et navn',
    path: ['name'],
  });
export type AddParticipantRequest = z.infer<typeof AddParticipantRequestSchema>;

/** Changes to a participant's role, invitation, attendance or note. */
export const UpdateParticipantRequestSchema = z
  .object({
    role: ParticipantRoleSchema.optional(),
    invited: z.boolean().optional(),
    attendance: AttendanceSchema.optional(),
    note: Note.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Angiv mindst ét felt');
export type UpdateParticipantRequest = z.infer<typeof UpdateParticipantRequestSchema>;

/** Attendance for several participants at once. */
export const RecordAttendanceRequestSchema = z.object({
  entries: z
    .array(z.object({ participantId: z.uuid(), attendance: AttendanceSchema }))
    .min(1)
    .max(MEETING_LIMITS.attendanceEntries),
});
export type RecordAttendanceRequest = z.infer<typeof RecordAttendanceRequestSchema>;

/** Path parameters of one participant of one meeting. */
export const ParticipantParamsSchema = z.object({ id: z.uuid(), participantId: z.uuid() });

/** A closure day as the API shows it; built-in ones have a text id and cannot be changed. */
export const ClosureDayEntrySchema = z
  .object({
    id: z.string(),
    builtIn: z.boolean(),
    collaborationId: z.uuid().nullable(),
    kind: z.enum(['annual', 'date']),
    name: z.string(),
    month: z.number().int().nullable(),
    day: z.number().int().nullable(),
    fromYear: z.number().int().nullable(),
    toYear: z.number().int().nullable(),
    date: IsoDateSchema.nullable(),
  })
  .meta({ id: 'ClosureDay' });
export type ClosureDayEntry = z.infer<typeof ClosureDayEntrySchema>;

/** Closure days: built-in first, then declared. */
export const ClosureDayListSchema = z.object({ items: z.array(ClosureDayEntrySchema) });
/** Closure days of one collaboration (plus the global ones), or all. */
export const ClosureDayQuerySchema = z.object({ collaborationId: z.uuid().optional() });

const Year = z.number().int().min(1900).max(2200);
/** A closure day to declare: annual (month/day) or one date. */
export const CreateClosureDayRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('annual'),
    collaborationId: z.uuid().nullable().optional(),
    name: z.string().trim().min(1).max(200),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    fromYear: Year.optional(),
    toYear: Year.optional(),
  }),
  z.object({
    kind: z.literal('date'),
    collaborationId: z.uuid().nullable().optional(),
    name: z.string().trim().min(1).max(200),
    date: IsoDateSchema,
  }),
]);
export type CreateClosureDayRequest = z.infer<typeof CreateClosureDayRequestSchema>;

/** An ordering rule between two fora, declared by a collaboration. */
export const OrderingRuleEntrySchema = z
  .object({
    id: z.uuid(),
    collaborationId: z.uuid(),
    kind: OrderingRuleKindSchema,
    forumId: z.uuid(),
    dependsOnForumId: z.uuid(),
    minDaysBetween: z.number().int(),
    maxDaysBetween: z.number().int().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'OrderingRule' });
export type OrderingRuleEntry = z.infer<typeof OrderingRuleEntrySchema>;

/** A list of ordering rules. */
export const OrderingRuleListSchema = z.object({ items: z.array(OrderingRuleEntrySchema) });
/** Ordering rules of a collaboration, or touching a forum. */
export const OrderingRuleQuerySchema = z.object({
  collaborationId: z.uuid().optional(),
  forumId: z.uuid().optional(),
});

const Days = z.number().int().min(0).max(3650);
/** An ordering rule to declare. */
export const CreateOrderingRuleRequestSchema = z.object({
  collaborationId: z.uuid(),
  kind: OrderingRuleKindSchema,
  forumId: z.uuid(),
  dependsOnForumId: z.uuid(),
  minDaysBetween: Days.default(0),
  maxDaysBetween: Days.nullable().optional(),
  note: Note.nullable().optional(),
});
export type CreateOrderingRuleRequest = z.infer<typeof CreateOrderingRuleRequestSchema>;

/** Changes to a rule's kind, days or note. */
export const UpdateOrderingRuleRequestSchema = z
  .object({
    kind: OrderingRuleKindSchema.optional(),
    minDaysBetween: Days.optional(),
    maxDaysBetween: Days.nullable().optional(),
    note: Note.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Angiv mindst ét felt');
export type UpdateOrderingRuleRequest = z.infer<typeof UpdateOrderingRuleRequestSchema>;

/** Seed 004's rule set for a collaboration, by forum. */
export const Seed004RulesRequestSchema = z.object({
  collaborationId: z.uuid(),
  kkr: z.uuid(),
  ssu: z.uuid(),
  municipalPreMeeting: z.uuid(),
  tss: z.uuid(),
  officialsCommittee: z.uuid(),
  clusterAdministrativeFora: z.array(z.uuid()).max(20).default([]),
});
export type Seed004RulesRequest = z.infer<typeof Seed004RulesRequestSchema>;

/** A problem in a rule set (422 `orderingRuleInvalid`, in `extra.issues`). */
export const OrderingRuleIssueSchema = z.object({
  ruleId: z.string(),
  code: OrderingRuleIssueCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: BilingualSchema,
});

/** A period of Danish dates (inclusive), optionally for a collaboration or forum. */
export const PeriodQuerySchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  collaborationId: z.uuid().optional(),
  forumId: z.uuid().optional(),
});
export type PeriodQuery = z.infer<typeof PeriodQuerySchema>;

/** The calendar check's warnings for the meetings of a period. */
export const CalendarCheckSchema = z.object({
  checkedMeetings: z.number().int(),
  warnings: z.array(SchedulingWarningSchema),
});
export type CalendarCheck = z.infer<typeof CalendarCheckSchema>;

/** A public holiday or closure day. */
export const NonWorkingDaySchema = z.object({
  date: IsoDateSchema,
  reason: NonWorkingReasonSchema,
  name: z.string(),
});
/** The calendar view of a period. */
export const CalendarViewSchema = z.object({
  meetings: z.array(MeetingSchema),
  /** Holidays and closure days in the period (weekends are left to the client). */
  nonWorkingDays: z.array(NonWorkingDaySchema),
});
export type CalendarView = z.infer<typeof CalendarViewSchema>;
