/**
 * THE ACCEPTANCE of issue 12 point 4 on the South Danish template (templates/south-denmark-2022.yaml
 * without its assumed end, fixed dates): a task transfer decided in one cluster puts an
 * orientation item on the SSU's next meeting's draft agenda exactly once (decision repeated,
 * retried, a second different decision refused), and its knowledge entry names the cluster so the
 * other clusters find it. A pending orientation (no SSU meeting yet) is placed by a retry once a
 * meeting exists, or by the placing job. After the reform (1 January 2027) the item goes to the health council's next
 * meeting. Refusals are in Danish.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeList } from '../../../shared/knowledge.contract';
import type { TransferDetail } from '../../../shared/transfers.contract';
import { agendaItems } from '../agendas/index';
import { auditLog } from '../audit/index';
import { caseDeps } from '../cases/index';
import { placePendingOrientations } from './index';
import { meetings } from '../meetings/index';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import { findEntityIdByKey, importOrgFile, parties } from '../organisation/index';
import { forumId, SOUTH, southSuccessor } from '../organisation/test/reform-fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

let secretariat: TestClient;
let south: string;
let ssu: string;

const dim = (text: string, amountOre: number | null = null, rating: number | null = null) => ({
  text,
  amountOre,
  rating,
});
const FULL = {
  resources: dim('To sygeplejersker pr. kommune i opstartsåret', null, 3),
  competences: dim('Oplæring i IV-behandling af sygehusets akutteam', null, 4),
  quality: dim('Fælles instruks og audit efter seks måneder', null, 4),
  economy: dim('Engangsudgift til oplæring og løbende driftsudgift', 125_000_050, 2),
};

async function clusterOf(key: string): Promise<string> {
  return (await findEntityIdByKey(db, 'cluster', south, key)) as string;
}

async function partyIds(codes: string[]): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: parties.entityId })
    .from(parties)
    .where(and(eq(parties.collaborationId, south), inArray(parties.code, codes)));
  return rows.map((r) => r.id);
}

async function meeting(forum: string, date: string): Promise<string> {
  const res = await secretariat.post('/api/meetings', {
    forumId: forum,
    collaborationId: south,
    title: `Møde ${date}`,
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
    acknowledgeWarnings: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id?: string; meeting?: { id: string } };
  return (body.meeting?.id ?? body.id) as string;
}

async function open(input: Record<string, unknown>): Promise<TransferDetail> {
  const res = await secretariat.post('/api/transfers', { collaborationId: south, ...input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TransferDetail;
}

/** Orientation items of a transfer on any agenda (its link names the transfer). */
async function itemsOf(transferId: string) {
  return db
    .select({ id: agendaItems.id, meetingId: agendaItems.meetingId, forumId: meetings.forumId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(sql`${agendaItems.body} like ${`%/transfers/${transferId}%`}`);
}

async function knowledgeOf(transferId: string) {
  const res = await db.execute(
    sql`select cluster_id, outcome, kind, "on", title from knowledge_entries where kind = 'taskTransfer' and source_id = ${transferId}`,
  );
  return (res as unknown as { rows: Record<string, string>[] }).rows;
}

beforeAll(async () => {
  await importOrgFile(db, SYSTEM_ACTOR, SOUTH, { dryRun: false });
  south = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) as string;
  ssu = await forumId(db, south, 'ssu');
  secretariat = await ctx.loginAs('secretariat', 'Sekretariatet i Syddanmark');
}, 120_000);

describe('a task transfer decided in the Sønderjylland cluster', () => {
  let transfer: TransferDetail;
  let sonderjylland: string;
  let next: string;

  it('opens under assessment with a knowledge entry for the cluster', async () => {
    sonderjylland = await clusterOf('sonderjylland');
    transfer = await open({
      clusterId: sonderjylland,
      forumId: await forumId(db, south, 'politisk-sonderjylland'),
      title: 'IV-behandling i eget hjem',
      description: 'Kommunerne overtager opstart af IV-behandling efter udskrivelse.',
      theme: 'Akutområdet',
      kind: 'agreed',
      transferringPartyIds: await partyIds([]).then(async () => [
        (await findEntityIdByKey(db, 'party', south, 'sygehus-sonderjylland')) as string,
      ]),
      receivingPartyIds: await partyIds(['510', '540', '550', '580']),
      openedOn: '2026-02-02',
    });
    expect(transfer).toMatchObject({ status: 'underAssessment', precedent: false });
    expect(transfer.receivingParties).toHaveLength(4);
    expect(transfer.missingDimensions).toEqual(['resources', 'competences', 'quality', 'economy']);
    expect(await knowledgeOf(transfer.id)).toEqual([
      expect.objectContaining({ cluster_id: sonderjylland, outcome: 'underAssessment' }),
    ]);
  });

  it('refuses, in Danish, a decision on an incomplete assessment and a precedent without reason', async () => {
    const incomplete = await secretariat.post(`/api/transfers/${transfer.id}/decision`, {
      decidedOn: '2026-03-10',
    });
    expect(incomplete.statusCode, incomplete.body).toBe(422);
    expect(incomplete.json().detail).toContain(
      'ressourcer, kompetencer, kvalitet og økonomi mangler en tekst',
    );
    const noReason = await secretariat.patch(`/api/transfers/${transfer.id}`, { precedent: true });
    expect(noReason.statusCode, noReason.body).toBe(422);
    expect(noReason.json().detail).toBe(
      'Skriv en begrundelse for, at opgaveoverdragelsen skaber præcedens for andre klynger.',
    );
    const before = await secretariat.post(`/api/transfers/${transfer.id}/decision`, {
      decidedOn: '2026-01-10',
    });
    expect(before.statusCode).toBe(422);
  });

  it('saves the assessment (exact øre) and the precedent with its reason', async () => {
    const res = await secretariat.patch(`/api/transfers/${transfer.id}`, {
      assessment: FULL,
      precedent: true,
      precedentReason: 'Første overdragelse af IV-behandling til kommunerne i regionen',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as TransferDetail;
    expect(detail.assessment.economy.amountOre).toBe(125_000_050);
    expect(detail.missingDimensions).toEqual([]);
  });

  it("puts one orientation item on the SSU's next draft agenda, exactly once", async () => {
    await meeting(ssu, '2026-03-05'); // before the decision: not the next one
    next = await meeting(ssu, '2026-04-14');
    await meeting(ssu, '2026-06-10');
    const decide = () =>
      secretariat.post(`/api/transfers/${transfer.id}/decision`, {
        kind: 'agreed',
        decidedOn: '2026-03-10',
      });
    const first = await decide();
    expect(first.statusCode, first.body).toBe(200);
    const decided = first.json() as TransferDetail;
    expect(decided.status).toBe('decided');
    expect(decided.orientation).toMatchObject({
      status: 'placed',
      committee: { id: ssu, name: 'Sundhedssamarbejdsudvalget' },
      meeting: { id: next, date: '2026-04-14' },
    });
    // A retry of the same decision: accepted, nothing added.
    const again = await decide();
    expect(again.statusCode, again.body).toBe(200);
    // A second, different decision: refused.
    const other = await secretariat.post(`/api/transfers/${transfer.id}/decision`, {
      kind: 'planned',
      decidedOn: '2026-03-11',
    });
    expect(other.statusCode, other.body).toBe(409);
    expect(other.json().detail).toContain('allerede besluttet');
    const items = await itemsOf(transfer.id);
    expect(items).toEqual([
      { id: decided.orientation?.agendaItemId, meetingId: next, forumId: ssu },
    ]);

    const agenda = await secretariat.get(`/api/agendas/${next}`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    const item = (
      agenda.json().items as { id: string; title: string; type: string; body: string }[]
    ).find((i) => i.id === items[0]?.id);
    expect(item).toMatchObject({
      type: 'information',
      title:
        'Orientering (skaber præcedens): Aftalt opgaveoverdragelse – IV-behandling i eget hjem',
    });
    expect(item?.body).toContain('Sundhedsklynge Sønderjylland har den 10. marts 2026');
    expect(item?.body).toContain('1.250.000,50 kr.');
    expect(item?.body).toContain('Kompetencer: Oplæring i IV-behandling');
    expect(item?.body).toContain('4 – God');
  });

  it('leaves the knowledge entry agreed, with the cluster, for the other clusters to find', async () => {
    expect(await knowledgeOf(transfer.id)).toEqual([
      expect.objectContaining({
        cluster_id: sonderjylland,
        outcome: 'agreed',
        on: '2026-03-10',
        title: 'IV-behandling i eget hjem',
      }),
    ]);
    const found = await db.execute(
      sql`select source_id from knowledge_entries where search_vector @@ plainto_tsquery('danish', 'IV-behandlingen') and cluster_id <> ${await clusterOf('fyn')}`,
    );
    expect((found as unknown as { rows: { source_id: string }[] }).rows).toContainEqual({
      source_id: transfer.id,
    });
    // A reader from another cluster finds it in the knowledge bank, linked to the transfer.
    const reader = await ctx.loginAs('reader', 'Læser i Klynge Fyn');
    const bank = await reader.get('/api/knowledge?q=IV-behandlingen&kind=taskTransfer');
    expect(bank.statusCode, bank.body).toBe(200);
    expect((bank.json() as KnowledgeList).items).toContainEqual(
      expect.objectContaining({
        kind: 'taskTransfer',
        sourceId: transfer.id,
        outcome: 'agreed',
        href: `/transfers/${transfer.id}`,
      }),
    );
  });

  it('lists it with its precedent flag and compares it with another transfer', async () => {
    const list = await secretariat.get(`/api/transfers?collaborationId=${south}&precedent=true`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: transfer.id, precedent: true }] });
    const other = await open({
      clusterId: await clusterOf('fyn'),
      forumId: await forumId(db, south, 'politisk-fyn'),
      title: 'Sårbehandling i kommunale sygeplejeklinikker',
      kind: 'planned',
      openedOn: '2026-02-10',
    });
    const cmp = await secretariat.get(`/api/transfers/compare?ids=${transfer.id},${other.id}`);
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json().items.map((i: TransferDetail) => i.cluster.name)).toEqual([
      'Sundhedsklynge Sønderjylland',
      'Sundhedsklynge Fyn (officielt navn ikke verificeret)',
    ]);
    expect((await secretariat.get(`/api/transfers/compare?ids=${transfer.id}`)).statusCode).toBe(
      400,
    );
    const byCluster = await secretariat.get(
      `/api/transfers?clusterId=${await clusterOf('fyn')}&status=underAssessment&kind=planned&limit=1`,
    );
    expect(byCluster.json()).toMatchObject({ total: 1, items: [{ id: other.id }] });
  });
});

