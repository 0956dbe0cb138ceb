/**
 * Search journey (issue 4 follow-up): the search page ("Søg" in the navigation, a form with
 * role=search) finds cases, agenda items, decisions and minutes (only what the viewer may see)
 * and persons, fora, parties and clusters, grouped by kind with the matched words marked.
 *
 * - A word in a closed SSU item: the demo member (a member of the SSU) finds the item, the demo
 *   reader does not. The demo data's closed SSU item is used when it is there; otherwise the
 *   test makes one through the API.
 * - "sundhedsklynge" finds a case whose text says "sundhedsklyngerne" (compound words).
 * - The search page has no serious or critical accessibility violations.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/shared/dates';
import { journeyAnchor, journeyFollowerForum } from './fixtures/days';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/demo';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  visible,
  useDanish,
} from './fixtures/browser';

const MEMBER = DEMO_USERS.find((u) => u.role === 'member')?.email ?? 'medlem@demo.samspil.dk';
const READER = DEMO_USERS.find((u) => u.role === 'reader')?.email ?? 'laeser@demo.samspil.dk';
/** The word of the demo data's closed SSU item (a negotiation on home monitoring). */
const DEMO_WORD = 'hjemmemonitorering';
/** The word of the closed item this test makes when the demo data has none. */
const OWN_WORD = 'tandplejeudbuddet';
const CASE_TITLE = 'Fælles indsats i sundhedsklyngerne for borgere med KOL (e2e)';

interface Hit {
  type: string;
  id: string;
  title: string;
}

/** A page logged in as `email`, in Danish. */
async function loggedIn(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/login');
  await logIn(page, email, password);
  await useDanish(page);
  return { context, page };
}

async function post(request: APIRequestContext, path: string, data: unknown) {
  const { token } = (await (await request.get('/api/auth/csrf')).json()) as { token: string };
  const res = await request.post(path, { headers: { 'x-csrf-token': token }, data });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json() as Promise<Record<string, unknown>>;
}

async function agendaHits(request: APIRequestContext, word: string): Promise<Hit[]> {
  const res = await request.get(`/api/search?q=${encodeURIComponent(word)}&types=agendaItem`);
  return ((await res.json()) as { hits: Hit[] }).hits;
}

/** The agenda items only the member finds for `word` (closed items the reader may not see). */
async function closedOnly(member: Page, reader: Page, word: string): Promise<Hit[]> {
  const seen = new Set((await agendaHits(reader.request, word)).map((h) => h.id));
  return (await agendaHits(member.request, word)).filter((h) => !seen.has(h.id));
}

/** The demo SSU (forum id and collaboration), found through the organisation search. */
async function demoSsu(
  request: APIRequestContext,
): Promise<{ id: string; collaborationId: string }> {
  const res = await request.get(
    `/api/org/search?q=${encodeURIComponent(journeyFollowerForum().name)}`,
  );
  const { items } = (await res.json()) as {
    items: { kind: string; id: string; name: string; collaborationId: string | null }[];
  };
  const ssu = items.find((i) => i.kind === 'forum' && i.name === journeyFollowerForum().name);
  if (!ssu?.collaborationId) throw new Error('the demo SSU is missing');
  return { id: ssu.id, collaborationId: ssu.collaborationId };
}

/** Makes a published SSU meeting with a closed item about {@link OWN_WORD}, as the admin. */
async function makeClosedItem(admin: Page): Promise<void> {
  const forumId = (await demoSsu(admin.request)).id;
  // Within the forum's lifetime: the SSU ends on 31 December 2026, the council starts in 2027.
  const day = addDays(journeyAnchor(), 24);
  const created = (await post(admin.request, '/api/meetings', {
    forumId,
    title: 'SSU-møde med lukket punkt (e2e)',
    startsAt: `${day}T13:00`,
    endsAt: `${day}T15:00`,
    acknowledgeWarnings: true,
  })) as { meeting: { id: string } };
  const meetingId = created.meeting.id;
  await post(admin.request, `/api/agendas/${meetingId}/items`, {
    kind: 'free',
    title: `Lukket drøftelse af ${OWN_WORD} (e2e)`,
    body: `Forhandlingen om ${OWN_WORD} pågår.`,
    type: 'discussion',
    closed: true,
    closedReason: 'Offentlighedsloven § 13',
  });
  await post(admin.request, `/api/agendas/${meetingId}/publish`, {});
}

/** Searches through the form, with the keyboard. */
async function search(page: Page, word: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Søg', exact: true }).first().click();
  await visible(page.getByRole('heading', { level: 1, name: 'Søg' }));
  const form = page.getByRole('search', { name: /Søg i sager/ });
  await form.getByLabel('Søgeord').fill(word);
  await form.getByLabel('Søgeord').press('Enter');
  await visible(page.locator('.search-summary'));
}

describe('search', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let member: Page;
  let reader: Page;
  let closed: Hit;
  let word = DEMO_WORD;

  beforeAll(async () => {
    browser = await launchBrowser();
    const opened = await Promise.all([
      loggedIn(browser, MEMBER),
      loggedIn(browser, READER),
      loggedIn(browser, DEMO_ADMIN.email, DEMO_ADMIN.password),
    ]);
    contexts.push(...opened.map((o) => o.context));
    const [m, r, admin] = opened.map((o) => o.page) as [Page, Page, Page];
    member = m;
    reader = r;
    let found = await closedOnly(member, reader, word);
    if (found.length === 0) {
      await makeClosedItem(admin);
      word = OWN_WORD;
      found = await closedOnly(member, reader, word);
    }
    expect(found.length, 'a closed item only the member can find').toBeGreaterThan(0);
    closed = found[0] as Hit;
    const ssu = await demoSsu(member.request);
    await post(member.request, '/api/cases', {
      collaborationId: ssu.collaborationId,
      title: CASE_TITLE,
      summary: 'Klyngerne vil styrke samarbejdet med almen praksis om borgere med KOL.',
      type: 'information',
      raisedInForumId: ssu.id,
      route: [ssu.id],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('lets a member of the SSU find a closed item, marked, with a link to the meeting', async () => {
    await search(member, word);
    const section = member.getByRole('region', { name: /^Dagsordenspunkter/ });
    const link = await visible(section.getByRole('link', { name: closed.title }));
    expect(await link.getAttribute('href')).toMatch(/^\/meetings\/[0-9a-f-]{36}\/agenda#item-\d+$/);
    expect(await section.locator('mark').count()).toBeGreaterThan(0);
  });

  it('does not show the closed item to the reader', async () => {
    await search(reader, word);
    expect(await reader.getByText(closed.title).count()).toBe(0);
    expect(await reader.content()).not.toContain(closed.title);
  });

  it('finds "sundhedsklyngerne" when searching "sundhedsklynge", grouped by kind', async () => {
    await search(reader, 'sundhedsklynge');
    const cases = reader.getByRole('region', { name: /^Sager/ });
    await visible(cases.getByRole('link', { name: CASE_TITLE }));
    const marks = await cases.locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('sundhedsklyngerne');
    await visible(reader.getByRole('region', { name: /^Fora/ }));
    await expectNoSeriousA11yViolations(reader, 'the search page');
  });

  it('says so when nothing is found', async () => {
    await search(reader, 'xyzzyqwerty');
    await visible(reader.getByText('Ingen resultater for "xyzzyqwerty".'));
    await visible(reader.getByText(/Prøv et andet eller kortere ord/));
  });
});
