/**
 * Series from a forum's cadence skip weekends, Danish holidays and closure days (defaults and
 * the closure-day table), and explain each move in Danish and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { createFora } from './meetings.fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const names = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'] as const;
const { fora } = await createFora(ctx.database.db, names);
const withCadence = await createFora(ctx.database.db, ['Sundhedsstyregruppen'], { min: 4, max: 5 });
let secretariat: TestClient;
let reader: TestClient;
beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
});

/** A one-meeting period whose evenly spread ideal day is `from + 7` (a 15-day period). */
const onePeriod = (forumId: string, from: string, to: string, weekday: number) => ({
  forumId,
  from,
  to,
  weekday,
  time: '13:00',
  cadence: { min: 24, max: 26 },
  perYear: 26,
});

const preview = async (body: unknown) => {
  const res = await reader.post('/api/meetings/series/preview', body, { auditDelta: 0 });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('series preview', () => {
  it('moves a meeting off Easter Monday 2027 (2. påskedag)', async () => {
    const body = await preview(onePeriod(fora.F1, '2027-03-22', '2027-04-04', 1));
    expect(body.proposals).toHaveLength(1);
    expect(body.proposals[0]).toMatchObject({
      idealDate: '2027-03-29',
      date: '2027-03-30',
      startsAt: '2027-03-30T13:00:00+02:00',
      adjustments: ['holiday'],
    });
    expect(body.proposals[0].explanations).toEqual([
      {
        da: 'Flyttet fra Anden påskedag (29. marts 2027) til tirsdag den 30. marts.',
        en: 'Moved from Easter Monday (29 March 2027) to Tuesday 30 March.',
      },
    ]);
  });

  it('moves a meeting off Christmas Eve and the Christmas days', async () => {
    const body = await preview(onePeriod(fora.F2, '2026-12-17', '2026-12-31', 4));
    expect(body.proposals[0]).toMatchObject({ date: '2026-12-28', adjustments: ['closure'] });
    expect(body.proposals[0].explanations).toEqual([
      {
        da: 'Flyttet fra lukkedagen Juleaftensdag (24. december 2026) til mandag den 28. december.',
        en: 'Moved from the closure day Christmas Eve (24 December 2026) to Monday 28 December.',
      },
    ]);
  });

  it('moves a meeting off Grundlovsdag', async () => {
    const body = await preview(onePeriod(fora.F3, '2026-05-29', '2026-06-12', 5));
    expect(body.proposals[0]).toMatchObject({ date: '2026-06-08', adjustments: ['closure'] });
  });

  it('skips a closure day declared in the table', async () => {
    const closure = await secretariat.post('/api/meetings/closure-days', {
      kind: 'date',
      name: 'Personaledag',
      date: '2027-09-15',
    });
    expect(closure.statusCode, closure.body).toBe(201);
    const body = await preview(onePeriod(fora.F4, '2027-09-08', '2027-09-22', 3));
    expect(body.proposals[0]).toMatchObject({ date: '2027-09-16', adjustments: ['closure'] });
    expect(body.proposals[0].explanations[0]).toEqual({
      da: 'Flyttet fra lukkedagen Personaledag (15. september 2027) til torsdag den 16. september.',
      en: 'Moved from the closure day Personaledag (15 September 2027) to Thursday 16 September.',
    });
    const list = await reader.get('/api/meetings/closure-days');
    const names = list.json().items.map((c: { name: string; builtIn: boolean }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Grundlovsdag', 'Personaledag']));
    const del = await secretariat.delete(`/api/meetings/closure-days/${closure.json().id}`);
    expect(del.statusCode).toBe(204);
  });

  it('spreads a year of meetings over the cadence, none on a non-working day', async () => {
    const body = await preview({
      forumId: fora.F5,
      from: '2027-01-01',
      to: '2027-12-31',
      weekday: 4,
      time: '09:30',
      cadence: { min: 4, max: 5 },
      avoidMonths: [7],
    });
    expect(body.targetCount).toBe(5);
    expect(body.proposals).toHaveLength(5);
    for (const p of body.proposals) expect(p.date.slice(5, 7)).not.toBe('07');
  });

  it("uses the forum's cadence from the organisation (4–5 a year)", async () => {
    const body = await preview({
      forumId: withCadence.fora.Sundhedsstyregruppen,
      from: '2027-01-01',
      to: '2027-12-31',
      weekday: 2,
      time: '14:00',
    });
    expect(body.cadence).toEqual({ min: 4, max: 5 });
    expect(body.proposals).toHaveLength(5);
  });

  it('refuses a forum without cadence (422, bilingual)', async () => {
    const res = await reader.post(
      '/api/meetings/series/preview',
      { ...onePeriod(fora.F6, '2027-01-01', '2027-01-31', 2), cadence: undefined },
      { auditDelta: 0 },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'seriesInvalid' });
    expect(res.json().detail).toContain('kadence');
  });

  it('refuses a count outside the cadence', async () => {
    const res = await reader.post(
      '/api/meetings/series/preview',
      { ...onePeriod(fora.F7, '2027-01-01', '2027-01-31', 2), perYear: 40 },
      { auditDelta: 0 },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().extra.code).toBe('series.countOutsideCadence');
  });
});

describe('series creation', () => {
  it('creates the proposals as one series with one audit row', async () => {
    const forumId = fora.F8;
    const res = await secretariat.post('/api/meetings/series', {
      ...onePeriod(forumId, '2027-03-22', '2027-04-04', 1),
      title: 'Styregruppemøde',
      durationMinutes: 90,
      location: 'Regionshuset',
    });
    expect(res.statusCode, res.body).toBe(201);
    const [meeting] = res.json().meetings;
    expect(meeting).toMatchObject({
      date: '2027-03-30',
      startsAt: '2027-03-30T13:00:00+02:00',
      endsAt: '2027-03-30T14:30:00+02:00',
      seriesId: res.json().seriesId,
    });
    const again = await reader.post(
      '/api/meetings/series/preview',
      onePeriod(forumId, '2027-03-22', '2027-04-04', 1),
      { auditDelta: 0 },
    );
    expect(again.json()).toMatchObject({ coveredByExisting: 1, proposals: [] });
  });

  it('refuses a reader', async () => {
    const res = await reader.post('/api/meetings/series', {
      ...onePeriod(fora.F9, '2027-03-22', '2027-04-04', 1),
      title: 'x',
    });
    expect(res.statusCode).toBe(403);
  });
});