describe('a decision with no SSU meeting ahead yet', () => {
  it('records the orientation as pending and places it on a retry once a meeting exists', async () => {
    const t = await open({
      clusterId: await clusterOf('lillebaelt'),
      forumId: await forumId(db, south, 'politisk-lillebaelt'),
      title: 'Hjemmedialyse med kommunal støtte',
      kind: 'planned',
      assessment: FULL,
      openedOn: '2026-05-01',
    });
    const decide = () =>
      secretariat.post(`/api/transfers/${t.id}/decision`, { decidedOn: '2026-07-01' });
    const first = await decide();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().orientation).toMatchObject({ status: 'pending', meeting: null });
    expect(await itemsOf(t.id)).toEqual([]);
    const waiting = await meeting(ssu, '2026-09-15');
    const pending = await secretariat.get(
      `/api/transfers/orientations/pending?meetingId=${waiting}`,
    );
    expect(pending.json().items.map((i: { id: string }) => i.id)).toContain(t.id);
    const retry = await decide();
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().orientation).toMatchObject({ status: 'placed', meeting: { id: waiting } });
    expect(await decide()).toMatchObject({ statusCode: 200 });
    const place = await secretariat.post(`/api/transfers/${t.id}/orientation`);
    expect(place.statusCode).toBe(409);
    expect(await itemsOf(t.id)).toHaveLength(1);
    expect(await knowledgeOf(t.id)).toEqual([expect.objectContaining({ outcome: 'planned' })]);
  });
});

