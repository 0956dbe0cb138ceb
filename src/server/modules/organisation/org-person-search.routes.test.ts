/**
 * GET /api/org/search for persons (issue 11): in SQL a page at a time (`kind=person`, `offset`,
 * `morePersons`), Danish folding ("aa" ~ "å", case), LIKE wildcards taken literally, and each
 * person's offices and seats on the day so that namesakes can be told apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_SEARCH_LIMIT } from '../../../shared/organisation-views.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let sec: TestClient;
let reader: TestClient;
const ids: Record<string, string> = {};
const START = '2024-01-01';
const D = '2024-09-01';
const NAMESAKE = 'Hans Navnesen (demo)';

interface Item {
  kind: string;
  id: string;
  name: string;
  affiliations: {
    office: string | null;
    seatLabel: string | null;
    forumName: string | null;
    partyName: string | null;
    partyKind: string | null;
  }[];
}

async function created(res: { statusCode: number; body: string; json: () => unknown }) {
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as {
    item?: { entityId?: string; id: string };
    id?: string;
    entityId?: string;
  };
  return body.item ? (body.item.entityId ?? body.item.id) : ((body.entityId ?? body.id) as string);
}

async function search(query: string): Promise<{ items: Item[]; morePersons: boolean }> {
  const res = await reader.get(`/api/org/search?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  ctx = await createTestContext();
  sec = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader', 'Rita Reader');
  ids.collab = await created(
    await sec.post('/api/org/collaborations', {
      name: 'Sundhedssamarbejdet Navne',
      regionName: 'Syddanmark',
      validFrom: START,
    }),
  );
  const under = (path: string) => `/api/org/collaborations/${ids.collab}/${path}`;
  ids.odense = await created(
    await sec.post(under('parties'), { kind: 'municipality', name: 'Odense', validFrom: START }),
  );
  ids.plo = await created(
    await sec.post(under('parties'), {
      kind: 'generalPractice',
      name: 'Almen praksis (PLO)',
      validFrom: START,
    }),
  );
  ids.forum = await created(
    await sec.post(under('fora'), {
      name: 'Praksisplanudvalget Navne',
      level: 'regional',
      kind: 'administrative',
      validFrom: START,
      acknowledgeBreaches: true,
    }),
  );
  ids.seat = await created(
    await sec.post(`/api/org/fora/${ids.forum}/seats`, {
      label: 'Repræsentant for almen praksis',
      partyKind: 'generalPractice',
      validFrom: START,
      acknowledgeBreaches: true,
    }),
  );
  for (const key of ['mayor', 'practice', 'none']) {
    ids[key] = await created(
      await sec.post('/api/org/persons', { name: NAMESAKE, fictional: true }),
    );
  }
  await created(
    await sec.post('/api/org/office-holdings', {
      personId: ids.mayor,
      partyId: ids.odense,
      office: 'mayor',
      validFrom: START,
    }),
  );
  await created(
    await sec.post('/api/org/appointments', {
      seatId: ids.seat,
      personId: ids.practice,
      onBehalfOfPartyId: ids.plo,
      validFrom: START,
      acknowledgeBreaches: true,
    }),
  );
  for (let i = 0; i < PERSON_SEARCH_LIMIT + 5; i += 1) {
    await created(
      await sec.post('/api/org/persons', {
        name: `Sidsel Sidesen ${String(i).padStart(2, '0')} (demo)`,
        fictional: true,
      }),
    );
  }
  await created(
    await sec.post('/api/org/persons', { name: 'Åse Aagaard (demo)', fictional: true }),
  );
}, 120_000);
afterAll(() => ctx.close());

describe('searching persons', () => {
  it('tells namesakes apart by their office or seat on the day', async () => {
    const { items } = await search(`q=${encodeURIComponent('navnesen')}&kind=person&date=${D}`);
    expect(items.map((i) => i.name)).toEqual([NAMESAKE, NAMESAKE, NAMESAKE]);
    const of = (id: string | undefined) => items.find((i) => i.id === id)?.affiliations;
    expect(of(ids.mayor)).toEqual([
      {
        office: 'mayor',
        seatLabel: null,
        forumName: null,
        partyName: 'Odense',
        partyKind: 'municipality',
      },
    ]);
    expect(of(ids.practice)).toEqual([
      {
        office: null,
        seatLabel: 'Repræsentant for almen praksis',
        forumName: 'Praksisplanudvalget Navne',
        partyName: 'Almen praksis (PLO)',
        partyKind: 'generalPractice',
      },
    ]);
    expect(of(ids.none)).toEqual([]);
    // Before the office began, the mayor holds nothing.
    const before = await search(`q=navnesen&kind=person&date=2023-06-01`);
    expect(before.items.find((i) => i.id === ids.mayor)?.affiliations).toEqual([]);
  });

  it('answers a page at a time, with no person twice and nothing left out', async () => {
    const first = await search(`q=sidesen&kind=person&date=${D}`);
    expect(first.items).toHaveLength(PERSON_SEARCH_LIMIT);
    expect(first.morePersons).toBe(true);
    const second = await search(`q=sidesen&kind=person&date=${D}&offset=${PERSON_SEARCH_LIMIT}`);
    expect(second.items).toHaveLength(5);
    expect(second.morePersons).toBe(false);
    const names = [...first.items, ...second.items].map((i) => i.name);
    expect(new Set(names).size).toBe(PERSON_SEARCH_LIMIT + 5);
    expect(first.items.every((i) => i.kind === 'person')).toBe(true);
  });

  it('folds Danish names: case and "aa" ~ "å", every word anywhere in the name', async () => {
    for (const q of ['aagaard', 'ÅGÅRD', 'åse aag', 'AASE', 'gaard (demo']) {
      const { items } = await search(`q=${encodeURIComponent(q)}&kind=person&date=${D}`);
      expect(
        items.map((i) => i.name),
        q,
      ).toEqual(['Åse Aagaard (demo)']);
    }
  });

  it('takes % and _ literally', async () => {
    for (const q of ['%', '_', 'sid%sen', 'sid_sen']) {
      const { items } = await search(`q=${encodeURIComponent(q)}&kind=person&date=${D}`);
      expect(items, q).toEqual([]);
    }
  });

  it('still finds fora and parties without a kind, and only them with one', async () => {
    const all = await search(`q=${encodeURIComponent('praksis')}&date=${D}`);
    expect(all.items.map((i) => i.kind).sort()).toEqual(['forum', 'party']);
    const fora = await search(`q=${encodeURIComponent('praksis')}&kind=forum&date=${D}`);
    expect(fora.items.map((i) => i.name)).toEqual(['Praksisplanudvalget Navne']);
    expect(fora.items[0]?.affiliations).toEqual([]);
  });

  it('rejects a bad offset or kind (400)', async () => {
    expect((await reader.get('/api/org/search?q=a&offset=-1')).statusCode).toBe(400);
    expect((await reader.get('/api/org/search?q=a&kind=meeting')).statusCode).toBe(400);
  });
});
