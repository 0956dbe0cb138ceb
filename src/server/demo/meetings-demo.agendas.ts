/**
 * The demo's meetings, cases and agendas through the modules' use cases: each meeting of the
 * schedule is created, the cases are raised, and every agenda is built and taken as far as
 * meetings-demo.plan.ts says (past meetings: published, attendance, decisions, minutes approved
 * or sent for approval; upcoming ones: published, in review, or a draft). Changes of the past
 * are dated on the days they happened, so each case's trail reads in order.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import { SYSTEM_ACTOR } from '../platform/audit';
import {
  addCaseItem,
  addFreeItem,
  approveMinutes,
  closeMinutesApproval,
  commentOnAgenda,
  eligibleApprovers,
  publishAgenda,
  recordAgendaAttendance,
  recordItemDecision,
  sendForReview,
  sendMinutesForApproval,
  updateAgendaItem,
} from '../modules/agendas/index';
import { loadCases, meetingsLookup, raiseCase } from '../modules/cases/index';
import { createMeeting } from '../modules/meetings/index';
import type { DemoContext } from './meetings-demo';
import {
  AGENDAS,
  agendaEndOn,
  freeItemOf,
  raisedOn,
  textsOf,
  type DemoItem,
} from './meetings-demo.plan';
import type { DemoMeeting, DemoMeetingKey } from './meetings-demo.schedule';
import {
  DEMO_CASES,
  FOLLOWED_RECOMMENDATION,
  ITEMS,
  REVIEW_COMMENT,
  type DemoCaseKey,
  type FreeItem,
} from './meetings-demo.texts';

/** A raised case and the day of its latest change. */
interface CaseTrail {
  id: string;
  lastOn: IsoDate;
}

/** The context and the raised cases. */
interface Run {
  ctx: DemoContext;
  trails: Map<DemoCaseKey, CaseTrail>;
}

/** A created meeting and its plan. */
interface AtMeeting {
  id: string;
  plan: DemoMeeting;
}

/** An item added to an agenda. */
interface Added {
  item: DemoItem;
  id: string;
}

const MONTH = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function trailOf(run: Run, key: DemoCaseKey): CaseTrail {
  const trail = run.trails.get(key);
  if (trail === undefined) throw new Error(`demo: case ${key} was not raised`);
  return trail;
}

async function createMeetings(ctx: DemoContext): Promise<Map<DemoMeetingKey, string>> {
  const ids = new Map<DemoMeetingKey, string>();
  for (const m of ctx.schedule) {
    const saved = await createMeeting(ctx.meetingsDeps, SYSTEM_ACTOR, {
      forumId: ctx.forum(m.forumKey),
      title: `${m.title}, ${MONTH.format(new Date(`${m.date}T12:00:00Z`))}`,
      startsAt: `${m.date}T${m.start}`,
      endsAt: `${m.date}T${m.end}`,
      location: m.location,
      // The schedule keeps the rules (tested); a closure day added later must not stop a start.
      acknowledgeWarnings: true,
    });
    ids.set(m.key, saved.meeting.id);
  }
  return ids;
}

async function raiseCases(ctx: DemoContext): Promise<Map<DemoCaseKey, CaseTrail>> {
  const days = raisedOn(ctx.schedule, ctx.anchor);
  const trails = new Map<DemoCaseKey, CaseTrail>();
  for (const key of Object.keys(DEMO_CASES) as DemoCaseKey[]) {
    const demo = DEMO_CASES[key];
    const input = {
      collaborationId: ctx.collaborationId,
      title: demo.title,
      summary: demo.summary,
      body: demo.body,
      type: demo.type,
      flags: demo.flags,
      confidential: false,
      raisedInForumId: ctx.forum(demo.raisedIn),
      route: demo.route.map((k) => ctx.forum(k)),
    };
    const id = await raiseCase(ctx.cases, SYSTEM_ACTOR, input, { on: days[key] });
    trails.set(key, { id, lastOn: days[key] });
  }
  return trails;
}

/** The pending step of a case in a forum. */
async function stepIn(ctx: DemoContext, caseId: string, forumId: string): Promise<string> {
  const [loaded] = await loadCases(ctx.db, [caseId]);
  const step = loaded?.case.steps.find(
    (s) => s.forumId === forumId && ['planned', 'onAgenda', 'recommended'].includes(s.status),
  );
  if (!step) throw new Error(`demo: case ${caseId} has no pending step in ${forumId}`);
  return step.id;
}

/** A case goes on an agenda two weeks before the meeting (not before its last change). */
function placedOn(ctx: DemoContext, trail: CaseTrail, meetingDate: IsoDate): IsoDate {
  const wanted = addDays(meetingDate, -14);
  const on = wanted > trail.lastOn ? wanted : trail.lastOn;
  return on > ctx.anchor ? ctx.anchor : on;
}

/** A free item as the last item of the agenda. */
function addFree(ctx: DemoContext, meetingId: string, free: FreeItem): Promise<string> {
  return addFreeItem(ctx.cases, SYSTEM_ACTOR, meetingId, {
    kind: 'free',
    title: free.title,
    body: free.body,
    type: free.type,
    closed: free.closed !== undefined,
    ...(free.closed ? { closedReason: free.closed.reason } : {}),
  });
}

/** One item on the agenda; for a case item the step is placed on the meeting. */
async function addItem(run: Run, meeting: AtMeeting, item: DemoItem): Promise<string> {
  const { ctx } = run;
  if ('free' in item) return addFree(ctx, meeting.id, ITEMS[item.free]);
  const trail = trailOf(run, item.case);
  const on = placedOn(ctx, trail, meeting.plan.date);
  const stepId = await stepIn(ctx, trail.id, ctx.forum(meeting.plan.forumKey));
  const itemId = await addCaseItem(ctx.cases, SYSTEM_ACTOR, ctx.secretariat, meeting.id, {
    caseId: trail.id,
    stepId,
    on,
  });
  trail.lastOn = on;
  return itemId;
}