describe('the placing job', () => {
  it('places a pending orientation once the committee has a meeting, once, audited as the system', async () => {
    const t = await open({
      clusterId: await clusterOf('lillebaelt'),
      forumId: await forumId(db, south, 'politisk-lillebaelt'),
      title: 'Sårbehandling i kommunale sårklinikker',
      kind: 'agreed',
      assessment: FULL,
      openedOn: '2026-09-20',
    });
    const decided = await secretariat.post(`/api/transfers/${t.id}/decision`, {
      decidedOn: '2026-10-01',
    });
    expect(decided.json().orientation).toMatchObject({ status: 'pending', meeting: null });
    const deps = { db, cases: caseDeps(db) };
    await placePendingOrientations(deps);
    expect(await itemsOf(t.id)).toEqual([]);

    const committeeMeeting = await meeting(ssu, '2026-10-20');
    expect(await placePendingOrientations(deps)).toBeGreaterThanOrEqual(1);
    expect(await placePendingOrientations(deps)).toBe(0);
    expect(await itemsOf(t.id)).toEqual([
      expect.objectContaining({ meetingId: committeeMeeting, forumId: ssu }),
    ]);
    const detail = await secretariat.get(`/api/transfers/${t.id}`);
    expect(detail.json().orientation).toMatchObject({
      status: 'placed',
      meeting: { id: committeeMeeting },
    });
    const audits = await db
      .select({ actorUserId: auditLog.actorUserId, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'transfer.placeOrientation'), eq(auditLog.entityId, t.id)));
    expect(audits).toEqual([
      { actorUserId: null, after: expect.objectContaining({ automatic: true }) },
    ]);
  });
});

