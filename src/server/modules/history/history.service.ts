/**
 * Bringing history in (issue 12 point 6): a case treated before Samspil is recorded with its
 * real dates through the modules' own use cases (the same paths the demo loader takes): the
 * case raised on its day, each step's past meeting created with the organisation as of its
 * date, the step placed on the meeting's agenda, the recommendation, the agenda published, the
 * decision recorded in the minutes (dated the meeting day; final decisions flow back through
 * the cases domain), the minutes sent and the approval closed as a historical record. All of it
 * in ONE transaction with ONE audit row (`history.recordCase`): the inner use cases' audit rows
 * are collected (`composing`) and listed in it. The pure check runs first, again inside the
 * transaction; any problem refuses the whole record (422, nothing written).
 */
import { eq } from 'drizzle-orm';
import {
  checkHistoricalCase,
  latestOn,
  placedOn,
  type CheckedHistory,
} from '../../../domain/history/index';
import { skipStep } from '../../../domain/cases/index';
import { danishDateOf, type IsoDate } from '../../../shared/dates';
import type {
  HistoryCase,
  HistoryPlan,
  HistoryResult,
  HistoryStep,
} from '../../../shared/history.contract';
import type { Db } from '../../db/client';
import { composing, mutate, type Actor, type AuditInput } from '../../platform/audit';
import {
  addCaseItem,
  closeMinutesApproval,
  publishAgenda,
  recordItemDecision,
  sendMinutesForApproval,
  updateAgendaItem,
  agendas,
} from '../agendas/index';
import {
  applyTransition,
  caseDeps,
  loadCases,
  lockCase,
  raiseCase,
  type CaseDeps,
  type Viewer,
} from '../cases/index';
import { createMeeting, ORGANISATION_PORT } from '../meetings/index';
import { loadContext, type LoadedContext } from './history.context';
import { historyRecords } from './history.table';
import { historyText, presentIssues, refusal } from './texts';

/** Where a record comes from. */
export type HistorySource = 'form' | 'import';

/** Who records, and on which day. */
export interface Recorder {
  actor: Actor;
  viewer: Viewer;
  today: IsoDate;
}

/** A checked record: the check's outcome and the texts. */
export interface Checked {
  record: HistoryCase;
  collaborationId: string;
  checked: CheckedHistory;
  loaded: LoadedContext;
}

/** Runs the pure check against the stored world (inside `db`, which may be a transaction). */
export async function checkRecord(
  db: Db,
  record: HistoryCase,
  collaborationId: string,
  today: IsoDate,
): Promise<Checked> {
  const loaded = await loadContext(db, record, collaborationId, today);
  return { record, collaborationId, checked: checkHistoricalCase(record, loaded.ctx), loaded };
}

/** What the record creates (or would), for the preview and the answer. */
export function planOf(c: Checked): HistoryPlan | null {
  const { checked, loaded, record } = c;
  if (!checked.simulated) return null;
  const name = (id: string) => loaded.names.get(id) ?? null;
  return {
    title: record.title,
    raisedOn: record.raisedOn,
    meetings: checked.meetings.map((m) => ({
      step: m.step,
      forumId: m.forumId,
      forumName: name(m.forumId),
      date: m.date,
      existing: m.existingId !== null,
      meetingId: m.existingId,
    })),
    events: checked.simulated.events.map((e) => ({
      kind: e.kind,
      on: e.on,
      forumName: name(e.forumId),
    })),
  };
}

/** The answer for a checked record (a preview, or a refusal's body). */
export function resultOf(c: Checked, caseId: string | null, preview: boolean): HistoryResult {
  return {
    preview,
    caseId,
    problems: presentIssues(c.checked.problems, c.loaded.names),
    warnings: presentIssues(c.checked.warnings, c.loaded.names),
    plan: planOf(c),
  };
}

const DEFAULT_START = '10:00';

/** A past meeting of the step, created through the meetings module (org as of its date). */
async function createPastMeeting(
  tx: Db,
  actor: Actor,
  step: HistoryStep,
  forumName: string,
): Promise<string> {
  const meeting = step.meeting as { date: IsoDate; start?: string; end?: string; title?: string };
  const start = meeting.start ?? DEFAULT_START;
  const end = meeting.end && meeting.end > start ? meeting.end : plusTwoHours(start);
  const saved = await createMeeting({ db: tx, organisation: ORGANISATION_PORT }, actor, {
    forumId: step.forumId,
    title: meeting.title ?? historyText('meetingTitle', { forum: forumName }).da,
    startsAt: `${meeting.date}T${start}`,
    endsAt: `${meeting.date}T${end}`,
    ...(step.meeting && 'location' in step.meeting && step.meeting.location
      ? { location: step.meeting.location }
      : {}),
    // The pure check has held the ordering rules; a day off is only a warning for history.
    acknowledgeWarnings: true,
  });
  return saved.meeting.id;
}