/** The recommendations (indstillinger), dated when the case was put on the agenda. */
async function recommend(run: Run, meeting: AtMeeting, added: readonly Added[]): Promise<void> {
  for (const { item, id } of added) {
    const text = textsOf(item, meeting.plan.forumKey).recommendation;
    if (text === undefined) continue;
    const on = 'case' in item ? trailOf(run, item.case).lastOn : undefined;
    const ids = { meetingId: meeting.id, itemId: id };
    const patch = { recommendation: text };
    await updateAgendaItem(run.ctx.cases, SYSTEM_ACTOR, run.ctx.secretariat, ids, patch, {
      ...(on ? { on } : {}),
    });
  }
}

/**
 * The decision of a decision item the plan gives no text for (a meeting the plan still had ahead,
 * held by the day the demo is made for): the recommendation was followed.
 */
function fallbackDecision(item: DemoItem): string | undefined {
  const type = 'case' in item ? DEMO_CASES[item.case].type : ITEMS[item.free].type;
  return type === 'decision' ? FOLLOWED_RECOMMENDATION : undefined;
}

/** Attendance (everyone present), the decisions, and the minutes sent for approval. */
async function holdMeeting(run: Run, meeting: AtMeeting, added: readonly Added[]): Promise<void> {
  const { ctx } = run;
  await markAllPresent(ctx, meeting.id);
  for (const { item, id } of added) {
    const text = textsOf(item, meeting.plan.forumKey).decision ?? fallbackDecision(item);
    if (text === undefined) continue;
    const ids = { meetingId: meeting.id, itemId: id };
    await recordItemDecision(
      ctx.cases,
      SYSTEM_ACTOR,
      ctx.secretariat,
      ids,
      { text, final: false },
      { today: ctx.today },
    );
    if ('case' in item) trailOf(run, item.case).lastOn = meeting.plan.date;
  }
  // Writing the minutes of the held meeting marks it held (src/domain/agendas/meeting-held.ts).
  await sendMinutesForApproval(ctx.cases, SYSTEM_ACTOR, meeting.id, { today: ctx.today });
}

/** Everyone invited to the meeting attended. */
export async function markAllPresent(
  ctx: Pick<DemoContext, 'db' | 'cases'>,
  meetingId: string,
): Promise<void> {
  const participants = await meetingsLookup.participants(ctx.db, meetingId);
  const entries = participants.map((p) => ({
    participantId: p.id,
    attendance: 'present' as const,
  }));
  if (entries.length > 0) {
    await recordAgendaAttendance(ctx.cases, SYSTEM_ACTOR, meetingId, entries);
  }
}

/**
 * The minutes approved by the members (only the demo member has an account, and approves), or
 * the approval closed by the secretariat.
 */
export async function approve(
  ctx: Pick<DemoContext, 'db' | 'cases' | 'member' | 'secretariat'>,
  meetingId: string,
  byMembers: boolean,
): Promise<void> {
  const [meeting] = await meetingsLookup.meetings(ctx.db, [meetingId]);
  const eligible = meeting ? await eligibleApprovers(ctx.cases, meeting) : [];
  const member = eligible.some((p) => p.userId === ctx.member.userId);
  if (byMembers && member) await approveMinutes(ctx.cases, SYSTEM_ACTOR, ctx.member, meetingId);
  if (!byMembers || !member || eligible.length > 1) {
    await closeMinutesApproval(ctx.cases, SYSTEM_ACTOR, ctx.secretariat, meetingId);
  }
}

/** The draft goes to the SSU's vice-chair (the demo member), who comments on the closed item. */
async function review(ctx: DemoContext, meeting: AtMeeting, added: readonly Added[]) {
  await sendForReview(ctx.cases, SYSTEM_ACTOR, meeting.id, [ctx.member.userId]);
  const closed = added.find((a) => freeItemOf(a.item)?.closed !== undefined);
  await commentOnAgenda(ctx.cases, SYSTEM_ACTOR, ctx.member, meeting.id, {
    text: REVIEW_COMMENT,
    ...(closed ? { itemId: closed.id } : {}),
  });
}

/** Takes the agenda and minutes as far as the plan says. */
async function finish(run: Run, meeting: AtMeeting, added: readonly Added[]): Promise<void> {
  const { ctx } = run;
  const end = agendaEndOn(AGENDAS[meeting.plan.key].end, meeting.plan.date, ctx.today);
  if (end === 'draft') return;
  if (end === 'inReview') return review(ctx, meeting, added);
  await publishAgenda(ctx.cases, SYSTEM_ACTOR, meeting.id);
  if (end === 'published') return;
  await holdMeeting(run, meeting, added);
  if (end === 'sentForApproval') return;
  await approve(ctx, meeting.id, end === 'approvedByMembers');
}

/** Creates the meetings and cases and runs every agenda, oldest meeting first. */
export async function runDemoAgendas(ctx: DemoContext): Promise<void> {
  const ids = await createMeetings(ctx);
  const run: Run = { ctx, trails: await raiseCases(ctx) };
  for (const plan of ctx.schedule) {
    const meeting = { id: ids.get(plan.key) as string, plan };
    const added: Added[] = [];
    for (const item of AGENDAS[plan.key].items) {
      added.push({ item, id: await addItem(run, meeting, item) });
    }
    await recommend(run, meeting, added);
    await finish(run, meeting, added);
  }
}
