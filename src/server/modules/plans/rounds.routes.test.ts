/**
 * Acceptance of the reporting rounds (issue 9): a round is opened; one municipality answers
 * "ingen ændringer" in one request, another changes two degrees; the heatmap and the rollups show
 * exactly that; a reminder reaches the non-responder's contact with a link and no content; the
 * round closes and a later change is refused (409); a party cannot report for another (403);
 * readers see closed rounds only.
 */
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { users } from '../auth/index';
import { createMailer } from '../notifications/index';
import {
  heatmapDegree,
  type Heatmap,
  type MyRound,
  type PartyProfile,
  type Progress,
  type RoundDetail,
  type RoundForm,
  type RoundList,
  type Trend,
} from '../../../shared/plan-rounds.contract';
import { runReminders } from './reminders.service';
import { createMunicipality, DEFAULT_TEST_SCALE, seedRoundsPlan } from './rounds.fixtures';
import { planRoundColumns, planRoundRows } from './round-rows.table';

const PUBLIC_URL = 'https://samspil.example.dk';
const PLAN_TITLE = 'Sundhedsaftalen 2024-2027 (test)';
const SECRET_TITLE = 'Hemmelig indsats om opsporing';

let ctx: TestContext;
let smtp: TestSmtp;
let org: OrgFixture;
let sec: TestClient;
let reader: TestClient;
let contact: Record<'a' | 'b' | 'c', TestClient>;
let party: Record<'a' | 'b' | 'c', string>;
let planId: string;
let goal: { g1: string; g2: string };
let init: { i1: string; i2: string; i3: string; i4: string };
let roundId: string;

async function emailOf(client: TestClient): Promise<string> {
  const [row] = await ctx.database.db
    .select()
    .from(users)
    .where(eq(users.id, client.userId ?? ''));
  return row?.email ?? '';
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, PUBLIC_URL });
  org = await buildOrganisation(ctx);
  party = {
    a: await createMunicipality(ctx, org.collaborationId, 'Aby Kommune', org.clusters.nord),
    b: await createMunicipality(ctx, org.collaborationId, 'Bby Kommune', org.clusters.nord),
    c: await createMunicipality(ctx, org.collaborationId, 'Cby Kommune', org.clusters.syd),
  };
  ({ planId, goal, init } = await seedRoundsPlan(ctx.database.db, {
    collaborationId: org.collaborationId,
    ownerForumId: org.fora.ssu,
    partyIds: Object.values(party),
    title: PLAN_TITLE,
    secretTitle: SECRET_TITLE,
  }));
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  reader = await ctx.loginAs('reader', 'Læser');
  const contactOf = (id: string, name: string) =>
    ctx.loginAs('member', name, { scopes: [{ kind: 'party', target: id }] });
  contact = {
    a: await contactOf(party.a, 'Kontakt Aby'),
    b: await contactOf(party.b, 'Kontakt Bby'),
    c: await contactOf(party.c, 'Kontakt Cby'),
  };
}, 120_000);

afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

/** The heatmap's compact rows decoded: per party name, the degree key per initiative. */
const cellsOf = (map: Heatmap): Record<string, (string | null)[]> =>
  Object.fromEntries(
    map.parties.map((p, i) => {
      const row = map.cells[i] ?? '';
      expect(row).toHaveLength(map.initiatives.length);
      return [p.name, map.initiatives.map((_, j) => heatmapDegree(map.scale, row, j))];
    }),
  );

