/**
 * Presenters: stored rows and domain cases → the API shapes of src/shared/cases.contract.ts.
 * They show everything; what a viewer may see is decided afterwards by the visibility rule.
 */
import {
  currentStep,
  decisionsBack,
  escalatableStepId,
  timeline,
  type CaseStep,
  type TimelineEntry,
} from '../../../domain/cases/index';
import type { CaseVisibility } from '../../../domain/agendas/index';
import type {
  AttachmentMeta,
  CaseSummary,
  TimelineEntryView,
  VisibleCase,
} from '../../../shared/cases.contract';
import type { CaseFlag } from '../../../shared/cases.enums';
import type { IsoDate } from '../../../shared/dates';
import { nameOf, type CaseNames } from './cases.names';
import type { CaseRow, LoadedCase } from './cases.repo';

/** Names a summary needs (fora and clusters). */
type SummaryNames = Pick<CaseNames, 'fora' | 'clusters'>;

/** A case row as a list entry, with forum and cluster names. */
export function presentSummary(row: CaseRow, names: SummaryNames): CaseSummary {
  return {
    id: row.id,
    collaborationId: row.collaborationId,
    title: row.title,
    summary: row.summary,
    type: row.type,
    flags: row.flags as CaseFlag[],
    confidential: row.confidential,
    status: row.status,
    clusterId: row.clusterId,
    clusterName: nameOf(names.clusters, row.clusterId),
    raisedInForumId: row.raisedInForumId,
    raisedInForumName: nameOf(names.fora, row.raisedInForumId),
    returnToForumId: row.returnToForumId,
    returnToForumName: nameOf(names.fora, row.returnToForumId),
    currentForumId: row.currentForumId,
    currentForumName: nameOf(names.fora, row.currentForumId),
    currentStepId: row.currentStepId,
    raisedOn: row.raisedOn,
  };
}

/** A timeline entry as served (not yet redacted), with its names. */
export function presentEntry(e: TimelineEntry, names: CaseNames): TimelineEntryView {
  return {
    ...e,
    forumName: nameOf(names.fora, e.forumId),
    toForumName: nameOf(names.fora, e.toForumId),
    meeting: e.meetingId === null ? null : (names.meetings.get(e.meetingId) ?? null),
    actorName: nameOf(names.users, e.actorId),
    redacted: false,
  };
}

/** The ids a whole case names: fora on its route and timeline, meetings, actors. */
export function fullNameIds(loaded: LoadedCase) {
  const entries = timeline(loaded.case);
  return {
    forumIds: [
      loaded.row.raisedInForumId,
      loaded.row.returnToForumId,
      ...loaded.case.steps.map((s) => s.forumId),
      ...entries.flatMap((e) => [e.forumId, e.toForumId]),
    ],
    clusterIds: [loaded.row.clusterId],
    meetingIds: [...loaded.case.steps.map((s) => s.meetingId), ...entries.map((e) => e.meetingId)],
    userIds: entries.map((e) => e.actorId),
  };
}

/** The whole case with its names, before the visibility rule is applied. */
export function presentFull(
  loaded: LoadedCase,
  attachments: readonly AttachmentMeta[],
  names: CaseNames,
): VisibleCase {
  const c = loaded.case;
  const current = currentStep(c);
  return {
    ...presentSummary(loaded.row, names),
    currentForumId: current?.forumId ?? null,
    currentForumName: nameOf(names.fora, current?.forumId ?? null),
    currentStepId: current?.id ?? null,
    redacted: false,
    escalatableStepId: escalatableStepId(c),
    body: loaded.row.body,
    createdBy: loaded.row.createdBy,
    steps: c.steps.map((s, i) => ({
      ...s,
      forumName: nameOf(names.fora, s.forumId),
      meeting: s.meetingId === null ? null : (names.meetings.get(s.meetingId) ?? null),
      position: i + 1,
      closed: loaded.closedSteps.has(s.id),
      redacted: false,
    })),
    timeline: timeline(c).map((e) => presentEntry(e, names)),
    returned: decisionsBack(c, c.returnToForumId).map((e) => presentEntry(e, names)),
    attachments: [...attachments],
  };
}

/** What the visibility rule needs to know about a case. */
export function visibilityOf(
  loaded: LoadedCase,
  meetingDates: ReadonlyMap<string, IsoDate>,
): CaseVisibility {
  return {
    confidential: loaded.row.confidential,
    raisedInForumId: loaded.row.raisedInForumId,
    raisedOn: loaded.row.raisedOn,
    steps: loaded.case.steps.flatMap((s) => {
      const dateOf = (step: CaseStep) =>
        step.meetingId === null ? null : (meetingDates.get(step.meetingId) ?? null);
      const source = s.returnOf ? loaded.case.steps.find((d) => d.id === s.returnOf) : undefined;
      if (!source) {
        const own = { id: s.id, forumId: s.forumId, meetingDate: dateOf(s) };
        return [{ ...own, closed: loaded.closedSteps.has(s.id) }];
      }
      // A return step (issue 12): its forum's members see the case (a confidential one too),
      // and its decision is hidden exactly when the step that made it is.
      return [
        { id: s.id, forumId: s.forumId, closed: false, meetingDate: dateOf(s) },
        {
          id: s.id,
          forumId: source.forumId,
          closed: loaded.closedSteps.has(source.id),
          meetingDate: dateOf(source),
        },
      ];
    }),
  };
}