function plusTwoHours(start: string): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  return `${String(Math.min(h + 2, 23)).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

async function agendaPublished(tx: Db, meetingId: string): Promise<boolean> {
  const [row] = await tx
    .select({ status: agendas.status })
    .from(agendas)
    .where(eq(agendas.meetingId, meetingId));
  return row?.status === 'published';
}

/** A case being written: its checked record, its id and its step ids. */
interface Writing {
  c: Checked;
  caseId: string;
  stepIds: string[];
  /** Steps (0-based) already done, in route order. */
  done: number;
  createdMeetingIds: string[];
}

/** One step to treat at a meeting. */
interface Entry {
  w: Writing;
  index: number;
  step: HistoryStep;
}

/** Raises the case on its day; the steps follow. */
async function raise(deps: CaseDeps, who: Recorder, c: Checked): Promise<Writing> {
  const { record, collaborationId } = c;
  const caseId = await raiseCase(
    deps,
    who.actor,
    {
      collaborationId,
      title: record.title,
      summary: record.summary,
      body: record.body,
      type: record.type,
      flags: record.flags,
      confidential: record.confidential,
      raisedInForumId: record.raisedInForumId,
      route: record.steps.map((s) => s.forumId),
    },
    { on: record.raisedOn },
  );
  const [raised] = await loadCases(deps.db, [caseId]);
  const stepIds = raised?.case.steps.map((s) => s.id) ?? [];
  return { c, caseId, stepIds, done: 0, createdMeetingIds: [] };
}

/** Applies the case's skipped steps before step `until` (0-based; all when undefined). */
async function skipsBefore(tx: Db, who: Recorder, w: Writing, until?: number): Promise<void> {
  const steps = w.c.record.steps;
  const end = until ?? steps.length;
  for (; w.done < end; w.done += 1) {
    const step = steps[w.done] as HistoryStep;
    if (!step.skipped) continue;
    const reason = step.skipped.reason;
    const stepId = w.stepIds[w.done] as string;
    await applyTransition(tx, await lockCase(tx, w.caseId), (x) =>
      skipStep(x, {
        stepId,
        reason,
        on: latestOn(x),
        ...(who.actor.userId ? { actorId: who.actor.userId } : {}),
      }),
    );
  }
}

/** The meetings of the records with the steps treated there, oldest first. */
function meetingSlots(writings: readonly Writing[]) {
  const slots = new Map<string, { date: IsoDate; existingId: string | null; entries: Entry[] }>();
  for (const w of writings) {
    for (const m of w.c.checked.meetings) {
      const key = m.existingId ?? `${m.forumId}@${m.date}`;
      const slot = slots.get(key) ?? { date: m.date, existingId: m.existingId, entries: [] };
      const index = m.step - 1;
      slot.entries.push({ w, index, step: w.c.record.steps[index] as HistoryStep });
      slots.set(key, slot);
    }
  }
  // Stable: same-day meetings keep the order they were first named in.
  return [...slots.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Writes checked records inside `tx`: every case raised on its day, then meeting by meeting
 * (oldest first, so each case's trail reads in order) the steps treated there: placed on the
 * agenda, recommended, the agenda published, decided, the minutes sent and closed. A meeting
 * several records name (same forum, same day) is created once and carries all their items.
 */
async function writeRecords(tx: Db, who: Recorder, checked: readonly Checked[]) {
  const deps = caseDeps(tx);
  const writings: Writing[] = [];
  for (const c of checked) writings.push(await raise(deps, who, c));
  for (const slot of meetingSlots(writings)) {
    const first = slot.entries[0] as Entry;
    let meetingId = slot.existingId;
    if (meetingId === null) {
      const name = first.w.c.loaded.names.get(first.step.forumId) ?? '';
      meetingId = await createPastMeeting(tx, who.actor, first.step, name);
      first.w.createdMeetingIds.push(meetingId);
    }
    const items: { e: Entry; itemId: string }[] = [];
    for (const e of slot.entries) {
      await skipsBefore(tx, who, e.w, e.index);
      const itemId = await placeStep(deps, who, e, meetingId, slot.date);
      items.push({ e, itemId });
      e.w.done = e.index + 1;
    }
    if (!(await agendaPublished(tx, meetingId))) await publishAgenda(deps, who.actor, meetingId);
    for (const { e, itemId } of items) {
      if (!e.step.decision) continue;
      const ids = { meetingId, itemId };
      await recordItemDecision(deps, who.actor, who.viewer, ids, e.step.decision, {
        today: who.today,
      });
    }
    if (items.some((i) => i.e.step.decision)) {
      await sendMinutesForApproval(deps, who.actor, meetingId, { today: who.today });
      await closeMinutesApproval(deps, who.actor, who.viewer, meetingId);
    }
  }
  for (const w of writings) await skipsBefore(tx, who, w);
  return writings;
}

/** Places one step on the meeting's agenda with its recommendation; returns the item id. */
async function placeStep(
  deps: CaseDeps,
  who: Recorder,
  e: Entry,
  meetingId: string,
  date: IsoDate,
): Promise<string> {
  const [loaded] = await loadCases(deps.db, [e.w.caseId]);
  const on = placedOn(loaded ? latestOn(loaded.case) : date, date);
  const itemId = await addCaseItem(deps, who.actor, who.viewer, meetingId, {
    caseId: e.w.caseId,
    stepId: e.w.stepIds[e.index] as string,
    on,
  });
  if (e.step.recommendation !== undefined) {
    const patch = { recommendation: e.step.recommendation };
    await updateAgendaItem(deps, who.actor, who.viewer, { meetingId, itemId }, patch, { on });
  }
  return itemId;
}

/** The audit row of a recorded case: historical, and what was created. */
function recordAudit(
  c: Checked,
  written: Omit<Written, 'checked'>,
  collected: readonly AuditInput[],
  source: HistorySource,
): AuditInput {
  const { record } = c;
  const secret = record.confidential;
  const title = secret ? '[fortroligt]' : record.title;
  return {
    action: 'history.recordCase',
    entityType: 'case',
    entityId: written.caseId,
    summary: historyText('audit.summary', { title, raisedOn: record.raisedOn }).da,
    after: {
      historical: true,
      source,
      title,
      raisedOn: record.raisedOn,
      route: record.steps.map((s) => s.forumId),
      meetingsCreated: written.createdMeetingIds,
      meetingsUsed: c.checked.meetings.flatMap((m) => (m.existingId ? [m.existingId] : [])),
      decisions: record.steps.flatMap((s, i) =>
        s.decision
          ? [{ step: i + 1, on: c.checked.meetings.find((m) => m.step === i + 1)?.date ?? null }]
          : [],
      ),
      actions: collected.map((a) => ({ action: a.action, entityId: a.entityId ?? null })),
    },
    relatedIds: [
      written.caseId,
      record.raisedInForumId,
      ...record.steps.map((s) => s.forumId),
      ...written.createdMeetingIds,
    ],
  };
}

/** A written case. */
export interface Written {
  caseId: string;
  checked: Checked;
  createdMeetingIds: string[];
}

/**
 * Records checked cases inside `tx` (the caller's `composing` transaction): re-checks each
 * against the world as the transaction sees it (any problem refuses all), writes them, and
 * marks them historical.
 */
export async function recordInTx(
  tx: Db,
  who: Recorder,
  inputs: readonly { record: HistoryCase; collaborationId: string }[],
  source: HistorySource,
): Promise<Written[]> {
  const checked: Checked[] = [];
  for (const input of inputs) {
    const c = await checkRecord(tx, input.record, input.collaborationId, who.today);
    if (c.checked.problems.length > 0) throw refusal(resultOf(c, null, false).problems);
    checked.push(c);
  }
  const writings = await writeRecords(tx, who, checked);
  const out: Written[] = [];
  for (const w of writings) {
    const [after] = await loadCases(tx, [w.caseId]);
    await tx.insert(historyRecords).values({
      caseId: w.caseId,
      collaborationId: w.c.collaborationId,
      recordedBy: who.actor.userId,
      recordedByName: who.actor.name,
      source,
      throughSeq: after?.case.events.length ?? 0,
      meetingIds: w.createdMeetingIds,
    });
    out.push({ caseId: w.caseId, checked: w.c, createdMeetingIds: w.createdMeetingIds });
  }
  return out;
}

/** Records one case with its history (one transaction, one audit row). */
export async function recordHistoricalCase(
  db: Db,
  who: Recorder,
  record: HistoryCase,
  collaborationId: string,
): Promise<HistoryResult> {
  return mutate(db, who.actor, (tx) =>
    composing(tx, async (inner, collected) => {
      const [done] = (await recordInTx(inner, who, [{ record, collaborationId }], 'form')) as [
        Written,
      ];
      return {
        result: resultOf(done.checked, done.caseId, false),
        audit: recordAudit(done.checked, done, collected, 'form'),
      };
    }),
  );
}

/** How a case was brought in, or null. */
export async function historyRecordOf(db: Db, caseId: string) {
  const [row] = await db.select().from(historyRecords).where(eq(historyRecords.caseId, caseId));
  if (!row) return null;
  return {
    recordedOn: danishDateOf(row.recordedAt),
    recordedByName: row.recordedByName,
    source: row.source,
    throughSeq: row.throughSeq,
  };
}

export { recordAudit };
