/**
 * The demo after the 2027 reform, loaded after the 2022–2026 demo: the reform itself is carried
 * out through the product's own operation (the South Danish collaboration is reorganised into
 * templates/syddanmark-2027.yaml from 1 January 2027, its clusters and SSU ended on 31 December
 * 2026 and their open work carried over to the health councils), the councils get fictional
 * members, and KKR Syddanmark and two of the councils meet around `max(today, 2027-01-01)`
 * (reform-demo.schedule.ts). The cases the reform carried over are decided in the councils; past
 * meetings have minutes, upcoming ones agendas. Everything is fictional.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { addDays, type IsoDate } from '../../shared/dates';
import { currentStep } from '../../domain/cases/index';
import type { Database, Db } from '../db/client';
import { SYSTEM_ACTOR } from '../platform/audit';
import {
  registerAgendasCarryOver,
  addCaseItem,
  addFreeItem,
  publishAgenda,
  recordItemDecision,
  sendMinutesForApproval,
  updateAgendaItem,
} from '../modules/agendas/index';
import {
  caseDeps,
  cases,
  loadCases,
  raiseCase,
  registerCasesCarryOver,
  type CaseDeps,
  type Viewer,
} from '../modules/cases/index';
import {
  createMeeting,
  meetingDatesByForum,
  ORGANISATION_PORT,
  registerMeetingsCarryOver,
  type MeetingsDeps,
} from '../modules/meetings/index';
import {
  findEntityIdByKey,
  orgContext,
  reform,
  staffHealthCouncilsDemo,
} from '../modules/organisation/index';
import type { DemoOptions } from './demo';
import { DEMO_COLLABORATION_KEY } from './meetings-demo.schedule';
import { declareDemoRules, MEMBER_EMAIL, SECRETARIAT_EMAIL, viewerOf } from './meetings-demo';
import { approve, markAllPresent } from './meetings-demo.agendas';
import { DEMO_CASES, type FreeItem } from './meetings-demo.texts';
import {
  COUNCIL_ORDERING_RULES,
  councilAnchor,
  councilSchedule,
  REFORM_DATE,
  SUCCESSOR_COLLABORATION_KEY,
  SUCCESSOR_TEMPLATE,
  type CouncilMeeting,
  type CouncilMeetingKey,
} from './reform-demo.schedule';
import { COUNCIL_ITEMS, COUNCIL_STEP_TEXTS, NEW_COUNCIL_CASE } from './reform-demo.texts';

const TEMPLATE = fileURLToPath(
  new URL(`../../../templates/${SUCCESSOR_TEMPLATE}`, import.meta.url),
);

const MONTH = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What each post-reform meeting has on its agenda: carried-over cases, the new case, free items. */
type CouncilItem =
  | { carried: 'akutteamFyn' | 'akutteamSyd' }
  | { newCase: true }
  | { free: keyof typeof COUNCIL_ITEMS };

const PLAN: Record<CouncilMeetingKey, CouncilItem[]> = {
  kkrA: [{ free: 'agenda' }, { free: 'councilsStarted' }],
  rfA: [{ free: 'agenda' }, { carried: 'akutteamFyn' }, { newCase: true }],
  rsA: [{ free: 'agenda' }, { carried: 'akutteamSyd' }],
  rsB: [{ carried: 'akutteamSyd' }, { free: 'nearHealthPlan' }],
  kkrB: [{ free: 'mandate' }],
  rfB: [
    { free: 'agenda' },
    { carried: 'akutteamFyn' },
    { newCase: true },
    { free: 'nearHealthPlan' },
  ],
};

interface Ctx {
  db: Db;
  today: IsoDate;
  anchor: IsoDate;
  collaborationId: string;
  forum: (key: string) => string;
  meetingsDeps: MeetingsDeps;
  secretariat: Viewer;
  member: Viewer;
  cases: CaseDeps;
  /** Case ids by demo key: the carried-over cases and the council's own case. */
  caseIds: Map<string, string>;
  /** Cases already decided at an earlier council meeting. */
  decided: Set<string>;
}

