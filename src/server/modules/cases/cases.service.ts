/**
 * Case use cases: raise a case, and move it along its route (recommendation, decision,
 * escalation, sending back, withdrawal, skipping, adding a forum). Each change is one `mutate`
 * (one transaction, one audit row) around load → domain transition → persist. Audit rows never
 * carry the text of a confidential case or of a step treated in a closed item.
 */
import { randomUUID } from 'node:crypto';
import {
  addStep,
  createCase,
  escalate,
  normaliseForScreening,
  noteReturn,
  setReturnMode,
  recordDecision,
  recordRecommendation,
  sendBack,
  skipStep,
  withdraw,
  type Case,
  type CaseResult,
} from '../../../domain/cases/index';
import type { RaiseCaseRequest } from '../../../shared/cases.contract';
import type { ReturnMode } from '../../../shared/cases.enums';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { mutate, type Actor, type AuditInput } from '../../platform/audit';
import { insertCase, type LoadedCase } from './cases.repo';
import { addedEvents, applyTransition, defaultOn, lockCase, stepOf } from './cases.transitions';
import type { CaseDeps, CaseMeeting } from './ports';
import { assertMeetingHeld, requireForum } from './cases.guard';
import { caseDomainError } from './texts';

/** Text for the audit log: withheld when the case is confidential or the step closed. */
export function auditText(text: string | null, secret: boolean): string | null {
  return secret ? '[fortroligt]' : text;
}

/** When a change counts as made; default today (demo data and imports give an earlier day). */
export interface ChangeDate {
  on?: IsoDate;
}

/**
 * Raises a case in a forum with its route; returns the new case's id. The fora must exist on
 * the day it is raised (`options.on`, default today).
 */
export async function raiseCase(
  deps: CaseDeps,
  actor: Actor,
  input: RaiseCaseRequest,
  options: ChangeDate & {
    /** More work in the same transaction, given the new case's id (e.g. a pilot's link). */
    alsoInTx?: (tx: Db, caseId: string) => Promise<void>;
  } = {},
): Promise<string> {
  const today = options.on ?? todayInDenmark();
  const { db } = deps;
  const forum = await requireForum(db, deps, input.raisedInForumId, input.collaborationId, today);
  for (const forumId of input.route) {
    await requireForum(db, deps, forumId, input.collaborationId, today);
  }
  const id = randomUUID();
  const result = createCase({
    id,
    title: input.title,
    summary: input.summary,
    type: input.type,
    flags: input.flags,
    clusterId: forum.clusterId,
    raisedInForumId: input.raisedInForumId,
    route: input.route,
    on: today,
    ...(actor.userId ? { actorId: actor.userId } : {}),
  });
  if (!result.ok) throw caseDomainError(result.error);
  const c = result.case;
  return mutate(deps.db, actor, async (tx) => {
    await insertCase(tx, c, {
      collaborationId: input.collaborationId,
      body: input.body,
      confidential: input.confidential,
      screeningText: normaliseForScreening(`${c.title} ${c.summary}`),
      createdBy: actor.userId,
    });
    if (options.alsoInTx) await options.alsoInTx(tx, id);
    return {
      result: id,
      audit: {
        action: 'case.raise',
        entityType: 'case',
        entityId: id,
        summary: auditText(`Sag rejst: ${c.title}`, input.confidential) ?? undefined,
        after: {
          title: auditText(c.title, input.confidential),
          route: input.route,
          flags: c.flags,
          confidential: input.confidential,
        },
        relatedIds: [input.raisedInForumId, ...input.route],
      },
    };
  });
}

/** How one route change is described in the audit log. */
interface ChangeSpec {
  action: AuditInput['action'];
  stepId?: string;
  /** The free text of the change (withheld when secret). */
  text?: string;
  transition: (c: Case, on: IsoDate) => CaseResult;
  on?: IsoDate;
  /** More work in the same transaction (e.g. marking the meeting held). */
  alsoInTx?: (tx: Db) => Promise<void>;
}

/** Runs one route change in one transaction with its audit row. */
export async function changeCase(
  deps: CaseDeps,
  actor: Actor,
  loaded: LoadedCase,
  spec: ChangeSpec,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const locked = await lockCase(tx, loaded.row.id);
    const on = spec.on ?? defaultOn(locked.case);
    const t = await applyTransition(tx, locked, (c) => spec.transition(c, on));
    if (spec.alsoInTx) await spec.alsoInTx(tx);
    const secret =
      locked.row.confidential || (spec.stepId !== undefined && locked.closedSteps.has(spec.stepId));
    const audit: AuditInput = {
      action: spec.action,
      entityType: 'case',
      entityId: locked.row.id,
      after: {
        stepId: spec.stepId ?? null,
        text: auditText(spec.text ?? null, secret),
        events: addedEvents(t).map((e) => ({ kind: e.kind, forumId: e.forumId, to: e.toForumId })),
      },
      relatedIds: [
        ...new Set(addedEvents(t).flatMap((e) => [e.forumId, e.toForumId ?? e.forumId])),
      ],
    };
    return { result: undefined, audit };
  });
}

