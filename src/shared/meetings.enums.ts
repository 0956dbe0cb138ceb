/**
 * Enumerations of the meetings module, shared by domain, API and web. Each is an `as const`
 * array (the single source of truth), a zod schema and the inferred type.
 */
import { z } from 'zod';

/** Agenda item types: orientering / drøftelse / beslutning. */
export const ITEM_TYPES = ['information', 'discussion', 'decision'] as const;
export const ItemTypeSchema = z.enum(ITEM_TYPES);
export type ItemType = z.infer<typeof ItemTypeSchema>;

/**
 * Kinds of ordering rule between two fora (seed 004):
 * - `after`: the dependent forum meets after the other (SSU after KKR, for a joint mandate);
 * - `preMeeting`: the other forum is the dependent's pre-meeting (formøde);
 * - `prepares`: the other forum prepares the dependent's meetings (TSS prepares SSU).
 */
export const ORDERING_RULE_KINDS = ['after', 'preMeeting', 'prepares'] as const;
export const OrderingRuleKindSchema = z.enum(ORDERING_RULE_KINDS);
export type OrderingRuleKind = z.infer<typeof OrderingRuleKindSchema>;

/** i18n keys of scheduling warnings (ordering rules and the working-day calendar). */
export const ORDERING_WARNING_CODES = [
  'ordering.afterMissing',
  'ordering.afterTooSoon',
  'ordering.preMeetingMissing',
  'ordering.preparesMissing',
  'calendar.nonWorkingDay',
] as const;
export const OrderingWarningCodeSchema = z.enum(ORDERING_WARNING_CODES);
export type OrderingWarningCode = z.infer<typeof OrderingWarningCodeSchema>;

/** i18n keys of problems found in a set of ordering rules. */
export const ORDERING_RULE_ISSUE_CODES = [
  'ordering.selfDependency',
  'ordering.minAboveMax',
  'ordering.cycle',
  'ordering.duplicateId',
] as const;
export const OrderingRuleIssueCodeSchema = z.enum(ORDERING_RULE_ISSUE_CODES);
export type OrderingRuleIssueCode = z.infer<typeof OrderingRuleIssueCodeSchema>;

/** Why a day is not a working day. */
export const NON_WORKING_REASONS = ['weekend', 'holiday', 'closure'] as const;
export const NonWorkingReasonSchema = z.enum(NON_WORKING_REASONS);
export type NonWorkingReason = z.infer<typeof NonWorkingReasonSchema>;

/** Why a proposed series date differs from the evenly spread ideal weekday. */
export const SERIES_ADJUSTMENTS = [
  'avoidedMonth',
  'weekend',
  'holiday',
  'closure',
  'taken',
] as const;
export const SeriesAdjustmentSchema = z.enum(SERIES_ADJUSTMENTS);
export type SeriesAdjustment = z.infer<typeof SeriesAdjustmentSchema>;

/** i18n keys of invalid series requests. */
export const SERIES_ERROR_CODES = [
  'series.invalidPeriod',
  'series.invalidCadence',
  'series.countOutsideCadence',
  'series.invalidTime',
] as const;
export const SeriesErrorCodeSchema = z.enum(SERIES_ERROR_CODES);
export type SeriesErrorCode = z.infer<typeof SeriesErrorCodeSchema>;

/** i18n keys of warnings when a process template is instantiated or validated. */
export const PROCESS_WARNING_CODES = [
  'process.unknownStep',
  'process.cycle',
  'process.undated',
  'process.orderViolated',
  'process.forumUnresolved',
  'process.nonWorkingDay',
] as const;
export const ProcessWarningCodeSchema = z.enum(PROCESS_WARNING_CODES);
export type ProcessWarningCode = z.infer<typeof ProcessWarningCodeSchema>;

/** ISO weekdays, Monday = 1 … Sunday = 7 (luxon's numbering). Meetings use 1–5. */
export const MEETING_WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const MeetingWeekdaySchema = z.literal(MEETING_WEEKDAYS);
export type MeetingWeekday = (typeof MEETING_WEEKDAYS)[number];

/**
 * Kinds of meeting: an ordinary meeting of the forum, a pre-meeting (formøde) before another
 * forum's meeting, a dialogue meeting (seed 003), or an extraordinary meeting.
 */
export const MEETING_KINDS = ['ordinary', 'preMeeting', 'dialogue', 'extraordinary'] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/**
 * A meeting's life cycle: planned → agendaDraft → agendaPublished → held → minutesApproved;
 * `cancelled` from any state before `held`.
 */
export const MEETING_STATUSES = [
  'planned',
  'agendaDraft',
  'agendaPublished',
  'held',
  'minutesApproved',
  'cancelled',
] as const;
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** The role a participant has in one meeting (not the seat role in the forum). */
export const PARTICIPANT_ROLES = [
  'member',
  'substitute',
  'optionalAttendee',
  'attendee',
  'widenedCircle',
  'guest',
  'secretary',
] as const;
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** Recorded attendance of a participant. */
export const ATTENDANCES = ['unknown', 'present', 'absent', 'excused'] as const;
export const AttendanceSchema = z.enum(ATTENDANCES);
export type Attendance = z.infer<typeof AttendanceSchema>;

/**
 * Where a participant comes from: `forum` = derived from the forum's members on the meeting
 * date (re-derived when the date or the organisation changes), `added` = added by hand.
 */
export const PARTICIPANT_SOURCES = ['forum', 'added'] as const;
export const ParticipantSourceSchema = z.enum(PARTICIPANT_SOURCES);
export type ParticipantSource = z.infer<typeof ParticipantSourceSchema>;