/** The carried-over demo cases of the 2022–2026 story, found by title. */
async function carriedCases(db: Db): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const key of ['akutteamFyn', 'akutteamSyd'] as const) {
    const [row] = await db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.title, DEMO_CASES[key].title))
      .limit(1);
    if (row) found.set(key, row.id);
  }
  return found;
}

/**
 * The case's current step when it is in `forumId` and not on an agenda yet. A case whose current
 * step stayed with an old forum's meeting before the reform waits for that meeting first.
 */
async function openStep(db: Db, caseId: string, forumId: string): Promise<string | null> {
  const [loaded] = await loadCases(db, [caseId]);
  const step = loaded ? currentStep(loaded.case) : null;
  return step && step.forumId === forumId && step.meetingId === null ? step.id : null;
}

async function addOne(
  ctx: Ctx,
  meeting: { id: string; plan: CouncilMeeting },
  item: CouncilItem,
): Promise<{
  id: string;
  text?: { recommendation?: string; decision?: string };
  caseKey?: string;
} | null> {
  const deps = ctx.cases;
  if ('free' in item) {
    const free = COUNCIL_ITEMS[item.free];
    const id = await addFreeItem(deps, SYSTEM_ACTOR, meeting.id, {
      kind: 'free',
      title: free.title,
      body: free.body,
      type: free.type,
      closed: false,
    });
    const text: FreeItem = free;
    return { id, text };
  }
  const caseKey = 'carried' in item ? item.carried : 'newCase';
  const caseId = ctx.caseIds.get(caseKey);
  if (!caseId || ctx.decided.has(caseKey)) return null;
  const stepId = await openStep(ctx.db, caseId, ctx.forum(meeting.plan.forumKey));
  if (!stepId) return null;
  const wanted = addDays(meeting.plan.date, -14);
  const on = wanted < REFORM_DATE ? REFORM_DATE : wanted > ctx.anchor ? ctx.anchor : wanted;
  const id = await addCaseItem(deps, SYSTEM_ACTOR, ctx.secretariat, meeting.id, {
    caseId,
    stepId,
    on,
  });
  return { id, text: COUNCIL_STEP_TEXTS[caseKey]?.[meeting.plan.forumKey] ?? {}, caseKey };
}

/** A past meeting: attendance, decisions, minutes approved (by the member where they sit). */
async function hold(
  ctx: Ctx,
  meetingId: string,
  added: { id: string; text?: { decision?: string }; caseKey?: string }[],
) {
  await markAllPresent(ctx, meetingId);
  for (const a of added) {
    if (!a.text?.decision) continue;
    await recordItemDecision(
      ctx.cases,
      SYSTEM_ACTOR,
      ctx.secretariat,
      { meetingId, itemId: a.id },
      { text: a.text.decision, final: false },
      { today: ctx.today },
    );
    if (a.caseKey) ctx.decided.add(a.caseKey);
  }
  await sendMinutesForApproval(ctx.cases, SYSTEM_ACTOR, meetingId, { today: ctx.today });
  await approve(ctx, meetingId, true);
}

/** Creates the meetings and runs their agendas, oldest first. */
async function runCouncilMeetings(ctx: Ctx, schedule: readonly CouncilMeeting[]) {
  const deps = ctx.cases;
  for (const plan of schedule) {
    const saved = await createMeeting(ctx.meetingsDeps, SYSTEM_ACTOR, {
      forumId: ctx.forum(plan.forumKey),
      title: `${plan.title}, ${MONTH.format(new Date(`${plan.date}T12:00:00Z`))}`,
      startsAt: `${plan.date}T${plan.start}`,
      endsAt: `${plan.date}T${plan.end}`,
      location: plan.location,
      acknowledgeWarnings: true,
    });
    const meeting = { id: saved.meeting.id, plan };
    const added = [];
    for (const item of PLAN[plan.key]) {
      const made = await addOne(ctx, meeting, item);
      if (made) added.push(made);
    }
    for (const a of added) {
      if (!a.text?.recommendation) continue;
      await updateAgendaItem(
        deps,
        SYSTEM_ACTOR,
        ctx.secretariat,
        { meetingId: meeting.id, itemId: a.id },
        { recommendation: a.text.recommendation },
        {},
      );
    }
    const past = plan.date < ctx.today;
    // The next KKR meeting's agenda is still a draft; the other upcoming agendas are published.
    if (!past && plan.key === 'kkrB') continue;
    await publishAgenda(deps, SYSTEM_ACTOR, meeting.id);
    if (past) await hold(ctx, meeting.id, added);
  }
}

