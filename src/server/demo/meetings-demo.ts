/**
 * Demo data for meetings, cases and agendas in the South Danish demo collaboration, loaded after
 * the organisation demo through the modules' use cases (each change one `mutate` with its audit
 * row): the ordering rules between the fora, a secretary seat in the SSU held by the demo
 * secretariat's person, meetings before and after today, cases travelling between the fora, and
 * agendas and minutes in every state (a closed item in the SSU included). Everything is relative
 * to today (see meetings-demo.schedule.ts) and fictional.
 */
import { count, eq } from 'drizzle-orm';
import { addDays, todayInDenmark, type IsoDate } from '../../shared/dates';
import type { Database, Db } from '../db/client';
import { SYSTEM_ACTOR } from '../platform/audit';
import { findUserByEmail } from '../modules/auth/index';
import { caseDeps, type CaseDeps, type Viewer } from '../modules/cases/index';
import {
  createOrderingRule,
  meetings,
  ORGANISATION_PORT,
  type MeetingsDeps,
} from '../modules/meetings/index';
import {
  appoint,
  createPerson,
  createSeat,
  findEntityIdByKey,
  orgContext,
} from '../modules/organisation/index';
import { runDemoAgendas } from './meetings-demo.agendas';
import {
  DEMO_COLLABORATION_KEY,
  DEMO_ORDERING_RULES,
  demoAnchor,
  demoSchedule,
  type DemoMeeting,
  type DemoOrderingRule,
} from './meetings-demo.schedule';

/** The demo secretariat's and member's accounts (see demo.ts). */
export const SECRETARIAT_EMAIL = 'sekretariat@demo.samspil.dk';
export const MEMBER_EMAIL = 'medlem@demo.samspil.dk';

/** What the demo steps share. */
export interface DemoContext {
  db: Db;
  /** The day the demo is planned around (today, within the template's lifetime). */
  anchor: IsoDate;
  /** The day the demo is made for: meetings before it have been held. */
  today: IsoDate;
  collaborationId: string;
  /** The entityId of a template forum by key. */
  forum: (key: string) => string;
  meetingsDeps: MeetingsDeps;
  cases: CaseDeps;
  /** The demo secretariat (sekretariat@), holding the SSU's secretary seat. */
  secretariat: Viewer;
  /** The demo member (medlem@), Odense's mayor: vice-chair of the SSU. */
  member: Viewer;
  schedule: readonly DemoMeeting[];
}

/** The secretariat takes over the SSU's secretary seat this many days before the anchor. */
const HANDOVER_DAYS = 21;

/** The demo account of `email` as a viewer, or null when it is missing. */
export async function viewerOf(db: Db, email: string): Promise<Viewer | null> {
  const user = await findUserByEmail(db, email);
  return user ? { userId: user.id, name: user.name, role: user.role } : null;
}

/** The shared context, or null when the organisation demo is missing or meetings exist. */
async function demoContext(db: Db, today: IsoDate): Promise<DemoContext | null> {
  const collaborationId = await findEntityIdByKey(
    db,
    'collaboration',
    null,
    DEMO_COLLABORATION_KEY,
  );
  if (collaborationId === null) return null;
  const [existing] = await db
    .select({ n: count() })
    .from(meetings)
    .where(eq(meetings.collaborationId, collaborationId));
  if (Number(existing?.n ?? 0) > 0) return null;
  const secretariat = await viewerOf(db, SECRETARIAT_EMAIL);
  const member = await viewerOf(db, MEMBER_EMAIL);
  if (!secretariat || !member) return null;
  const forumIds = new Map<string, string>();
  const forum = (key: string): string => {
    const id = forumIds.get(key);
    if (id === undefined) throw new Error(`demo: no forum ${key}`);
    return id;
  };
  const keys = new Set(DEMO_ORDERING_RULES.flatMap((r) => [r.forumKey, r.dependsOnForumKey]));
  const anchor = demoAnchor(today);
  const schedule = demoSchedule(anchor);
  for (const key of [...keys, ...schedule.map((m) => m.forumKey)]) {
    const id = await findEntityIdByKey(db, 'forum', collaborationId, key);
    if (id === null) return null;
    forumIds.set(key, id);
  }
  return {
    db,
    anchor,
    today,
    collaborationId,
    forum,
    meetingsDeps: { db, organisation: ORGANISATION_PORT },
    cases: caseDeps(db),
    secretariat,
    member,
    schedule,
  };
}

/** The ordering rules between the fora (SSU after KKR, pre-meetings, preparation). */
async function declareOrderingRules(ctx: DemoContext): Promise<void> {
  await declareDemoRules(ctx, DEMO_ORDERING_RULES);
}

/** Declares ordering rules between the fora of `ctx.collaborationId`, by forum key. */
export async function declareDemoRules(
  ctx: Pick<DemoContext, 'meetingsDeps' | 'collaborationId' | 'forum'>,
  rules: readonly DemoOrderingRule[],
): Promise<void> {
  for (const rule of rules) {
    await createOrderingRule(ctx.meetingsDeps, SYSTEM_ACTOR, {
      collaborationId: ctx.collaborationId,
      kind: rule.kind,
      forumId: ctx.forum(rule.forumKey),
      dependsOnForumId: ctx.forum(rule.dependsOnForumKey),
      minDaysBetween: rule.minDaysBetween,
      maxDaysBetween: rule.maxDaysBetween,
      note: rule.note,
    });
  }
}

/**
 * A secretary seat in the SSU (the template has none: seed 002 does not describe the SSU's
 * secretariat), held by a fictional secretary until the demo secretariat's person takes over
 * three weeks before today. Closed SSU items are for the forum's members on the meeting day, so
 * the secretariat sees the closed items of meetings since the handover, not those before it.
 */
async function seatSecretaries(ctx: DemoContext): Promise<void> {
  const org = orgContext(ctx.db);
  const ssu = ctx.forum('ssu');
  const start = '2022-07-01';
  const seat = await createSeat(org, SYSTEM_ACTOR, ssu, {
    key: 'secretary',
    role: 'secretary',
    label: 'Sekretær for udvalget (demo)',
    validFrom: start,
    acknowledgeBreaches: true,
  });
  const before = await createPerson(org, SYSTEM_ACTOR, {
    name: 'Karen Referent (demo)',
    fictional: true,
  });
  const secretary = await createPerson(org, SYSTEM_ACTOR, {
    name: ctx.secretariat.name,
    email: SECRETARIAT_EMAIL,
    userId: ctx.secretariat.userId,
    fictional: true,
  });
  const seatId = seat.result.entityId;
  await appoint(org, SYSTEM_ACTOR, {
    seatId,
    personId: before.id,
    validFrom: start,
    acknowledgeBreaches: true,
  });
  await appoint(org, SYSTEM_ACTOR, {
    seatId,
    personId: secretary.id,
    validFrom: addDays(ctx.anchor, -HANDOVER_DAYS),
    acknowledgeBreaches: true,
  });
}

/**
 * Loads the meetings, cases and agendas demo (after the users and the organisation demo);
 * does nothing when the demo collaboration is missing or already has meetings. `today` is for
 * tests.
 */
export async function loadMeetingsDemo(
  database: Database,
  options: { today?: IsoDate } = {},
): Promise<void> {
  const ctx = await demoContext(database.db, options.today ?? todayInDenmark());
  if (ctx === null) return;
  await declareOrderingRules(ctx);
  await seatSecretaries(ctx);
  await runDemoAgendas(ctx);
}
