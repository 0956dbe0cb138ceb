/**
 * Route tests of meetings and ordering warnings (issue 4, acceptance 2): scheduling an SSU
 * meeting before the KKR meeting it depends on gives a clear warning in Danish and English with
 * a suggested date; acknowledging saves it. Fora are made through the organisation module.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { createFora } from './meetings.fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const { collaborationId, fora } = await createFora(ctx.database.db, [
  'KKR Hovedstaden',
  'SSU',
  'Forum A',
  'Forum B',
  'Forum C',
  'Forum D',
  'Forum E',
]);
const kkr = fora['KKR Hovedstaden'];
const ssu = fora.SSU;
let secretariat: TestClient;
let reader: TestClient;

beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
});

const meeting = (forumId: string, date: string, extra: Record<string, unknown> = {}) => ({
  forumId,
  collaborationId,
  title: 'Møde',
  startsAt: `${date}T10:00`,
  endsAt: `${date}T12:00`,
  ...extra,
});

describe('ordering warnings', () => {
  it('declares "SSU after KKR" as a rule', async () => {
    const res = await secretariat.post('/api/meetings/ordering-rules', {
      collaborationId,
      kind: 'after',
      forumId: ssu,
      dependsOnForumId: kkr,
      minDaysBetween: 1,
      note: 'Seed 004: SSU-møder lægges efter KKR-møder',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'after', forumId: ssu, dependsOnForumId: kkr });
  });

  it('refuses a rule that makes a preparation cycle (422, bilingual)', async () => {
    const a = fora['Forum A'];
    const b = fora['Forum B'];
    const first = await secretariat.post('/api/meetings/ordering-rules', {
      collaborationId,
      kind: 'prepares',
      forumId: a,
      dependsOnForumId: b,
    });
    expect(first.statusCode).toBe(201);
    const res = await secretariat.post('/api/meetings/ordering-rules', {
      collaborationId,
      kind: 'preMeeting',
      forumId: b,
      dependsOnForumId: a,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'orderingRuleInvalid' });
    expect(res.json().extra.issues[0].code).toBe('ordering.cycle');
    await secretariat.delete(`/api/meetings/ordering-rules/${first.json().id}`);
  });

  it('refuses a rule with a forum of another collaboration or an unknown forum', async () => {
    const other = await createFora(ctx.database.db, ['Andet SSU']);
    const rule = {
      collaborationId,
      kind: 'after',
      forumId: other.fora['Andet SSU'],
      dependsOnForumId: kkr,
    };
    const foreign = await secretariat.post('/api/meetings/ordering-rules', rule);
    expect(foreign.statusCode).toBe(422);
    const unknown = await secretariat.post('/api/meetings/ordering-rules', {
      ...rule,
      forumId: randomUUID(),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('saves the KKR meeting without warnings', async () => {
    const res = await secretariat.post('/api/meetings', meeting(kkr, '2027-03-10'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toEqual([]);
    expect(res.json().meeting).toMatchObject({
      date: '2027-03-10',
      startsAt: '2027-03-10T10:00:00+01:00',
      status: 'planned',
      icsSequence: 0,
      agendaDeadline: '2027-02-24',
    });
  });

  it('warns (409) when SSU is scheduled before the KKR meeting, with a suggested date', async () => {
    const res = await secretariat.post('/api/meetings', meeting(ssu, '2027-03-08'));
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.code).toBe('orderingWarning');
    expect(body.title).toMatch(/rækkefølgeregel/);
    expect(body.en.title).toMatch(/ordering rule/);
    expect(body.extra.suggestedDate).toBe('2027-03-11');
    const [warning] = body.extra.warnings;
    expect(warning).toMatchObject({
      code: 'ordering.afterTooSoon',
      meetingId: null,
      suggestedDate: '2027-03-11',
    });
    expect(warning.params).toMatchObject({ dependsOnDate: '2027-03-10', windowTo: '2027-03-07' });
    expect(warning.message.da).toContain('SSU skal mødes efter KKR Hovedstaden');
    expect(warning.message.en).toContain('SSU must meet after KKR Hovedstaden');
    expect(warning.message.da).toContain('10. marts 2027');
    expect(warning.message.en).toContain('must meet after');
    // The suggestion is data, shown once by the web app, not repeated in each sentence.
    expect(warning.message.da).not.toContain('Foreslået dato');
    expect(warning.message.en).not.toContain('Suggested date');
    expect(body.detail).toContain('Foreslået dato: 11. marts 2027');
    expect(body.en.detail).toContain('Suggested date: 11 March 2027');
    expect(body.detail).toContain('acknowledgeWarnings');
  });

  it('saves the SSU meeting when the warning is acknowledged', async () => {
    const res = await secretariat.post(
      '/api/meetings',
      meeting(ssu, '2027-03-08', { acknowledgeWarnings: true }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings.map((w: { code: string }) => w.code)).toEqual([
      'ordering.afterTooSoon',
    ]);
    const list = await reader.get(`/api/meetings?forumId=${ssu}`);
    expect(list.json().items).toHaveLength(1);
  });

  it('warns about the SSU meeting when the KKR meeting it needs is moved past it', async () => {
    const okSsu = await secretariat.post('/api/meetings', meeting(ssu, '2027-03-15'));
    expect(okSsu.statusCode, okSsu.body).toBe(201);
    const kkrMeeting = (await reader.get(`/api/meetings?forumId=${kkr}`)).json().items[0];
    const res = await secretariat.patch(`/api/meetings/${kkrMeeting.id}`, {
      startsAt: '2027-03-17T10:00',
      endsAt: '2027-03-17T12:00',
    });
    expect(res.statusCode).toBe(409);
    const affected = res.json().extra.warnings.map((w: { meetingId: string }) => w.meetingId);
    expect(affected).toContain(okSsu.json().meeting.id);
    // The SSU meeting's own suggestion is not offered for the KKR meeting being moved.
    expect(res.json().extra.suggestedDate).toBeNull();
    expect(res.json().extra.noSuggestion.da).toContain('bryder reglerne for andre møder');
  });

  it('warns about a non-working day (Grundlovsdag)', async () => {
    const res = await secretariat.post('/api/meetings', meeting(fora['Forum C'], '2027-06-05'));
    expect(res.statusCode).toBe(409);
    const [warning] = res.json().extra.warnings;
    expect(warning.code).toBe('calendar.nonWorkingDay');
    expect(warning.suggestedDate).toBe('2027-06-07');
  });

  it('finds the breach in the calendar check, with the suggested date', async () => {
    const res = await reader.get(
      `/api/meetings/calendar-check?from=2027-03-01&to=2027-03-31&collaborationId=${collaborationId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const codes = res
      .json()
      .warnings.map((w: { code: string; suggestedDate: string }) => [w.code, w.suggestedDate]);
    expect(codes).toContainEqual(['ordering.afterTooSoon', '2027-03-11']);
  });
});

describe('permissions', () => {
  it('lets a reader read but not write', async () => {
    expect((await reader.get('/api/meetings')).statusCode).toBe(200);
    const res = await reader.post('/api/meetings', meeting(kkr, '2027-04-07'));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const rule = await reader.post('/api/meetings/ordering-rules', {
      collaborationId,
      kind: 'after',
      forumId: fora['Forum A'],
      dependsOnForumId: fora['Forum C'],
    });
    expect(rule.statusCode).toBe(403);
    const closure = await reader.post('/api/meetings/closure-days', {
      kind: 'date',
      name: 'Flyttedag',
      date: '2027-05-03',
    });
    expect(closure.statusCode).toBe(403);
  });

  it('refuses anonymous access', async () => {
    expect((await ctx.anonymous().get('/api/meetings')).statusCode).toBe(401);
  });
});

describe('life cycle', () => {
  it('changes, cancels and reinstates a meeting', async () => {
    const forumId = fora['Forum D'];
    const created = await secretariat.post('/api/meetings', meeting(forumId, '2027-09-08'));
    const id = created.json().meeting.id as string;
    const renamed = await secretariat.patch(`/api/meetings/${id}`, { title: 'Temamøde' });
    expect(renamed.json().meeting).toMatchObject({ title: 'Temamøde', icsSequence: 0 });
    const moved = await secretariat.patch(`/api/meetings/${id}`, { location: 'Regionsgården' });
    expect(moved.json().meeting.icsSequence).toBe(1);
    const bad = await secretariat.post(`/api/meetings/${id}/status`, { status: 'minutesApproved' });
    expect(bad.statusCode).toBe(409);
    const cancelled = await secretariat.post(`/api/meetings/${id}/cancel`, { reason: 'Aflyst' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', icsSequence: 2 });
    const edit = await secretariat.patch(`/api/meetings/${id}`, { title: 'x' });
    expect(edit.statusCode).toBe(409);
    const back = await secretariat.post(`/api/meetings/${id}/status`, { status: 'planned' });
    expect(back.json()).toMatchObject({ status: 'planned', icsSequence: 3, cancelReason: null });
  });

  it('refuses an end before the start and a missing meeting', async () => {
    const res = await secretariat.post(
      '/api/meetings',
      meeting(fora['Forum E'], '2027-09-09', { endsAt: '2027-09-09T09:00' }),
    );
    expect(res.statusCode).toBe(400);
    const unknownForum = await secretariat.post(
      '/api/meetings',
      meeting(randomUUID(), '2027-09-09'),
    );
    expect(unknownForum.statusCode).toBe(404);
    const beforeForum = await secretariat.post(
      '/api/meetings',
      meeting(fora['Forum E'], '2011-09-07'),
    );
    expect(beforeForum.statusCode).toBe(404);
    expect((await reader.get(`/api/meetings/${randomUUID()}`)).statusCode).toBe(404);
  });
});
