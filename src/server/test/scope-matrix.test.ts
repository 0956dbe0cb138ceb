/* eslint-disable max-lines -- one fixture with an object of every scope kind; split by feature in a later issue */
/**
 * The scope matrix: role × scope × route, generated from the route table (issue 8). For EVERY
 * state-changing API route (collected while the app is built, so a new route cannot be missed):
 * - it declares what it acts on (`config.scope`), or is an admin's or a public route;
 * - a secretariat user scoped to Region Syddanmark gets 403 (the out-of-scope refusal) and no
 *   audit row when the call names objects of the Capital Region's collaboration;
 * - a secretariat user scoped to the Capital Region's collaboration gets past that check.
 * A member may upload to a case only where they sit (or where a scope of theirs covers it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAudit } from '../modules/audit/index';
import {
  addClusterMembership,
  addRule,
  appoint,
  createParty,
  createPerson,
  createSeat,
  orgContext,
  startOfficeHolding,
} from '../modules/organisation/index';
import { SYSTEM_ACTOR } from '../platform/audit';
import { eq } from 'drizzle-orm';
import {
  appointments,
  collaborations,
  decisionActions,
  financingScenarios,
  newsletters,
  questionnaires,
  seats,
} from '../db/schema';
import { OUT_OF_SCOPE } from '../modules/access/index';
import { hasRole, type Role } from '../../shared/roles';
import {
  buildOrganisation,
  createMeeting,
  multipartFile,
  PDF,
  type OrgFixture,
} from './cases-fixtures';
import { planFixture } from './plan-fixture';
import { createConsultation } from '../modules/consultations/index';
import { fundingFixture } from './funding-fixture';
import { apiRoutes, fillPath, type CollectedRoute } from './routes';
import { createTestContext, type Method, type TestClient } from './test-app';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const routes = apiRoutes(ctx.routes);
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const label = (r: CollectedRoute) => `${r.method} ${r.url}`;
const isRole = (a: string): a is Role => ['reader', 'member', 'secretariat', 'admin'].includes(a);

/** Routes that change something on someone's behalf (not the admin's, not public). */
const scoped = routes.filter(
  (r) => MUTATING.has(r.method) && r.access !== 'public' && r.access !== 'admin',
);

/** Objects of the Capital Region's collaboration, one of each kind a route can name. */
interface Capital {
  org: OrgFixture;
  ids: Record<string, string>;
  body: Record<string, unknown>;
  yaml: string;
}

let capital: Capital;
let outsider: TestClient;
let insider: TestClient;
let national: TestClient;

/** The id a path parameter takes, by the route's resource and the parameter's name. */
function paramValue(url: string, name: string, ids: Record<string, string>): string {
  const resource = url.split('/')[2] ?? '';
  const byName: Record<string, string | undefined> = {
    meetingId: ids.meeting,
    participantId: ids.participant,
    itemId: ids.item,
    stepId: ids.step,
    attachmentId: ids.attachment,
    goalId: ids.planGoal,
    initiativeId: ids.planInitiative,
    milestoneId: ids.planMilestone,
    linkId: ids.planLink,
    indicatorId: ids.planIndicator,
    roundId: ids.planRound,
    clusterId: ids.cluster,
    partyId: ids.party,
    poolId: ids.fundingPool,
    applicationId: ids.fundingApplication,
    obligationId: ids.fundingObligation,
    requestId: ids.charterRequest,
    deliveryId: ids.charterDelivery,
  };
  if (byName[name]) return byName[name] as string;
  if (url.startsWith('/api/meetings/closure-days')) return ids.closureDay as string;
  if (url.startsWith('/api/meetings/ordering-rules')) return ids.orderingRule as string;
  const byResource: Record<string, string | undefined> = {
    collaborations: ids.collaboration,
    parties: ids.party,
    clusters: ids.cluster,
    'cluster-memberships': ids.membership,
    fora: ids.forum,
    seats: ids.seat,
    rules: ids.rule,
    persons: ids.person,
    'office-holdings': ids.holding,
    appointments: ids.appointment,
    meetings: ids.meeting,
    agendas: ids.meeting,
    cases: ids.case,
    reorganisations: ids.collaboration,
    plans: ids.plan,
    'plan-rounds': ids.planRound,
    newsletters: ids.newsletter,
    transfers: ids.transfer,
    actions: ids.decisionAction,
    consultations: ids.consultation,
    pilots: ids.pilot,
    financing: ids.financingScenario,
    questionnaires: ids.questionnaire,
  };
  return byResource[resource === 'org' ? (url.split('/')[3] ?? '') : resource] ?? ids.forum!;
}

