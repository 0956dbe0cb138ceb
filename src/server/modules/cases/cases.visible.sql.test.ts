/**
 * The case list's SQL visibility (cases.visible.sql.ts) against the JS rule it states
 * (`isCaseVisible`, through `visibleRows`): for confidential cases on several routes, raised and
 * treated on several days, and viewers who sat in the raising forum, in a later forum, for a
 * period only, as a substitute, and the secretariat, a reader and an admin, the SQL-filtered list
 * equals the list filtered with the JS rule for every filter and page, and the totals agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { CASE_FLAGS, type CaseFlag, type CaseStatus } from '../../../shared/cases.enums';
import type { CaseListQuery } from '../../../shared/cases.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import {
  buildOrganisation,
  createMeeting,
  FORA,
  type ForumName,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { appoint, createSeat, orgContext } from '../organisation/index';
import { caseDeps } from './adapters';
import { listCases, visibleRows } from './cases.lists';
import { findCasePage, listWhere } from './cases.query.repo';
import { cases, caseSteps } from './cases.table';
import type { CaseDeps } from './ports';
import type { Viewer } from './viewer';

let ctx: TestContext;
let org: OrgFixture;
let deps: CaseDeps;
let viewers: Viewer[];

const OTHER_COLLABORATION = '00000000-0000-4000-8000-00000000c0ab';
const STATUSES: readonly CaseStatus[] = ['open', 'decided', 'closed'];
const RAISED: readonly string[] = [
  '2024-11-20',
  '2025-02-10',
  '2025-04-01',
  '2025-04-01',
  '2025-08-15',
];

const viewerOf = (client: TestClient, role: Viewer['role']): Viewer => ({
  userId: client.userId ?? '',
  name: 'x',
  role,
});

/** A deterministic spread of cases: confidential or not, routes of 0–3 fora, placed or not. */
async function insertCases(meetingsOf: Partial<Record<ForumName, string>>): Promise<void> {
  const db = ctx.database.db;
  const n = 48;
  for (let i = 0; i < n; i += 1) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const raisedIn = FORA[i % FORA.length] as ForumName;
    const route = [1, 2, 3]
      .slice(0, i % 4)
      .map((k) => FORA[(i + k * 2) % FORA.length] as ForumName);
    const status = STATUSES[i % 3] as CaseStatus;
    await db.insert(cases).values({
      id,
      collaborationId: i % 7 === 6 ? OTHER_COLLABORATION : org.collaborationId,
      title: i % 5 === 0 ? `Akutfunktioner ${i}` : `Sag nummer ${i}`,
      summary: i % 6 === 0 ? 'Fælles model for genoptræning_100%' : 'Resumé',
      body: 'akut i brødteksten',
      type: 'decision',
      flags: i % 4 === 1 ? [CASE_FLAGS[i % CASE_FLAGS.length] as CaseFlag] : [],
      confidential: i % 3 !== 1,
      clusterId: null,
      raisedInForumId: org.fora[raisedIn],
      returnToForumId: org.fora[raisedIn],
      raisedOn: RAISED[i % RAISED.length] as string,
      status,
      currentForumId: status === 'open' && route[0] ? org.fora[route[0]] : null,
      createdAt: new Date(Date.UTC(2025, 0, 1 + (i % 4))),
    });
    for (const [k, forum] of route.entries()) {
      await db.insert(caseSteps).values({
        id: `${id}-${k + 1}`,
        caseId: id,
        position: k + 1,
        forumId: org.fora[forum],
        status: 'planned',
        origin: 'route',
        meetingId: (i + k) % 2 === 0 ? (meetingsOf[forum] ?? null) : null,
      });
    }
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  deps = caseDeps(ctx.database.db);
  const o = orgContext(ctx.database.db);
  // The EU's member sat in the TSS for a spring only: visible through a TSS step placed on a
  // meeting in that spring, not through one placed later or unplaced (today).
  const seat = await createSeat(o, SYSTEM_ACTOR, org.fora.tss, {
    label: 'Forårsplads',
    role: 'member',
    validFrom: '2025-03-01',
    validTo: '2025-06-30',
  });
  await appoint(o, SYSTEM_ACTOR, {
    seatId: seat.result.entityId,
    personId: org.members.eu.personId,
    substitutePersonId: null,
    validFrom: '2025-03-01',
  });
  const sec = await ctx.loginAs('secretariat', 'Sekretariat');
  const meetingsOf: Partial<Record<ForumName, string>> = {
    tss: await createMeeting(sec, org, 'tss', '2025-04-15'),
    ssu: await createMeeting(sec, org, 'ssu', '2025-09-10'),
    tema: await createMeeting(sec, org, 'tema', '2025-01-20'),
  };
  await insertCases(meetingsOf);
  viewers = [
    ...FORA.map((f) => viewerOf(org.members[f].client, 'member')),
    viewerOf(org.ssuSecretary.client, 'secretariat'),
    viewerOf(org.ssuSubstitute.client, 'member'),
    viewerOf(org.temaChair.client, 'member'),
    viewerOf(sec, 'secretariat'),
    viewerOf(await ctx.loginAs('reader', 'Læser'), 'reader'),
    viewerOf(await ctx.loginAs('admin', 'Admin'), 'admin'),
  ];
});
afterAll(() => ctx.close());