describe('after the reform (from 1 January 2027)', () => {
  it("goes to the health council's next meeting", async () => {
    const lillebaelt = await clusterOf('lillebaelt');
    const t = await open({
      clusterId: lillebaelt,
      forumId: await forumId(db, south, 'politisk-lillebaelt'),
      title: 'Opfølgning efter udskrivelse af ældre medicinske patienter',
      kind: 'agreed',
      assessment: FULL,
      openedOn: '2026-11-02',
    });
    const reform = await secretariat.post('/api/org/reorganisations', {
      sourceCollaborationIds: [south],
      effectiveDate: '2027-01-01',
      successorYaml: southSuccessor(),
      acknowledgeBreaches: true,
      dryRun: false,
    });
    expect(reform.statusCode, reform.body).toBe(200);
    const council = await forumId(db, south, 'sundhedsraad-lillebaelt');
    const councilMeeting = await meeting(council, '2027-02-10');
    const res = await secretariat.post(`/api/transfers/${t.id}/decision`, {
      decidingForumId: council,
      decidedOn: '2027-01-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().orientation).toMatchObject({
      status: 'placed',
      committee: { id: council, name: 'Sundhedsråd lillebaelt' },
      meeting: { id: councilMeeting, date: '2027-02-10' },
    });
    expect(await itemsOf(t.id)).toEqual([
      expect.objectContaining({ meetingId: councilMeeting, forumId: council }),
    ]);
    // The old cluster forum no longer exists on the decision day.
    const stale = await open({
      clusterId: lillebaelt,
      forumId: await forumId(db, south, 'politisk-lillebaelt'),
      title: 'Forsinket beslutning',
      kind: 'agreed',
      assessment: FULL,
      openedOn: '2026-11-03',
    });
    const refused = await secretariat.post(`/api/transfers/${stale.id}/decision`, {
      decidedOn: '2027-01-21',
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().detail).toContain('besluttende forum findes ikke');
  });
});