describe('a reporting round', () => {
  it('is opened by the secretariat for every municipality and party-level initiative', async () => {
    const res = await sec.post(`/api/plans/${planId}/rounds`, {
      title: 'Afrapportering forår 2026',
      opensOn: '2026-03-01',
      deadline: '2026-03-31',
      reminderDays: [7, 1],
    });
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json() as RoundDetail;
    roundId = round.id;
    expect(round.status).toBe('open');
    expect(round.initiativeIds.sort()).toEqual([init.i1, init.i2, init.i3].sort());
    expect(round.parties.map((p) => [p.partyName, p.status])).toEqual([
      ['Aby Kommune', 'pending'],
      ['Bby Kommune', 'pending'],
      ['Cby Kommune', 'pending'],
    ]);
  });

  it('is refused to a contact, and an open round is hidden from readers', async () => {
    const refused = await contact.a.post(`/api/plans/${planId}/rounds`, {
      title: 'x',
      deadline: '2026-04-01',
    });
    expect(refused.statusCode).toBe(403);
    const list = (await reader.get(`/api/plans/${planId}/rounds`)).json() as RoundList;
    expect(list.total).toBe(0);
    expect((await reader.get(`/api/plan-rounds/${roundId}`)).statusCode).toBe(404);
    expect((await reader.get(`/api/plans/${planId}/heatmap?roundId=${roundId}`)).statusCode).toBe(
      404,
    );
    const secList = (await sec.get(`/api/plans/${planId}/rounds`)).json() as RoundList;
    expect(secList.total).toBe(1);
  });

  it('is on the contact’s to-do list with its party and deadline', async () => {
    const mine = (await contact.a.get('/api/plan-rounds/mine')).json() as { items: MyRound[] };
    expect(mine.items.map((m) => [m.roundId, m.partyName, m.deadline, m.status])).toEqual([
      [roundId, 'Aby Kommune', '2026-03-31', 'pending'],
    ]);
    const none = (await reader.get('/api/plan-rounds/mine')).json() as { items: MyRound[] };
    expect(none.items).toEqual([]);
  });

  it('gives each contact one form, pre-filled with the last values', async () => {
    const res = await contact.a.get(`/api/plan-rounds/${roundId}/parties/${party.a}/form`);
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json() as RoundForm;
    expect(form.fields.map((f) => [f.number, f.degree, f.lastDegree])).toEqual([
      ['1', 'planned', 'planned'],
      ['2', 'planned', 'planned'],
      ['3', 'planned', 'planned'],
    ]);
  });

  it('refuses a party reporting for another (403)', async () => {
    const res = await contact.a.post(`/api/plan-rounds/${roundId}/parties/${party.b}/no-changes`);
    expect(res.statusCode).toBe(403);
    const form = await contact.a.get(`/api/plan-rounds/${roundId}/parties/${party.b}/form`);
    expect(form.statusCode).toBe(403);
  });

  it('lets a secretariat whose scope covers the party act for it, and no other', async () => {
    expect((await sec.get(`/api/plan-rounds/${roundId}/parties/${party.c}/form`)).statusCode).toBe(
      200,
    );
    const elsewhere = await ctx.loginAs('secretariat', 'Andet sekretariat', {
      scopes: [{ kind: 'party', target: party.a }],
    });
    const res = await elsewhere.post(`/api/plan-rounds/${roundId}/parties/${party.c}/no-changes`);
    expect(res.statusCode).toBe(403);
    const other = await elsewhere.post(`/api/plan-rounds/${roundId}/close`);
    expect(other.statusCode).toBe(403);
  });

  it('takes "ingen ændringer" in one request, touching no field', async () => {
    const res = await contact.a.post(`/api/plan-rounds/${roundId}/parties/${party.a}/no-changes`);
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json() as RoundForm;
    expect([form.status, form.noChanges, form.fieldsTouched]).toEqual(['answered', true, 0]);
  });

  it('counts a change set as the number of changed degrees', async () => {
    const res = await contact.b.post(`/api/plan-rounds/${roundId}/parties/${party.b}/answer`, {
      changes: [
        { initiativeId: init.i1, degree: 'full', comment: 'I drift' },
        { initiativeId: init.i2, degree: 'inProgress' },
        { initiativeId: init.i3, degree: 'planned' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json() as RoundForm;
    expect([form.status, form.noChanges, form.fieldsTouched]).toEqual(['answered', false, 2]);
    expect(form.fields.filter((f) => f.changed).map((f) => f.number)).toEqual(['1', '2']);
  });

  it('refuses an unknown degree and an initiative outside the form, writing nothing', async () => {
    const url = `/api/plan-rounds/${roundId}/parties/${party.b}/answer`;
    const bad = await contact.b.post(url, { changes: [{ initiativeId: init.i1, degree: 'x' }] });
    expect(bad.statusCode).toBe(422);
    const outside = await contact.b.post(url, {
      changes: [{ initiativeId: init.i4, degree: 'full' }],
    });
    expect(outside.statusCode).toBe(422);
  });

  it('shows the secretariat a live status and a live heatmap', async () => {
    const detail = (await sec.get(`/api/plan-rounds/${roundId}`)).json() as RoundDetail;
    expect(detail.parties.map((p) => [p.partyName, p.status, p.fieldsTouched])).toEqual([
      ['Aby Kommune', 'answered', 0],
      ['Bby Kommune', 'answered', 2],
      ['Cby Kommune', 'pending', 0],
    ]);
    expect(detail.totalFieldsTouched).toBe(2);
    const live = (
      await sec.get(`/api/plans/${planId}/heatmap?roundId=${roundId}`)
    ).json() as Heatmap;
    expect(live.live).toBe(true);
    expect(cellsOf(live)).toEqual({
      'Aby Kommune': ['planned', 'planned', 'planned'],
      'Bby Kommune': ['full', 'inProgress', 'planned'],
      'Cby Kommune': ['planned', 'planned', 'planned'],
    });
  });

  it('reminds the non-responder’s contact by e-mail with a link and no content, once a day', async () => {
    const mailer = createMailer(smtp.url, 'samspil@example.dk');
    const deps = { db: ctx.database.db, mailer, publicUrl: PUBLIC_URL };
    expect(await runReminders(deps, '2026-03-20')).toEqual({ sent: 0, parties: 0 });
    const first = await runReminders(deps, '2026-03-24');
    expect(first).toEqual({ sent: 1, parties: 1 });
    expect(await runReminders(deps, '2026-03-24')).toEqual({ sent: 0, parties: 0 });
    mailer?.close();
    const to = await emailOf(contact.c);
    const mails = smtp.messages.filter((m) => m.to.includes(to));
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail?.text).toContain(`${PUBLIC_URL}/plan-rounds/${roundId}/parties/${party.c}`);
    expect(mail?.text).toContain('31. marts 2026');
    for (const secret of [PLAN_TITLE, SECRET_TITLE, 'Udskrivning', 'Afrapportering forår', 'Cby']) {
      expect(mail?.raw.includes(secret), `e-mail shows ${secret}`).toBe(false);
    }
    for (const other of [contact.a, contact.b]) {
      const email = await emailOf(other);
      expect(smtp.messages.some((m) => m.to.includes(email))).toBe(false);
    }
  });

  it('answers twice replace the party’s answer while open', async () => {
    const url = `/api/plan-rounds/${roundId}/parties/${party.b}/answer`;
    const again = await contact.b.post(url, {
      changes: [
        { initiativeId: init.i1, degree: 'full', comment: 'I drift' },
        { initiativeId: init.i2, degree: 'inProgress' },
      ],
    });
    expect((again.json() as RoundForm).fieldsTouched).toBe(2);
  });

  it('closes, carrying the non-responder’s last values, and refuses a later change (409)', async () => {
    expect((await contact.a.post(`/api/plan-rounds/${roundId}/close`)).statusCode).toBe(403);
    const res = await sec.post(`/api/plan-rounds/${roundId}/close`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as RoundDetail).status).toBe('closed');
    const late = await contact.b.post(`/api/plan-rounds/${roundId}/parties/${party.b}/answer`, {
      changes: [{ initiativeId: init.i3, degree: 'full' }],
    });
    expect(late.statusCode).toBe(409);
    expect((late.json() as { detail: string }).detail).toContain('Afrapporteringsrunden er lukket');
    const none = await contact.c.post(`/api/plan-rounds/${roundId}/parties/${party.c}/no-changes`);
    expect(none.statusCode).toBe(409);
    expect((await sec.post(`/api/plan-rounds/${roundId}/close`)).statusCode).toBe(409);
  });

  it('shows readers the closed round: the heatmap of exactly those answers', async () => {
    const list = (await reader.get(`/api/plans/${planId}/rounds`)).json() as RoundList;
    expect(list.items.map((r) => [r.id, r.status, r.answeredCount])).toEqual([
      [roundId, 'closed', 2],
    ]);
    expect((await reader.get(`/api/plan-rounds/${roundId}`)).statusCode).toBe(200);
    const map = (await reader.get(`/api/plans/${planId}/heatmap`)).json() as Heatmap;
    expect(map.round?.id).toBe(roundId);
    expect(map.live).toBe(false);
    expect(map.initiatives.map((i) => i.number)).toEqual(['1', '2', '3']);
    const at = (key: string) => String(map.scale.findIndex((s) => s.key === key));
    const [pl, ip, fu] = [at('planned'), at('inProgress'), at('full')];
    expect(map.cells).toEqual([pl + pl + pl, fu + ip + pl, pl + pl + pl]);
    expect(cellsOf(map)).toEqual({
      'Aby Kommune': ['planned', 'planned', 'planned'],
      'Bby Kommune': ['full', 'inProgress', 'planned'],
      'Cby Kommune': ['planned', 'planned', 'planned'],
    });
    const syd = (
      await reader.get(
        `/api/plans/${planId}/heatmap?clusterId=${org.clusters.syd}&goalId=${goal.g1}`,
      )
    ).json() as Heatmap;
    expect(cellsOf(syd)).toEqual({ 'Cby Kommune': ['planned', 'planned'] });
  });

  it('rolls up progress per goal, cluster and region with the scale’s scores', async () => {
    const p = (await reader.get(`/api/plans/${planId}/progress`)).json() as Progress;
    // planned 20, inProgress 40, full 100: A 20·3, B 100+40+20, C 20·3.
    expect(p.region).toMatchObject({ average: 31.1, counted: 9, total: 9 });
    expect(p.region.distribution).toMatchObject({ planned: 7, inProgress: 1, full: 1 });
    expect(p.goals.map((g) => [g.code, g.average])).toEqual([
      ['1', 36.7],
      ['2', 20],
    ]);
    expect(Object.fromEntries(p.clusters.map((c) => [c.clusterId, c.average]))).toEqual({
      [org.clusters.nord]: 36.7,
      [org.clusters.syd]: 20,
    });
    const trend = (await reader.get(`/api/plans/${planId}/trend`)).json() as Trend;
    expect(trend.rounds.map((r) => [r.roundId, r.average, r.burden])).toEqual([[roundId, 31.1, 2]]);
  });

  it('shows a municipality’s profile with its answers', async () => {
    const res = await reader.get(`/api/plans/${planId}/parties/${party.b}/profile`);
    expect(res.statusCode, res.body).toBe(200);
    const profile = res.json() as PartyProfile;
    expect(profile.degrees.map((d) => [d.number, d.degree, d.comment])).toEqual([
      ['1', 'full', 'I drift'],
      ['2', 'inProgress', 'udgangspunkt'],
      ['3', 'planned', 'udgangspunkt'],
    ]);
    expect(profile.answers.map((a) => [a.roundId, a.status, a.fieldsTouched])).toEqual([
      [roundId, 'answered', 2],
    ]);
  });

  it('exports the heatmap and the round as XLSX with Danish labels', async () => {
    const res = await reader.get(`/api/plans/${planId}/heatmap.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Varmekort');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Kommune');
    expect(sheet?.getRow(3).getCell(2).value).toBe('Fuldt implementeret');
    const round = await reader.get(`/api/plan-rounds/${roundId}/export.xlsx`);
    expect(round.statusCode).toBe(200);
    const roundBook = new ExcelJS.Workbook();
    await roundBook.xlsx.load(round.rawPayload as unknown as ArrayBuffer);
    expect(roundBook.getWorksheet('Status')?.rowCount).toBe(4);
    expect(roundBook.getWorksheet('Runde')?.rowCount).toBe(10);
  });

  it('puts a status snapshot on a meeting’s agenda as a new item', async () => {
    const meetingId = await createMeeting(sec, org, 'ssu', daysFromToday(21));
    const res = await sec.post(`/api/plans/${planId}/snapshot`, { meetingId });
    expect(res.statusCode, res.body).toBe(201);
    const snap = res.json() as { agendaItemId: string; title: string; text: string };
    expect(snap.title).toContain(PLAN_TITLE);
    expect(snap.text).toContain('Afrapportering forår 2026');
    expect(snap.text).toContain('2 af 3 parter har svaret');
    const agenda = await sec.get(`/api/agendas/${meetingId}`);
    expect(agenda.body).toContain(snap.agendaItemId);
    const refused = await reader.post(`/api/plans/${planId}/snapshot`, { meetingId });
    expect(refused.statusCode).toBe(403);
  });

  it('reads a closed round from its stored rows, unchanged by later degrees and a reordered scale', async () => {
    const url = `/api/plans/${planId}/heatmap?roundId=${roundId}`;
    const expected = {
      'Aby Kommune': ['planned', 'planned', 'planned'],
      'Bby Kommune': ['full', 'inProgress', 'planned'],
      'Cby Kommune': ['planned', 'planned', 'planned'],
    };
    const [cols] = await ctx.database.db
      .select()
      .from(planRoundColumns)
      .where(eq(planRoundColumns.roundId, roundId));
    expect(cols?.initiativeIds).toHaveLength(3);
    const stored = await ctx.database.db
      .select()
      .from(planRoundRows)
      .where(eq(planRoundRows.roundId, roundId));
    expect(stored).toHaveLength(3);
    // A degree recorded outside rounds after closing leaves the closed round as it was.
    const later = await sec.post(`/api/plans/${planId}/degrees`, {
      initiativeId: init.i1,
      subjectKind: 'party',
      subjectId: party.c,
      degree: 'full',
      comment: '',
      recordedOn: '2026-04-15',
    });
    expect(later.statusCode, later.body).toBe(201);
    expect(cellsOf((await reader.get(url)).json() as Heatmap)).toEqual(expected);
    // A reordered scale with a new step: the stored indexes are read on the scale of the closing.
    const scale = [...DEFAULT_TEST_SCALE].reverse();
    const put = await sec.put(`/api/plans/${planId}/scale`, {
      degreeScale: [{ key: 'paused', label: 'Sat på pause', score: null }, ...scale],
    });
    expect(put.statusCode, put.body).toBe(200);
    const reordered = (await reader.get(url)).json() as Heatmap;
    expect(reordered.scale[0]?.key).toBe('paused');
    expect(cellsOf(reordered)).toEqual(expected);
    // The rows are what is read: a stored row changed in the database shows.
    const c = stored.find((r) => r.partyId === party.c);
    const fullAt = String(DEFAULT_TEST_SCALE.findIndex((s) => s.key === 'full'));
    await ctx.database.db
      .update(planRoundRows)
      .set({ cells: fullAt + (c?.cells.slice(1) ?? '') })
      .where(and(eq(planRoundRows.roundId, roundId), eq(planRoundRows.partyId, party.c)));
    expect(cellsOf((await reader.get(url)).json() as Heatmap)['Cby Kommune']).toEqual([
      'full',
      'planned',
      'planned',
    ]);
  });
});