type Filters = Omit<CaseListQuery, 'limit' | 'offset'>;

/** Pages (limit, offset): all of them without filters, one with each filter. */
const PAGES = [
  [50, 0],
  [5, 0],
  [5, 5],
  [7, 14],
  [3, 100],
] as const;

/** The list by the JS rule: every matching row in the list's order, then `isCaseVisible`. */
async function byJsRule(viewer: Viewer, filters: Filters) {
  const all = await findCasePage(deps.db, listWhere(filters, sql`true`), {
    limit: 10_000,
    offset: 0,
  });
  return visibleRows(deps, viewer, all);
}

function filterSets(): Filters[] {
  return [
    {},
    { collaborationId: org.collaborationId },
    { collaborationId: OTHER_COLLABORATION },
    ...STATUSES.map((status) => ({ status })),
    ...CASE_FLAGS.map((flag) => ({ flag })),
    ...(['tss', 'ssu', 'eu', 'tema'] as const).map((f) => ({ forumId: org.fora[f] })),
    ...(['tss', 'ssu', 'klyngeNord'] as const).map((f) => ({ currentForumId: org.fora[f] })),
    { q: 'akut' },
    { q: 'GENOPTRÆNING_1' },
    { q: '100%' },
    { q: 'brødteksten' },
    { collaborationId: org.collaborationId, status: 'open', forumId: org.fora.tss, q: 'sag' },
  ];
}

describe('the case list in SQL', () => {
  it('equals the JS rule for every viewer, filter and page, with the same total', async () => {
    let hidden = 0;
    for (const viewer of viewers) {
      for (const filters of filterSets()) {
        const expected = await byJsRule(viewer, filters);
        const everything = await findCasePage(deps.db, listWhere(filters, sql`true`), {
          limit: 10_000,
          offset: 0,
        });
        hidden += everything.length - expected.length;
        const pages = Object.keys(filters).length === 0 ? PAGES : PAGES.slice(2, 3);
        for (const [limit, offset] of pages) {
          const got = await listCases(deps, viewer, { ...filters, limit, offset });
          const label = `${viewer.role} ${viewer.userId} ${JSON.stringify(filters)} ${limit}/${offset}`;
          expect(
            got.items.map((c) => c.id),
            label,
          ).toEqual(expected.slice(offset, offset + limit).map((r) => r.id));
          expect(got.total, label).toBe(expected.length);
        }
      }
    }
    // The fixture does hide confidential cases from someone (the test would be vacuous otherwise).
    expect(hidden).toBeGreaterThan(0);
  }, 600_000);

  it('sees confidential cases by the raising day, a step’s meeting day and a period only', async () => {
    const eu = viewers[FORA.indexOf('eu')] as Viewer;
    const seen = new Set((await byJsRule(eu, {})).map((r) => r.id));
    const listed = await listCases(deps, eu, { limit: 200, offset: 0 });
    expect(new Set(listed.items.map((c) => c.id))).toEqual(seen);
    const reader = viewers.at(-2) as Viewer;
    const readerList = await listCases(deps, reader, { limit: 200, offset: 0 });
    expect(readerList.items.every((c) => !c.confidential)).toBe(true);
  });

  it('agrees with the JS rule on random pages (property)', async () => {
    const sets = filterSets();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: viewers.length - 1 }),
        fc.integer({ min: 0, max: sets.length - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        async (v, f, limit, offset) => {
          const viewer = viewers[v] as Viewer;
          const filters = sets[f] as Filters;
          const expected = await byJsRule(viewer, filters);
          const got = await listCases(deps, viewer, { ...filters, limit, offset });
          expect(got.items.map((c) => c.id)).toEqual(
            expected.slice(offset, offset + limit).map((r) => r.id),
          );
          expect(got.total).toBe(expected.length);
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);
});
