/**
 * The registry of what the audit log records: every action and entity type the server writes.
 * The audit writer (`AuditInput` in src/server/platform/audit.ts) accepts only these codes, and
 * the `audit` i18n namespace must label each of them in Danish and English (checked when it
 * compiles and by src/shared/audit-actions.test.ts). A new audited action is added here first.
 */

/** The versioned organisation entities: created, changed as of a day, and ended generically. */
export const VERSIONED_AUDIT_KINDS = [
  'collaboration',
  'party',
  'cluster',
  'forum',
  'seat',
] as const;
/** The organisation facts: ended generically. */
export const FACT_AUDIT_KINDS = [
  'clusterMembership',
  'officeHolding',
  'appointment',
  'compositionRule',
] as const;

type Versioned = (typeof VERSIONED_AUDIT_KINDS)[number];
type Fact = (typeof FACT_AUDIT_KINDS)[number];

const versionedActions = VERSIONED_AUDIT_KINDS.flatMap(
  (k) => [`${k}.create`, `${k}.update`, `${k}.end`] as const,
) as readonly `${Versioned}.${'create' | 'update' | 'end'}`[];
const factActions = FACT_AUDIT_KINDS.flatMap(
  (k) => [`${k}.create`, `${k}.end`] as const,
) as readonly `${Fact}.${'create' | 'end'}`[];

/** Every action code the server writes to the audit log. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'user.create',
  'user.update',
  'user.setLocale',
  'user.setScopes',
  'user.revokeSessions',
  'user.endSession',
  'user.setPassword',
  'case.raise',
  'case.recommend',
  'case.decide',
  'case.escalate',
  'case.sendBack',
  'case.withdraw',
  'case.skipStep',
  'case.addStep',
  'case.noteReturn',
  'case.setReturnMode',
  'case.attachment.upload',
  'case.attachment.delete',
  'agenda.addCaseItem',
  'agenda.addFreeItem',
  'agenda.moveItem',
  'agenda.removeItem',
  'agenda.updateItem',
  'agenda.recordDecision',
  'agenda.sendForReview',
  'agenda.comment',
  'agenda.publish',
  'agenda.recordAttendance',
  'agenda.sendMinutes',
  'agenda.approveMinutes',
  'agenda.closeApproval',
  'meeting.create',
  'meeting.createSeries',
  'meeting.update',
  'meeting.move',
  'meeting.cancel',
  'meeting.setStatus',
  'meeting.addParticipant',
  'meeting.updateParticipant',
  'meeting.removeParticipant',
  'meeting.syncParticipants',
  'meeting.recordAttendance',
  'process.create',
  'orderingRule.create',
  'orderingRule.update',
  'orderingRule.delete',
  'closureDay.create',
  'closureDay.delete',
  'calendarFeed.create',
  'calendarFeed.revoke',
  ...versionedActions,
  ...factActions,
  'person.create',
  'person.update',
  'person.end',
  'organisation.seed',
  'organisation.demo',
  'organisation.file.import',
  'officeHolding.import',
  'organisation.reform',
  'organisation.reorganise',
  'plan.create',
  'plan.update',
  'plan.adopt',
  'plan.end',
  'plan.scale',
  'plan.import',
  'plan.goal.create',
  'plan.goal.update',
  'plan.goal.delete',
  'plan.initiative.create',
  'plan.initiative.update',
  'plan.initiative.end',
  'plan.milestone.create',
  'plan.milestone.update',
  'plan.milestone.delete',
  'plan.link.create',
  'plan.link.delete',
  'plan.degree.record',
  'plan.priority.record',
  'planIndicator.create',
  'planIndicator.update',
  'planIndicator.delete',
  'planIndicator.value',
  'planIndicator.import',
  'planRound.open',
  'planRound.answer',
  'planRound.noChanges',
  'planRound.close',
  'planRound.remind',
  'plans.demo',
  'transfer.create',
  'transfer.update',
  'transfer.decide',
  'transfer.withdraw',
  'transfer.placeOrientation',
  'financing.scenario.create',
  'financing.scenario.update',
  'financing.scenario.delete',
  'financing.population.upload',
  'demo.generate',
  'newsletter.create',
  'newsletter.update',
  'newsletter.send',
  'newsletter.subscribe',
  'newsletter.confirm',
  'newsletter.unsubscribe',
  'decisionAction.create',
  'decisionAction.update',
  'decisionAction.addToAgenda',
  'history.recordCase',
  'history.import',
  'consultation.create',
  'consultation.update',
  'consultation.document.add',
  'consultation.contribution',
  'consultation.comment',
  'consultation.version',
  'consultation.position',
  'consultation.send',
  'pilot.create',
  'pilot.update',
  'pilot.file.upload',
  'pilot.file.delete',
  'pilot.spread',
  'fundingPool.create',
  'fundingPool.update',
  'fundingApplication.create',
  'fundingApplication.update',
  'fundingApplication.setStatus',
  'fundingObligation.create',
  'fundingObligation.update',
  'fundingObligation.delete',
  'charter.save',
  'charterRequest.create',
  'charterRequest.deliver',
  'charterRequest.assess',
  'questionnaire.create',
  'questionnaire.update',
  'questionnaire.send',
  'questionnaire.revokeLink',
  'questionnaire.remind',
  'questionnaire.saveAnswers',
  'questionnaire.submitAnswers',
] as const;

/** An action the audit log records. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every entity type an audit row can be about. */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'case',
  'agenda',
  'meeting',
  'meetingSeries',
  'processInstance',
  'orderingRule',
  'closureDay',
  'calendarFeed',
  ...VERSIONED_AUDIT_KINDS,
  ...FACT_AUDIT_KINDS,
  'person',
  'plan',
  'planGoal',
  'planInitiative',
  'planMilestone',
  'planLink',
  'planDegree',
  'planClusterPriority',
  'planIndicator',
  'planRound',
  'newsletter',
  'newsletterSubscriber',
  'transfer',
  'decisionAction',
  'consultation',
  'pilot',
  'fundingPool',
  'fundingApplication',
  'fundingObligation',
  'charterVersion',
  'charterRequest',
  'charterDelivery',
  'financingScenario',
  'financingPopulationSet',
  'questionnaire',
  'questionnaireRecipient',
] as const;

/** An entity type of the audit log. */
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Whether `code` is a registered action (an old row may carry one no longer written). */
export function isAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

/** Whether `code` is a registered entity type. */
export function isAuditEntityType(code: string): code is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(code);
}

/** The dotted leaves of a nested label tree: `{ a: { b: 'x' } }` → `'a.b'`. */
export type LabelLeaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LabelLeaves<T[K], `${P}${K}.`>;
}[keyof T & string];
