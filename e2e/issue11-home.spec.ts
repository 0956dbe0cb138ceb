/**
 * "Mit arbejde" on the home page (issue 11, point 8), in Danish at 1366 and 1024 px: the demo
 * secretariat sees its next meetings (the first one as the API answers it for the server's day,
 * its link leading to the meeting), the agenda deadlines and the cases waiting in the fora it
 * serves; the demo member sees the fora they sit in and what came back to them; the demo reader
 * without seats sees the collaboration's next meetings and latest decisions. Every section has a
 * heading and a list or a Danish empty state; the page fits the width and has no serious or
 * critical accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/demo';
import type { MyWork } from '../src/shared/home.contract';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  useDanish,
  visible,
} from './fixtures/browser';

const WIDTHS = [1366, 1024] as const;
const SLOW = { timeout: 120_000 };

let browser: Browser;
const contexts: BrowserContext[] = [];

/** A page logged in as `email` at `width` px, in Danish, on the home page. */
async function homeAs(email: string, width: number): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/login');
  await logIn(page, email, DEMO_PASSWORD);
  await useDanish(page);
  await page.goto('/');
  await visible(page.getByRole('heading', { level: 2, name: 'Mit arbejde' }));
  return page;
}

/** The user's work as the page reads it (the server's day). */
async function workOf(page: Page): Promise<MyWork> {
  const res = await page.request.get('/api/home/my-work');
  expect(res.status()).toBe(200);
  return (await res.json()) as MyWork;
}

/** The card of a section by its heading. */
const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Neither the page nor "Mit arbejde" is wider than the window. */
async function expectFits(page: Page, width: number): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    work: document.querySelector('.my-work')?.getBoundingClientRect().right ?? 0,
  }));
  expect(widths.page).toBeLessThanOrEqual(width);
  expect(widths.work).toBeLessThanOrEqual(width);
}

/** A section shows its rows as links, or its empty state when it has none. */
async function expectSection(page: Page, name: string, titles: string[], empty: string) {
  const section = await visible(card(page, name));
  const text = (await section.textContent()) ?? '';
  if (titles.length === 0) {
    expect(text).toContain(empty);
    return;
  }
  expect(await section.getByRole('listitem').count()).toBe(titles.length);
  for (const title of titles) expect(text).toContain(title);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe.each(WIDTHS)('"Mit arbejde" at %i px', (width) => {
  it(
    'shows the secretariat its next meeting, deadlines and waiting cases, with links',
    SLOW,
    async () => {
      const page = await homeAs('sekretariat@demo.samspil.dk', width);
      const work = await workOf(page);
      expect(work.mode).toBe('mine');
      expect(work.meetings.items.length, 'the demo has meetings ahead').toBeGreaterThan(0);
      const meetings = await visible(card(page, 'Næste møder'));
      const first = work.meetings.items[0];
      const link = meetings.getByRole('link', { name: first?.title ?? '' }).first();
      await visible(link);
      await expectSection(
        page,
        'Frister',
        work.deadlines.items.map((d) => d.meeting.forumName ?? ''),
        'Ingen dagsordensfrister de næste måneder.',
      );
      if (work.deadlines.items.length > 0) {
        expect(await card(page, 'Frister').textContent()).toContain(
          'Frist for punkter til dagsordenen',
        );
      }
      await expectSection(
        page,
        'Sager, der venter i dine fora',
        work.waitingCases.items.map((c) => c.title),
        'Ingen sager venter i dine fora.',
      );
      await expectFits(page, width);
      await expectNoSeriousA11yViolations(page, `the secretariat's home at ${width} px`);
      await link.click();
      await page.waitForURL(new RegExp(`/meetings/${first?.id ?? 'none'}`));
    },
  );

  it('shows the member the fora they sit in and what came back to them', SLOW, async () => {
    const page = await homeAs('medlem@demo.samspil.dk', width);
    const work = await workOf(page);
    expect(work.mode).toBe('mine');
    expect(work.seats.length).toBeGreaterThan(0);
    const seats = await visible(page.getByText(/^Dine fora: /));
    for (const s of work.seats) expect(await seats.textContent()).toContain(s.name ?? '');
    await expectSection(
      page,
      'Kommet tilbage til dig',
      work.returned.items.map((r) => r.title),
      'Ingen afgørelser er kommet tilbage til dine fora.',
    );
    await visible(card(page, 'Det skal du gøre'));
    await expectFits(page, width);
    await expectNoSeriousA11yViolations(page, `the member's home at ${width} px`);
  });

  it('shows a reader without seats the next meetings and latest decisions', SLOW, async () => {
    const page = await homeAs('laeser@demo.samspil.dk', width);
    const work = await workOf(page);
    expect(work.mode).toBe('general');
    await visible(page.getByText(/Du sidder ikke i et forum endnu/));
    await expectSection(
      page,
      'Samarbejdets næste møder',
      work.meetings.items.map((m) => m.title),
      'Ingen kommende møder.',
    );
    await expectSection(
      page,
      'Seneste afgørelser',
      work.decisions.items.map((d) => d.title),
      'Der er ingen afgjorte sager endnu.',
    );
    await expectFits(page, width);
    await expectNoSeriousA11yViolations(page, `the reader's home at ${width} px`);
  });
});