/** The case the councils raise themselves (a local plan), routed Fyn → KKR. */
async function raiseCouncilCase(ctx: Ctx): Promise<void> {
  const raisedOn = ctx.anchor > addDays(REFORM_DATE, 30) ? addDays(ctx.anchor, -60) : REFORM_DATE;
  const id = await raiseCase(
    ctx.cases,
    SYSTEM_ACTOR,
    {
      collaborationId: ctx.collaborationId,
      title: NEW_COUNCIL_CASE.title,
      summary: NEW_COUNCIL_CASE.summary,
      body: NEW_COUNCIL_CASE.body,
      type: NEW_COUNCIL_CASE.type,
      flags: NEW_COUNCIL_CASE.flags,
      confidential: false,
      raisedInForumId: ctx.forum('sundhedsraad-fyn'),
      route: [ctx.forum('sundhedsraad-fyn'), ctx.forum('kkr')],
    },
    { on: raisedOn < REFORM_DATE ? REFORM_DATE : raisedOn },
  );
  ctx.caseIds.set('newCase', id);
}

/**
 * Carries out the reform on the demo and loads the post-reform story; does nothing when the
 * 2022–2026 demo is missing or the successor collaboration exists.
 */
export async function loadReformDemo(database: Database, options: DemoOptions): Promise<void> {
  const { db } = database;
  const sourceId = await findEntityIdByKey(db, 'collaboration', null, DEMO_COLLABORATION_KEY);
  if (sourceId === null) return;
  if (await findEntityIdByKey(db, 'collaboration', null, SUCCESSOR_COLLABORATION_KEY)) return;
  const secretariat = await viewerOf(db, SECRETARIAT_EMAIL);
  const member = await viewerOf(db, MEMBER_EMAIL);
  if (!secretariat || !member) return;
  // The modules' carry-over handlers (app.ts registers them too; registering again replaces them).
  registerMeetingsCarryOver();
  registerCasesCarryOver();
  registerAgendasCarryOver();
  const outcome = await reform(orgContext(db, meetingDatesByForum), SYSTEM_ACTOR, {
    sourceCollaborationIds: [sourceId],
    effectiveDate: REFORM_DATE,
    successorYaml: readFileSync(TEMPLATE, 'utf8'),
    target: 'new',
    mappings: [],
    acknowledgeBreaches: true,
    dryRun: false,
  });
  const collaborationId = outcome.targetCollaboration.id;
  if (collaborationId === null) return;
  await staffHealthCouncilsDemo(db, collaborationId, REFORM_DATE);
  const forumIds = new Map<string, string>();
  const schedule = councilSchedule(councilAnchor(options.today));
  const keys = [...COUNCIL_ORDERING_RULES.flatMap((r) => [r.forumKey, r.dependsOnForumKey])];
  for (const key of [...keys, ...schedule.map((m) => m.forumKey), 'sundhedsraad-fyn']) {
    const id = await findEntityIdByKey(db, 'forum', collaborationId, key);
    if (id === null) throw new Error(`demo: the successor model has no forum ${key}`);
    forumIds.set(key, id);
  }
  const ctx: Ctx = {
    db,
    today: options.today,
    anchor: councilAnchor(options.today),
    collaborationId,
    forum: (key) => {
      const id = forumIds.get(key);
      if (id === undefined) throw new Error(`demo: no forum ${key}`);
      return id;
    },
    meetingsDeps: { db, organisation: ORGANISATION_PORT },
    secretariat,
    member,
    cases: caseDeps(db),
    caseIds: await carriedCases(db),
    decided: new Set(),
  };
  await declareDemoRules(ctx, COUNCIL_ORDERING_RULES);
  await raiseCouncilCase(ctx);
  await runCouncilMeetings(ctx, schedule);
}
