/**
 * GET /api/search on the test database: Danish stemming, compound words through pg_trgm,
 * Danish letters, filters, and permission filtering (closed items, confidential cases and
 * draft agendas give no hit and no snippet). Runs on PGlite and on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchResult } from '../../../shared/search.contract';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type OrgFixture,
} from '../../test/cases-fixtures';
import {
  buildClosedItemMeeting,
  decide,
  OPEN,
  publish,
  SECRET,
  SECRETS,
  type ClosedItemMeeting,
} from '../../test/closed-item-fixture';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { cases } from '../cases/index';
import { relatedCollaborationIds, reorganisations } from '../organisation/index';
import { CASE_TEXT, matches } from './search.sql';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let reader: TestClient;
let meeting: ClosedItemMeeting;
const ids: Record<string, string> = {};

async function raise(title: string, summary: string, body = '', confidential = false) {
  const res = await org.members.klyngeSyd.client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title,
    summary,
    body,
    type: 'discussion',
    confidential,
    raisedInForumId: org.fora.klyngeSyd,
    route: [org.fora.tss],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case.id as string;
}

async function find(
  client: TestClient,
  q: string,
  extra = '',
): Promise<SearchResult & { body: string }> {
  const res = await client.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return { ...(res.json() as SearchResult), body: res.body };
}

const idsOf = (hits: SearchHit[]) => hits.map((h) => h.id);
const marked = (h: SearchHit) => h.highlights.map((r) => h.snippet.slice(r.start, r.end));

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariat');
  reader = await ctx.loginAs('reader', 'Læser');
  ids.klynger = await raise(
    'Rehabilitering på tværs',
    'Erfaringer fra sundhedsklyngerne i Region Syddanmark',
  );
  ids.klyngen = await raise('Akutpladser', 'Sundhedsklyngen drøfter akutpladser');
  ids.aftaler = await raise('Nye sundhedsaftaler', 'Oplæg om sundhedsaftaler for 2028');
  ids.aftalen = await raise('Opfølgning', 'Status på sundhedsaftalen og dens indsatser');
  ids.ærø = await raise(
    'Færgeforbindelser',
    'Borgere på Ærø og Fanø får hjemmebesøg',
    'Æbler og øl.',
  );
  ids.fortrolig = await raise('Fortrolig sundhedsklynge-sag', 'FORTROLIGT-NOTAT-8e2f', '', true);
  meeting = await buildClosedItemMeeting(org, sec);
  await publish(org, meeting);
  await decide(org, meeting);
});
afterAll(() => ctx.close());

describe('Danish full-text search', () => {
  it('finds "sundhedsklyngerne" when searching "sundhedsklynge" (acceptance)', async () => {
    const { hits } = await find(reader, 'sundhedsklynge', '&types=case');
    expect(idsOf(hits)).toEqual(expect.arrayContaining([ids.klynger, ids.klyngen]));
    const hit = hits.find((h) => h.id === ids.klynger) as SearchHit;
    expect(marked(hit)).toEqual(['sundhedsklyngerne']);
    expect(hit.link).toBe(`/cases/${ids.klynger}`);
  });

  it('finds a compound word by its last part: "klynge" → "sundhedsklyngen" (pg_trgm)', async () => {
    const { hits } = await find(reader, 'klynge', '&types=case');
    expect(idsOf(hits)).toEqual(expect.arrayContaining([ids.klyngen, ids.klynger]));
    expect(marked(hits.find((h) => h.id === ids.klyngen) as SearchHit)).toEqual([
      'Sundhedsklyngen',
    ]);
  });

  it('stems both ways: "sundhedsaftaler" ↔ "sundhedsaftalen"', async () => {
    const plural = idsOf((await find(reader, 'sundhedsaftaler', '&types=case')).hits);
    const singular = idsOf((await find(reader, 'sundhedsaftalen', '&types=case')).hits);
    for (const found of [plural, singular]) {
      expect(found).toEqual(expect.arrayContaining([ids.aftaler, ids.aftalen]));
    }
  });

  it('keeps Danish letters in query, match and snippet', async () => {
    const { hits } = await find(reader, 'Ærø æbler');
    const hit = hits.find((h) => h.id === ids.ærø) as SearchHit;
    expect(hit.snippet).toContain('Borgere på Ærø og Fanø får hjemmebesøg');
    expect(marked(hit)).toEqual(['Ærø', 'Æbler']);
  });

  it('honours phrases and exclusions without compound matching', async () => {
    const { hits } = await find(reader, 'sundhedsklynge -akutpladser', '&types=case');
    expect(idsOf(hits)).toContain(ids.klynger);
    expect(idsOf(hits)).not.toContain(ids.klyngen);
  });

  it('finds agenda items, decisions and minutes, filtered by type and forum', async () => {
    const items = await find(reader, 'sundhedsaftalens næste fase', '&types=agendaItem');
    expect(items.hits.map((h) => [h.type, h.id, h.link])).toEqual([
      ['agendaItem', meeting.itemIds[3], `/meetings/${meeting.meetingId}/agenda#item-4`],
    ]);
    const minutes = await find(reader, 'økonomien', '&types=minutes');
    expect(idsOf(minutes.hits)).toEqual([meeting.itemIds[3]]);
    const inSsu = await find(reader, 'sundhedsaftale', `&forumId=${org.fora.ssu}`);
    expect(inSsu.hits.every((h) => h.forumId === org.fora.ssu)).toBe(true);
    const inTema = await find(reader, 'sundhedsaftale', `&forumId=${org.fora.tema}`);
    expect(inTema.hits).toEqual([]);
  });

  it('refuses junk', async () => {
    for (const q of ['q=a', 'q=%00%00', 'q=klynge&types=sag', `q=${'x'.repeat(201)}`]) {
      expect((await reader.get(`/api/search?${q}`)).statusCode, q).toBe(400);
    }
    expect((await find(reader, 'og i')).hits).toEqual([]);
  });

  it('uses the stored columns’ GIN indexes (migration 0015)', async () => {
    const query = ctx.database.db
      .select({ id: cases.id })
      .from(cases)
      .where(matches(CASE_TEXT, { text: 'sundhedsklynge', compoundStems: ['sundhedsklyng'] }));
    const plan = await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return JSON.stringify(await tx.execute(sql`explain ${query}`));
    });
    expect(plan).toContain('cases_search_vector_idx');
    expect(plan).toContain('cases_search_words_idx');
  });
});

describe('permission filtering', () => {
  const outsiders = () => [reader, sec, org.members.tss.client, org.members.klyngeNord.client];
  const insiders = () => [org.members.ssu.client, org.ssuSecretary.client];

  it('gives no hit and no snippet of a closed item to a non-member', async () => {
    for (const client of outsiders()) {
      for (const secret of SECRETS) {
        const result = await find(client, secret);
        expect(result.hits, secret).toEqual([]);
        expect(result.body.replace(`"query":"${secret}"`, '')).not.toContain(secret);
      }
    }
  });

  it('finds the closed items for the forum’s members', async () => {
    for (const client of insiders()) {
      const free = await find(client, SECRET.free);
      expect(free.hits.map((h) => h.type)).toEqual(['agendaItem']);
      expect(free.hits[0]?.snippet).toContain(SECRET.free);
      const decision = await find(client, SECRET.decision);
      expect(decision.hits.map((h) => [h.type, h.caseId])).toEqual([['decision', meeting.caseId]]);
      expect((await find(client, SECRET.freeDecision)).hits.map((h) => h.type)).toEqual([
        'minutes',
      ]);
    }
  });

  it('keeps a confidential case out for non-members, in for its forum', async () => {
    expect((await find(reader, 'FORTROLIGT-NOTAT-8e2f')).hits).toEqual([]);
    expect(idsOf((await find(reader, 'sundhedsklynge')).hits)).not.toContain(ids.fortrolig);
    const member = await find(org.members.klyngeSyd.client, 'FORTROLIGT-NOTAT-8e2f');
    expect(idsOf(member.hits)).toEqual([ids.fortrolig]);
  });

  it('does not find items of a draft agenda except for the secretariat', async () => {
    const draftId = await createMeeting(sec, org, 'tema', daysFromToday(30));
    const add = await sec.post(`/api/agendas/${draftId}/items`, {
      kind: 'free',
      title: 'Udkast om rehabiliteringsforløb KLADDE-5c3d',
      type: 'information',
    });
    expect(add.statusCode, add.body).toBe(201);
    expect((await find(reader, 'KLADDE-5c3d')).hits).toEqual([]);
    expect((await find(sec, 'KLADDE-5c3d')).hits.map((h) => h.type)).toEqual(['agendaItem']);
    expect(OPEN.first).toContain('Æbleø');
  });
});

describe('across a reorganisation (issue 7, item 4)', () => {
  it('finds both sides when scoped to a collaboration, with or without reorganisations', async () => {
    const successorId = randomUUID();
    const scoped = (collaborationId: string) =>
      find(
        reader,
        'sundhedsklynge',
        `&types=case,decision,agendaItem&collaborationId=${collaborationId}`,
      );
    // Without reorganisations: its own items only, none of another collaboration's.
    expect(idsOf((await scoped(org.collaborationId)).hits)).toContain(ids.klynger);
    expect((await scoped(successorId)).hits).toEqual([]);
    await ctx.database.db.insert(reorganisations).values({
      kind: 'reform',
      effectiveDate: '2027-01-01',
      sourceCollaborationIds: [org.collaborationId],
      targetCollaborationId: successorId,
      mappings: [],
      counts: [],
    });
    // The successor's search covers the collaboration it succeeded, and the old one the new.
    expect(idsOf((await scoped(successorId)).hits)).toContain(ids.klynger);
    expect(idsOf((await scoped(org.collaborationId)).hits)).toContain(ids.klynger);
  });

  it('follows chains and mergers of reorganisations both ways, through the indexes', async () => {
    const [a, b, c, d, other] = [1, 2, 3, 4, 5].map(() => randomUUID()) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const row = (sources: string[], target: string) => ({
      kind: 'reform' as const,
      effectiveDate: '2027-01-01',
      sourceCollaborationIds: sources,
      targetCollaborationId: target,
      mappings: [],
      counts: [],
    });
    await ctx.database.db.insert(reorganisations).values([row([a, b], c), row([c], d)]);
    const related = async (id: string) =>
      (await relatedCollaborationIds(ctx.database.db, id)).sort();
    expect(await related(a)).toEqual([a, b, c, d].sort());
    expect(await related(d)).toEqual([a, b, c, d].sort());
    expect(await related(other)).toEqual([other]);
    const plan = await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return JSON.stringify(
        await tx.execute(
          sql`explain select 1 from ${reorganisations} where ${reorganisations.targetCollaborationId} in (${a}) or ${reorganisations.sourceCollaborationIds} @> ${JSON.stringify([a])}::jsonb`,
        ),
      );
    });
    expect(plan).toContain('reorganisations_target_idx');
    expect(plan).toContain('reorganisations_sources_idx');
  });
});
