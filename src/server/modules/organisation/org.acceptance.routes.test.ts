/**
 * Acceptance 2 and 3 of issue 3, through the API on a South-Denmark-like organisation (the
 * domain's fixture, seeded through the repo): a new cluster co-chair moves the born SSU seat and
 * the executive-committee seat on the day, the day before is unchanged, and the audit row lists
 * the derived seat changes; ending a theme group's cluster representative is refused (409) until
 * acknowledged, and the breach then shows in the forum and health APIs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSouthDenmark } from '../../../domain/organisation/test/south-denmark';
import { listAudit } from '../audit/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { seedSnapshot, type SeededSnapshot } from './test/seed-snapshot';

const D = '2024-03-01';
const DAY_BEFORE = '2024-02-29';

let ctx: TestContext;
let secretariat: TestClient;
let reader: TestClient;
let seeded: SeededSnapshot;
const sd = buildSouthDenmark();

interface MemberJson {
  person: { id: string; name: string } | null;
  seatEntityId: string;
  source: string;
  isVacant: boolean;
  partyName: string | null;
  explanation: { da: string; en: string };
}

async function members(forumFixtureId: string, date: string): Promise<MemberJson[]> {
  const res = await reader.get(`/api/org/fora/${seeded.idOf(forumFixtureId)}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { members: MemberJson[] }).members;
}

const personIds = (list: MemberJson[]) => list.flatMap((m) => (m.person ? [m.person.id] : []));
const person = (office: 'mayor' | 'healthDirector', municipality: string) =>
  seeded.idOf(sd.holder(office, municipality));

beforeAll(async () => {
  ctx = await createTestContext();
  seeded = await seedSnapshot(ctx.database.db, sd.snapshot());
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
});
afterAll(() => ctx.close());

describe('acceptance 2: a new cluster co-chair moves the born seats that depend on it', () => {
  it('moves the SSU seat and the executive-committee seat on D, not before', async () => {
    const before = await members(sd.fora.ssu, D);
    expect(personIds(before)).toContain(person('mayor', 'Vejle'));

    const res = await secretariat.post('/api/org/appointments', {
      seatId: seeded.idOf(sd.seats.coChair.Lillebælt),
      personId: person('mayor', 'Kolding'),
      validFrom: D,
    });
    expect(res.statusCode, res.body).toBe(201);

    const ssuOnD = personIds(await members(sd.fora.ssu, D));
    expect(ssuOnD).toContain(person('mayor', 'Kolding'));
    expect(ssuOnD).not.toContain(person('mayor', 'Vejle'));
    const executiveOnD = personIds(await members(sd.fora.executive, D));
    expect(executiveOnD).toContain(person('healthDirector', 'Kolding'));
    expect(executiveOnD).not.toContain(person('healthDirector', 'Vejle'));

    const ssuBefore = personIds(await members(sd.fora.ssu, DAY_BEFORE));
    expect(ssuBefore).toContain(person('mayor', 'Vejle'));
    expect(ssuBefore).not.toContain(person('mayor', 'Kolding'));
    const executiveBefore = personIds(await members(sd.fora.executive, DAY_BEFORE));
    expect(executiveBefore).toContain(person('healthDirector', 'Vejle'));
    expect(executiveBefore).not.toContain(person('healthDirector', 'Kolding'));
  });

  it('explains the born seat in words', async () => {
    const ssu = await members(sd.fora.ssu, D);
    const born = ssu.find((m) => m.person?.id === person('mayor', 'Kolding'));
    expect(born?.source).toBe('born');
    expect(born?.explanation.da).toMatch(
      /^Født plads: Den, der er medformand i hver klynges politiske forum/,
    );
    expect(born?.explanation.en).toMatch(/^Born seat: Whoever is co-chair/);
  });

  it('records the derived seat changes in the audit row of the change', async () => {
    const page = await listAudit(ctx.database.db, {
      entityType: 'appointment',
      action: 'appointment.create',
      limit: 10,
    });
    const row = page.items[0];
    const after = row?.after as {
      effectiveDate: string;
      derivedChanges: Array<{
        forumEntityId: string;
        before: { id: string } | null;
        after: { id: string } | null;
      }>;
    };
    expect(after.effectiveDate).toBe(D);
    const moved = (forum: string, from: string, to: string) =>
      after.derivedChanges.some(
        (c) =>
          c.forumEntityId === seeded.idOf(forum) && c.before?.id === from && c.after?.id === to,
      );
    const inForum = (forum: string) =>
      after.derivedChanges.filter((c) => c.forumEntityId === seeded.idOf(forum));
    // The SSU seat is the same place (Lillebælt's co-chair), now held by another person.
    expect(moved(sd.fora.ssu, person('mayor', 'Vejle'), person('mayor', 'Kolding'))).toBe(true);
    // The executive committee draws per represented municipality: Vejle's place goes, Kolding's comes.
    expect(inForum(sd.fora.executive)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          before: expect.objectContaining({ id: person('healthDirector', 'Vejle') }),
          after: null,
        }),
        expect.objectContaining({
          before: null,
          after: expect.objectContaining({ id: person('healthDirector', 'Kolding') }),
        }),
      ]),
    );
    expect(row?.relatedIds).toEqual(
      expect.arrayContaining([
        person('mayor', 'Vejle'),
        person('mayor', 'Kolding'),
        person('healthDirector', 'Vejle'),
        person('healthDirector', 'Kolding'),
      ]),
    );
  });
});

describe('acceptance 3: removing a cluster representative breaks everyClusterRepresented', () => {
  const lastDay = '2024-05-31';
  const dayAfter = '2024-06-01';
  const url = () => `/api/org/appointments/${seeded.idOf(sd.appointments.theme.Sønderjylland)}/end`;

  it('is refused with 409 compositionBreach, listing the breach in Danish and English', async () => {
    const res = await secretariat.post(url(), { lastDay });
    expect(res.statusCode, res.body).toBe(409);
    const body = res.json() as {
      code: string;
      extra: { breaches: Array<{ code: string; message: { da: string; en: string } }> };
    };
    expect(body.code).toBe('compositionBreach');
    expect(body.extra.breaches).toEqual([
      expect.objectContaining({
        code: 'breach.everyClusterRepresented',
        message: {
          da: 'Sønderjylland er ikke repræsenteret i Temagruppe Forebyggelse.',
          en: 'Sønderjylland is not represented in Temagruppe Forebyggelse.',
        },
      }),
    ]);
    // Rolled back: the representative still sits on the day after.
    const theme = await members(sd.fora.themeGroup, dayAfter);
    expect(theme.filter((m) => !m.isVacant)).toHaveLength(4);
  });

  it('is saved when acknowledged, and the breach shows in the forum and health APIs', async () => {
    const res = await secretariat.post(url(), { lastDay, acknowledgeBreaches: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().newBreaches).toHaveLength(1);

    const forum = await reader.get(
      `/api/org/fora/${seeded.idOf(sd.fora.themeGroup)}?date=${dayAfter}`,
    );
    const codes = (forum.json() as { breaches: Array<{ code: string }> }).breaches.map(
      (b) => b.code,
    );
    expect(codes).toContain('breach.everyClusterRepresented');
    const onLastDay = await reader.get(
      `/api/org/fora/${seeded.idOf(sd.fora.themeGroup)}?date=${lastDay}`,
    );
    expect((onLastDay.json() as { breaches: unknown[] }).breaches).toEqual([]);

    const health = await reader.get(
      `/api/org/collaborations/${seeded.collaborationId}/health?date=${dayAfter}`,
    );
    expect(health.statusCode, health.body).toBe(200);
    const theme = (
      health.json() as {
        fora: Array<{
          forumEntityId: string;
          breaches: Array<{ code: string; message: { da: string } }>;
        }>;
      }
    ).fora.find((f) => f.forumEntityId === seeded.idOf(sd.fora.themeGroup));
    expect(theme?.breaches.map((b) => b.message.da)).toContain(
      'Sønderjylland er ikke repræsenteret i Temagruppe Forebyggelse.',
    );
  });
});