const actorId = (actor: Actor) => (actor.userId ? { actorId: actor.userId } : {});

/** The recommendation (indstilling) of the current step. */
export function recommendSpec(actor: Actor, stepId: string, text: string): ChangeSpec {
  return {
    action: 'case.recommend',
    stepId,
    text,
    transition: (c, on) => recordRecommendation(c, { stepId, text, on, ...actorId(actor) }),
  };
}

/** The decision of the current step, dated `on` (default: the step's meeting date or today). */
export function decideSpec(
  actor: Actor,
  stepId: string,
  input: { text: string; final: boolean; on?: IsoDate },
): ChangeSpec {
  return {
    action: 'case.decide',
    stepId,
    text: input.text,
    ...(input.on ? { on: input.on } : {}),
    transition: (c, on) =>
      recordDecision(c, { stepId, text: input.text, final: input.final, on, ...actorId(actor) }),
  };
}

/** The chair's escalation of a decided step to the next forum (seed 001). */
export function escalateSpec(
  actor: Actor,
  stepId: string,
  input: { toForumId: string; reason: string },
): ChangeSpec {
  return {
    action: 'case.escalate',
    stepId,
    text: input.reason,
    transition: (c, on) => escalate(c, { stepId, ...input, on, ...actorId(actor) }),
  };
}

/** Sending the current step back down to an earlier forum. */
export function sendBackSpec(
  actor: Actor,
  stepId: string,
  input: { reason: string; toForumId?: string },
): ChangeSpec {
  return {
    action: 'case.sendBack',
    stepId,
    text: input.reason,
    transition: (c, on) => sendBack(c, { stepId, ...input, on, ...actorId(actor) }),
  };
}

/** Withdrawing the case. */
export function withdrawSpec(actor: Actor, reason: string): ChangeSpec {
  return {
    action: 'case.withdraw',
    text: reason,
    transition: (c, on) => withdraw(c, { reason, on, ...actorId(actor) }),
  };
}

/** Skipping a pending step. */
export function skipSpec(actor: Actor, stepId: string, reason: string): ChangeSpec {
  return {
    action: 'case.skipStep',
    stepId,
    text: reason,
    transition: (c, on) => skipStep(c, { stepId, reason, on, ...actorId(actor) }),
  };
}

/** The forum notes (or acts on) a decision that came back to it (issue 12). */
export function noteReturnSpec(actor: Actor, stepId: string, text: string | undefined): ChangeSpec {
  return {
    action: 'case.noteReturn',
    stepId,
    ...(text ? { text } : {}),
    transition: (c, on) => noteReturn(c, { stepId, text: text ?? null, on, ...actorId(actor) }),
  };
}

/** The secretariat sets a return step to note or to act on (issue 12). */
export function returnModeSpec(actor: Actor, stepId: string, mode: ReturnMode): ChangeSpec {
  return {
    action: 'case.setReturnMode',
    stepId,
    text: mode,
    transition: (c, on) => setReturnMode(c, { stepId, mode, on, ...actorId(actor) }),
  };
}

/** Adding a forum to the route. */
export function addStepSpec(
  actor: Actor,
  input: { forumId: string; afterStepId?: string },
): ChangeSpec {
  return {
    action: 'case.addStep',
    transition: (c, on) => addStep(c, { ...input, on, ...actorId(actor) }),
  };
}

/**
 * The meeting a decision of `stepId` is made at, checked to be held on `today` (issue 11), and
 * the date the decision is dated by default: that meeting's day, else today.
 */
export async function decisionMeeting(
  deps: CaseDeps,
  loaded: LoadedCase,
  stepId: string,
  today: IsoDate = todayInDenmark(),
): Promise<{ on: IsoDate; meeting: CaseMeeting | null }> {
  const step = stepOf(loaded, stepId);
  if (step.meetingId === null) return { on: today, meeting: null };
  const meeting = await deps.meetings.findMeeting(deps.db, step.meetingId);
  if (!meeting) return { on: today, meeting: null };
  assertMeetingHeld(meeting, today, 'cases');
  return { on: meeting.date, meeting };
}