function request(client: TestClient, route: CollectedRoute) {
  const path = fillPath(route.url, (name) => paramValue(route.url, name, capital.ids));
  if (route.url === '/api/org/files/import') {
    return client.request('POST', `${path}?dryRun=true`, {
      payload: { yaml: capital.yaml },
      auditDelta: 0,
    });
  }
  if (route.url === '/api/history/import') {
    // The collaboration is named in the query (the body is the file).
    return client.request('POST', `${path}?collaborationId=${capital.ids.collaboration}`, {
      payload: capital.body,
    });
  }
  if (route.url === '/api/cases/:id/attachments' || route.url === '/api/pilots/:id/file') {
    const file = multipartFile('bilag.pdf', PDF, 'application/pdf');
    return client.request('POST', path, { payload: file.payload, headers: file.headers });
  }
  return client.request(route.method as Method, path, { payload: capital.body });
}

async function buildCapital(): Promise<Capital> {
  const org = await buildOrganisation(ctx, {
    name: 'Sundhedssamarbejdet i Region Hovedstaden (test)',
    regionName: 'Region Hovedstaden',
  });
  const db = orgContext(ctx.database.db);
  const from = '2025-01-01';
  const party = (
    await createParty(db, SYSTEM_ACTOR, org.collaborationId, {
      name: 'Testhospitalet',
      kind: 'hospital',
      validFrom: from,
      acknowledgeBreaches: true,
    })
  ).result.entityId;
  const membership = (
    await addClusterMembership(db, SYSTEM_ACTOR, {
      clusterId: org.clusters.nord,
      partyId: party,
      validFrom: from,
      acknowledgeBreaches: true,
    })
  ).result.id;
  const holding = (
    await startOfficeHolding(db, SYSTEM_ACTOR, {
      personId: org.members.tss.personId,
      partyId: party,
      office: 'mayor',
      validFrom: from,
      acknowledgeBreaches: true,
    })
  ).result.id;
  const rule = (
    await addRule(db, SYSTEM_ACTOR, org.fora.ssu, {
      spec: { kind: 'everyClusterRepresented' },
      severity: 'warning',
      validFrom: from,
      acknowledgeBreaches: true,
    })
  ).result.id;
  const [placed] = await ctx.database.db
    .select({ seat: seats.entityId, appointment: appointments.id })
    .from(appointments)
    .innerJoin(seats, eq(seats.entityId, appointments.seatId))
    .where(eq(seats.forumId, org.fora.ssu))
    .limit(1);
  const [collab] = await ctx.database.db
    .select({ key: collaborations.key })
    .from(collaborations)
    .where(eq(collaborations.entityId, org.collaborationId));
  const meeting = await createMeeting(
    national,
    org,
    'ssu',
    `${new Date().getFullYear() + 1}-03-10`,
  );
  const detail = (await national.get(`/api/meetings/${meeting}`)).json();
  const item = (
    await national.post(`/api/agendas/${meeting}/items`, { kind: 'free', title: 'Punkt' })
  ).json();
  const raised = await org.members.ssu.client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title: 'Sag i Region Hovedstaden',
    type: 'decision',
    raisedInForumId: org.fora.ssu,
    route: [org.fora.ssu],
  });
  expect(raised.statusCode, raised.body).toBe(201);
  const theCase = raised.json().case;
  const file = multipartFile('bilag.pdf', PDF, 'application/pdf');
  const attachment = await org.members.ssu.client.request(
    'POST',
    `/api/cases/${theCase.id}/attachments`,
    { payload: file.payload, headers: file.headers },
  );
  expect(attachment.statusCode, attachment.body).toBe(201);
  const orderingRule = await national.post('/api/meetings/ordering-rules', {
    collaborationId: org.collaborationId,
    kind: 'after',
    forumId: org.fora.ssu,
    dependsOnForumId: org.fora.tss,
    minDaysBetween: 1,
  });
  expect(orderingRule.statusCode, orderingRule.body).toBe(201);
  const closureDay = await national.post('/api/meetings/closure-days', {
    kind: 'date',
    collaborationId: org.collaborationId,
    name: 'Lukkedag',
    date: `${new Date().getFullYear() + 1}-07-01`,
  });
  expect(closureDay.statusCode, closureDay.body).toBe(201);
  const exported = await national.get(`/api/org/collaborations/${collab?.key}/export`);
  expect(exported.statusCode, exported.body).toBe(200);
  const yaml = exported.body;
  const plan = await planFixture(ctx.database.db, org, party);
  const [newsletter] = await ctx.database.db
    .insert(newsletters)
    .values({
      collaborationId: org.collaborationId,
      title: 'Nyhedsbrev',
      periodFrom: from,
      periodTo: from,
      content: { intro: '', sections: [] },
    })
    .returning({ id: newsletters.id });
  const transfer = await national.post('/api/transfers', {
    collaborationId: org.collaborationId,
    clusterId: org.clusters.nord,
    forumId: org.fora.klyngeNord,
    title: 'Opgaveoverdragelse i Region Hovedstaden',
    kind: 'agreed',
    openedOn: '2025-06-02',
  });
  expect(transfer.statusCode, transfer.body).toBe(201);
  const [decisionAction] = await ctx.database.db
    .insert(decisionActions)
    .values({
      collaborationId: org.collaborationId,
      title: 'Handling',
      meetingId: meeting,
      itemId: item.id ?? item.items?.[0]?.id,
      decidingForumId: org.fora.ssu,
      decidedOn: '2025-03-10',
      ownerPartyId: party,
      dueDate: '2025-04-30',
      statusChangedOn: '2025-03-10',
      statusChangedBy: 'Test',
      followUpForumId: org.fora.tss,
    })
    .returning({ id: decisionActions.id });
  const consultation = await createConsultation(
    ctx.database.db,
    SYSTEM_ACTOR,
    {
      collaborationId: org.collaborationId,
      sender: 'Sundhedsstyrelsen',
      title: 'Høring i Region Hovedstaden',
      externalDeadline: '2027-03-20',
      draftingForumId: org.fora.klyngeNord,
      reviewForumIds: [],
      partyIds: [party],
      isPublic: true,
    },
    '2027-01-05',
  );
  const pilot = await national.post('/api/pilots', {
    collaborationId: org.collaborationId,
    forumId: org.fora.klyngeNord,
    title: 'Pilotprojekt i Region Hovedstaden',
    periodFrom: from,
    participantPartyIds: [party],
  });
  expect(pilot.statusCode, pilot.body).toBe(201);
  const funding = await fundingFixture(ctx.database.db, org, party);
  const [scenario] = await ctx.database.db
    .insert(financingScenarios)
    .values({
      collaborationId: org.collaborationId,
      name: 'Scenarie',
      asOf: from,
      clusters: [],
      key: { kind: 'equal' },
      secretariatKey: { kind: 'equal' },
      model4Mode: 'fundsToHosts',
      result: {
        ok: false,
        total: 0,
        clusters: [],
        models: [],
        problems: [],
        population: { year: 2020, source: '', kind: 'reference' },
      },
    })
    .returning();
  const [questionnaire] = await ctx.database.db
    .insert(questionnaires)
    .values({ collaborationId: org.collaborationId, title: 'Spørgeskema' })
    .returning({ id: questionnaires.id });
  const ids: Record<string, string> = {
    consultation: consultation.id,
    ...plan,
    newsletter: newsletter?.id as string,
    ...funding,
    collaboration: org.collaborationId,
    party,
    cluster: org.clusters.nord,
    membership,
    forum: org.fora.ssu,
    seat: placed?.seat as string,
    rule,
    person: org.members.tss.personId,
    holding,
    appointment: placed?.appointment as string,
    meeting,
    participant: detail.participants?.[0]?.id,
    item: item.id ?? item.items?.[0]?.id,
    case: theCase.id,
    step: theCase.steps[0].id,
    attachment: attachment.json().id,
    orderingRule: orderingRule.json().id,
    closureDay: closureDay.json().id,
    transfer: transfer.json().id,
    decisionAction: decisionAction!.id,
    pilot: pilot.json().id,
    financingScenario: scenario?.id as string,
    questionnaire: questionnaire?.id as string,
  };
  const body = {
    collaborationId: org.collaborationId,
    sourceCollaborationIds: [org.collaborationId],
    regionName: 'Region Hovedstaden',
    forumId: org.fora.ssu,
    raisedInForumId: org.fora.ssu,
    route: [org.fora.ssu],
    clusterId: org.clusters.nord,
    partyId: party,
    seatId: placed?.seat,
    personId: org.members.tss.personId,
    meetingId: meeting,
    forumsByRole: { ssu: [org.fora.ssu] },
    ownerForumId: org.fora.ssu,
    requestingForumId: org.fora.ssu,
    initiativeId: plan.planInitiative,
    goalId: plan.planGoal,
  };
  return { org, ids, body, yaml };
}

