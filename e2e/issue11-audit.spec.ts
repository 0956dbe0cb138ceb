/**
 * Issue 11, points 3 and 9, in the browser at 1366 and 1024 px, in Danish: the audit log shows
 * Danish labels (no `meeting.setStatus`), subjects by name ("Møde: KKR Syddanmark, 18. dec.
 * 2027", not a UUID), Danish times, one line per entry (50 entries well under 3,000 px), ids only
 * in an entry's unfolded details; the review panel counts a comment on an item; the calendar
 * file is named after the forum and day. Every page is axe-checked.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark } from '../src/shared/dates';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  useDanish,
  visible,
} from './fixtures/browser';
import { journeyAnchor } from './fixtures/days';

const KKR = 'KKR Syddanmark';
const CASE_TITLE = 'Fælles forløb for genoptræning efter udskrivning (e2e, revisionslog)';
const ITEM_TITLE = 'Status på fælles genoptræningsforløb (e2e, revisionslog)';
const COMMENT = 'Punktet bør nævne kommunernes økonomi (e2e).';
/** Far beyond the other journeys' days, so no other journey meets this meeting. */
const DAY = addDays(journeyAnchor(), 430);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DOT_KEY = /\b[a-z][a-zA-Z]*\.[a-zA-Z]+\b/;
const CAMEL = /\b[a-z]+[A-Z][a-zA-Z]*\b/;
const MAX_HEIGHT = 3000;

/** The Danish short date the UI writes ("18. dec. 2027"). */
const danishDay = (isoDate: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );

interface Api {
  get: (url: string) => Promise<unknown>;
  send: (method: 'POST' | 'PATCH', url: string, data: unknown) => Promise<unknown>;
}

function apiOf(page: Page): Api {
  let token = '';
  const csrf = async () => {
    if (!token)
      token = ((await (await page.request.get('/api/auth/csrf')).json()) as { token: string })
        .token;
    return token;
  };
  return {
    get: async (url) => (await page.request.get(url)).json(),
    send: async (method, url, data) => {
      const res = await page.request.fetch(url, {
        method,
        data,
        headers: { 'x-csrf-token': await csrf() },
      });
      expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
      return res.status() === 204 ? null : res.json();
    },
  };
}

/** The demo collaboration with KKR Syddanmark on `date`, and the KKR forum. */
async function findKkr(api: Api, date: string): Promise<{ collaborationId: string; kkr: string }> {
  const list = (await api.get(`/api/org/collaborations?date=${date}`)) as {
    items: { entityId: string }[];
  };
  for (const { entityId } of list.items) {
    const overview = (await api.get(
      `/api/org/collaborations/${entityId}/overview?date=${date}`,
    )) as { foraByLevel?: { fora: { entityId: string; name: string }[] }[] };
    const kkr = (overview.foraByLevel ?? []).flatMap((l) => l.fora).find((f) => f.name === KKR);
    if (kkr) return { collaborationId: entityId, kkr: kkr.entityId };
  }
  throw new Error(`no collaboration has ${KKR} on ${date}`);
}

/**
 * Writes at least 50 audit entries: a KKR meeting on DAY, 44 changes to it, an item on its
 * agenda, the review and a comment on the item, and a case raised in today's KKR (a case is
 * raised as of today, so in the forum valid today).
 */
async function writeHistory(page: Page): Promise<{ meetingId: string }> {
  const api = apiOf(page);
  const { kkr } = await findKkr(api, DAY);
  const created = (await api.send('POST', '/api/meetings', {
    forumId: kkr,
    title: 'KKR-møde (e2e, revisionslog)',
    startsAt: `${DAY}T10:00`,
    endsAt: `${DAY}T12:00`,
    acknowledgeWarnings: true,
  })) as { meeting: { id: string } };
  const meetingId = created.meeting.id;
  for (let n = 1; n <= 44; n += 1) {
    await api.send('PATCH', `/api/meetings/${meetingId}`, {
      location: `Mødelokale ${n}, Regionshuset Vejle`,
      acknowledgeWarnings: true,
    });
  }
  await api.send('POST', `/api/agendas/${meetingId}/items`, {
    kind: 'free',
    title: ITEM_TITLE,
    type: 'discussion',
  });
  const me = (await api.get('/api/auth/me')) as { user: { id: string } };
  await api.send('POST', `/api/agendas/${meetingId}/review`, { reviewerUserIds: [me.user.id] });
  const agenda = (await api.get(`/api/agendas/${meetingId}`)) as { items: { id: string }[] };
  await api.send('POST', `/api/agendas/${meetingId}/comments`, {
    text: COMMENT,
    itemId: agenda.items[0]?.id,
  });
  const today = await findKkr(api, todayInDenmark());
  await api.send('POST', '/api/cases', {
    collaborationId: today.collaborationId,
    title: CASE_TITLE,
    type: 'decision',
    raisedInForumId: today.kkr,
    route: [today.kkr],
  });
  return { meetingId };
}

