/**
 * Presenters: stored rows and domain cases → the API shapes of src/shared/cases.contract.ts.
 * They show everything; what a viewer may see is decided afterwards by the visibility rule.
 */
import { currentStep, returnedTo, timeline, type TimelineEntry } from '../../../domain/cases/index';
import type { CaseVisibility } from '../../../domain/agendas/index';
import type {
  AttachmentMeta,
  CaseSummary,
  TimelineEntryView,
  VisibleCase,
} from '../../../shared/cases.contract';
import type { CaseFlag } from '../../../shared/cases.enums';
import type { IsoDate } from '../../../shared/dates';
import type { CaseRow, LoadedCase } from './cases.repo';

/** A case row as a list entry. */
export function presentSummary(row: CaseRow): CaseSummary {
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
    raisedInForumId: row.raisedInForumId,
    returnToForumId: row.returnToForumId,
    currentForumId: row.currentForumId,
    currentStepId: row.currentStepId,
    raisedOn: row.raisedOn,
  };
}

/** A timeline entry as served (not yet redacted). */
export function presentEntry(e: TimelineEntry): TimelineEntryView {
  return { ...e, redacted: false };
}

/** The whole case, before the visibility rule is applied. */
export function presentFull(
  loaded: LoadedCase,
  attachments: readonly AttachmentMeta[],
): VisibleCase {
  const c = loaded.case;
  const current = currentStep(c);
  return {
    ...presentSummary(loaded.row),
    currentForumId: current?.forumId ?? null,
    currentStepId: current?.id ?? null,
    redacted: false,
    body: loaded.row.body,
    createdBy: loaded.row.createdBy,
    steps: c.steps.map((s, i) => ({
      ...s,
      position: i + 1,
      closed: loaded.closedSteps.has(s.id),
      redacted: false,
    })),
    timeline: timeline(c).map(presentEntry),
    returned: returnedTo(c, c.returnToForumId).map(presentEntry),
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
    steps: loaded.case.steps.map((s) => ({
      id: s.id,
      forumId: s.forumId,
      closed: loaded.closedSteps.has(s.id),
      meetingDate: s.meetingId === null ? null : (meetingDates.get(s.meetingId) ?? null),
    })),
  };
}