beforeAll(async () => {
  national = await ctx.loginAs('secretariat', 'National sekretær');
  capital = await buildCapital();
  const south = await buildOrganisation(ctx, {
    name: 'Sundhedssamarbejdet i Region Syddanmark (test)',
    regionName: 'Region Syddanmark',
  });
  expect(south.collaborationId).not.toBe(capital.org.collaborationId);
  outsider = await ctx.loginAs('secretariat', 'Sekretær i Syddanmark', {
    scopes: [{ kind: 'region', target: 'Region Syddanmark' }],
  });
  insider = await ctx.loginAs('secretariat', 'Sekretær i Hovedstaden', {
    scopes: [{ kind: 'region', target: 'Region Hovedstaden' }],
  });
}, 300_000);

describe('every state-changing route', () => {
  it('has found the objects it needs', () => {
    const missing = Object.entries(capital.ids).filter(([, v]) => !v);
    expect(missing).toEqual([]);
  });

  it('declares what it acts on (config.scope), so the scope hook can check it', () => {
    const undeclared = scoped.filter((r) => r.scope === undefined).map(label);
    expect(undeclared, 'add config.scope (see src/server/platform/scope.ts)').toEqual([]);
  });
});

/**
 * Routes a role gets through the route's own role check (reader-level ones decide by seat).
 * Creating a person is not for any collaboration (persons are national; one with no office or
 * seat yet may be created and corrected by any scoped secretariat).
 */