describe('issue 11: the audit log and the review panel in Danish', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let meetingId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/login');
    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await useDanish(page);
    ({ meetingId } = await writeHistory(page));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function openAuditLog(): Promise<string[]> {
    await page.goto('/admin/audit');
    const table = await visible(page.getByRole('table', { name: 'Revisionslog, nyeste først' }));
    const rows = table.locator('tbody tr.audit-row');
    await visible(rows.nth(49));
    expect(await rows.count()).toBe(50);
    return rows.allInnerTexts();
  }

  for (const width of [1366, 1024]) {
    it(`shows 50 entries in Danish, by name, one line each, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const rows = await openAuditLog();
      for (const text of rows) {
        expect(text, 'no UUID in a line').not.toMatch(UUID);
        expect(text, 'no dotted key').not.toMatch(DOT_KEY);
        expect(text, 'no camelCase code').not.toMatch(CAMEL);
      }
      // The line names the subject; its type is in the title and the details.
      const meeting = `${KKR}, ${danishDay(DAY)}`;
      expect(rows.filter((r) => r.includes('Møde ændret') && r.includes(meeting)).length).toBe(44);
      expect(rows.some((r) => r.includes('Møde oprettet') && r.includes(meeting))).toBe(true);
      expect(rows.some((r) => r.includes('Sag rejst') && r.includes(CASE_TITLE))).toBe(true);
      for (const action of ['Punkt tilføjet', 'Kommentar til dagsordenen']) {
        expect(
          rows.some((r) => r.includes(action) && r.includes(meeting)),
          action,
        ).toBe(true);
      }
      const subject = page.locator('tbody tr.audit-row').filter({ hasText: 'Møde oprettet' });
      expect(await subject.locator('td[title^="Møde: "]').getAttribute('title')).toBe(
        `Møde: ${meeting}`,
      );
      const time = (await page.locator('tbody tr.audit-row time').first().textContent()) ?? '';
      expect(time).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$/);
      // Cut with an ellipsis only where a text is too long: never the time, nor at 1366 px the
      // meeting's name.
      const clipped = (cell: string) =>
        subject.locator(cell).evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(await clipped('td:first-child')).toBe(false);
      if (width >= 1366) expect(await clipped('td[title^="Møde: "]')).toBe(false);

      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(MAX_HEIGHT);
      const lineHeights = await page
        .locator('tbody tr.audit-row')
        .evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
      expect(Math.max(...lineHeights)).toBeLessThan(60);
      const overflow = await page
        .locator('.table-wrap')
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await expectNoSeriousA11yViolations(page, `the audit log at ${width} px`);
    });
  }

  it('shows the ids only in an unfolded entry', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openAuditLog();
    const row = page.locator('tbody tr.audit-row').filter({ hasText: 'Sag rejst' }).first();
    await row.getByRole('button', { name: /^Vis detaljer for post/ }).click();
    const details = await visible(page.locator('.audit-details-row'));
    expect(await details.textContent()).toContain('Objektets id');
    expect(await details.textContent()).toContain(`Sag: ${CASE_TITLE}`);
    expect(await details.locator('dd code').first().textContent()).toMatch(UUID);
    await expectNoSeriousA11yViolations(page, 'an unfolded audit entry');
  });

  for (const width of [1366, 1024]) {
    it(`counts the comment on an item in the review panel at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/meetings/${meetingId}/agenda`);
      const panel = await visible(
        page.getByRole('region', { name: 'Gennemlæsning før udsendelse' }),
      );
      await visible(panel.getByText('1 kommentar til et punkt står ved punktet.'));
      expect(await panel.textContent()).not.toContain('Ingen kommentarer endnu');
      await visible(page.getByText(COMMENT));
      await visible(page.getByText('1 kommentar til punktet'));
      await expectNoSeriousA11yViolations(page, `the agenda in review at ${width} px`);
    });
  }

  it('names the calendar file after the forum and the day', async () => {
    const res = await page.request.get(`/api/meetings/${meetingId}.ics`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toBe(
      `inline; filename="kkr-syddanmark-${DAY}.ics"; filename*=UTF-8''kkr-syddanmark-${DAY}.ics`,
    );
  });
});
