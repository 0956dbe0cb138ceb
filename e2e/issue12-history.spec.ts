/**
 * Bringing history in (issue 12 point 6), in Danish: the demo secretariat records one case
 * treated last spring through the form on "Indlæs historik" (raised in the administrative
 * cluster Fyn, decided finally at its meeting), sees the preview with the meeting to create,
 * confirms, and opens the case page, whose timeline shows the real dates marked "indført".
 * Both pages have no serious or critical accessibility violations. The dates are relative to
 * the demo's day (the demo is made for today).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark } from '../src/shared/dates';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const SLOW = { timeout: 180_000 };

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

interface Overview {
  foraByLevel: { fora: { entityId: string; name: string }[] }[];
}

/** The administrative cluster Fyn's forum id, through the API the page uses. */
async function clusterFyn(page: Page): Promise<string> {
  const list = await page.request.get('/api/org/collaborations');
  const items = ((await list.json()) as { items: { entityId: string }[] }).items;
  for (const c of items) {
    const res = await page.request.get(`/api/org/collaborations/${c.entityId}/overview`);
    const overview = (await res.json()) as Overview;
    const forum = overview.foraByLevel
      .flatMap((l) => l.fora)
      .find((f) => /sundhedsklynge fyn \(administrativ/i.test(f.name));
    if (forum) return forum.entityId;
  }
  throw new Error('no administrative cluster Fyn in the demo');
}

describe('Indlæs historik', () => {
  it(
    'records a case from last spring through the form and shows it on its case page',
    SLOW,
    async () => {
      const page = await loggedInPage(context, 'sekretariat@demo.samspil.dk', 1366);
      const forumId = await clusterFyn(page);
      const raisedOn = addDays(todayInDenmark(), -200);
      const meetingOn = addDays(raisedOn, 14);
      const title = `Historisk sag om rehabilitering ${raisedOn}`;

      await page.goto('/cases/history');
      await visible(page.getByRole('heading', { level: 1, name: 'Indlæs historik' }));
      await expectNoSeriousA11yViolations(page, 'the history page');

      const form = page.getByRole('region', { name: 'Én sag' });
      await form.getByLabel('Titel', { exact: true }).fill(title);
      await form.getByLabel('Rejst i').selectOption(forumId);
      await form.getByLabel('Rejst den').fill(raisedOn);
      const step = form.getByRole('group', { name: 'Trin 1' });
      await step.getByLabel('Forum', { exact: true }).selectOption(forumId);
      await step.getByLabel('Mødedato').fill(meetingOn);
      await step
        .getByLabel('Indstilling', { exact: true })
        .fill('Klyngen indstiller en fælles model');
      await step
        .getByLabel('Beslutning', { exact: true })
        .fill('Den fælles model indføres i klyngen');
      await step.getByLabel('Endelig beslutning').check();

      await form.getByRole('button', { name: 'Vis eksempel' }).click();
      const preview = await visible(
        form.getByRole('region', { name: 'Eksempel: det her bliver oprettet' }),
      );
      expect(await preview.textContent()).toContain('Nyt historisk møde i');
      expect(await preview.textContent()).toContain('Ingen problemer fundet.');
      await expectNoSeriousA11yViolations(page, 'the history preview');

      await form.getByRole('button', { name: 'Indfør sagen' }).click();
      const open = await visible(page.getByRole('link', { name: 'Åbn sagen' }));
      await open.click();
      await visible(page.getByRole('heading', { level: 1, name: title }));
      // The history record arrives with its own request: wait for its notice first.
      await visible(page.getByText(/Forløbet er indført efterfølgende som historik/));
      const timeline = await visible(page.getByRole('list', { name: 'Tidslinje' }));
      const text = (await timeline.textContent()) ?? '';
      expect(text).toContain('indført');
      await expectNoSeriousA11yViolations(page, 'the historical case page');
    },
  );
});