const NOT_OF_A_COLLABORATION = ['POST /api/org/persons'];
const roleGated = scoped.filter(
  (r) =>
    r.scope !== 'own' &&
    isRole(r.access) &&
    hasRole(r.access, 'member') &&
    !NOT_OF_A_COLLABORATION.includes(label(r)),
);

describe('a secretariat user scoped to Region Syddanmark, on the Capital Region', () => {
  for (const route of roleGated) {
    it(`${label(route)} → 403`, async () => {
      const before = await countAudit(ctx.database.db);
      const res = await request(outsider, route);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', detail: OUT_OF_SCOPE.da });
      expect(await countAudit(ctx.database.db)).toBe(before);
    });
  }
  const seatDecided = scoped.filter(
    (r) =>
      r.scope !== 'own' && !roleGated.includes(r) && !NOT_OF_A_COLLABORATION.includes(label(r)),
  );
  for (const route of seatDecided) {
    it(`${label(route)} (decided by seat) changes nothing`, async () => {
      const before = await countAudit(ctx.database.db);
      const res = await request(outsider, route);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(await countAudit(ctx.database.db)).toBe(before);
    });
  }
});

describe('a secretariat user scoped to the Capital Region', () => {
  for (const route of roleGated) {
    it(`${label(route)} passes the scope check`, async () => {
      const res = await request(insider, route);
      expect(res.statusCode).toBeLessThan(500);
      if (res.statusCode === 403) expect(res.json().detail, res.body).not.toBe(OUT_OF_SCOPE.da);
    });
  }
});

/** A member account with no scope, seated in a forum of the Capital Region. */
async function seatedMember(forumId: string): Promise<TestClient> {
  const client = await ctx.loginAs('member', 'Medlem med plads', { scopes: [] });
  const db = orgContext(ctx.database.db);
  const person = await createPerson(db, SYSTEM_ACTOR, {
    name: 'Medlem med plads',
    userId: client.userId,
    fictional: true,
  });
  const seat = await createSeat(db, SYSTEM_ACTOR, forumId, {
    label: 'Plads',
    role: 'member',
    validFrom: '2025-01-01',
  });
  await appoint(db, SYSTEM_ACTOR, {
    seatId: seat.result.entityId,
    personId: person.id,
    validFrom: '2025-01-01',
  });
  return client;
}

describe('a member without scopes', () => {
  const upload = (client: TestClient) => {
    const file = multipartFile('bilag.pdf', PDF, 'application/pdf');
    return client.request('POST', `/api/cases/${capital.ids.case}/attachments`, {
      payload: file.payload,
      headers: file.headers,
    });
  };

  it('gets 403 uploading to a case outside their fora, and may upload where they sit', async () => {
    const stranger = await seatedMember(capital.org.fora.tss);
    const refused = await upload(stranger);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().detail).toBe(OUT_OF_SCOPE.da);
    const seated = await seatedMember(capital.org.fora.ssu);
    expect((await upload(seated)).statusCode).toBe(201);
  });

  it('raises a case in their own forum, not in another', async () => {
    const member = await seatedMember(capital.org.fora.tss);
    const raise = (forumId: string) =>
      member.post('/api/cases', {
        collaborationId: capital.org.collaborationId,
        title: 'Sag fra et medlem',
        type: 'information',
        raisedInForumId: forumId,
        route: [capital.org.fora.ssu],
      });
    expect((await raise(capital.org.fora.ssu)).statusCode).toBe(403);
    const own = await raise(capital.org.fora.tss);
    expect(own.statusCode, own.body).toBe(201);
  });
});
