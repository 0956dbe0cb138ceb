/**
 * The newsletter journey (issue 13, point 4), in Danish: the demo secretariat composes a
 * newsletter for a period (pre-filled from public content), edits an item, previews it, sends it
 * (the demo has no confirmed subscribers, so it is sent at once: 0 of 0) and an anonymous visitor
 * finds it in the collaboration's public archive, with the edited item, and the subscribe form.
 * Each page has no serious or critical accessibility violations.
 */
import type { Browser, BrowserContext } from 'playwright-core';
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
const TITLE = `Nyhedsbrev e2e ${Date.now().toString(36)}`;
const EDITED = 'Redigeret punkt i nyhedsbrevet';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the newsletter journey', () => {
  it('composes, edits, sends and publishes a newsletter in the public archive', SLOW, async () => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await loggedInPage(context, 'sekretariat@demo.samspil.dk');
    await page.goto('/newsletters');
    await visible(page.getByRole('heading', { level: 1, name: 'Nyhedsbreve' }));
    await expectNoSeriousA11yViolations(page, 'the newsletters page');

    const form = page.locator('section[aria-labelledby="new-newsletter"]');
    await form.getByLabel('Titel').fill(TITLE);
    const today = todayInDenmark();
    await form.getByLabel('Fra').fill(addDays(today, -90));
    await form.getByLabel('Til').fill(today);
    await form.getByRole('button', { name: 'Opret og forudfyld' }).click();
    await page.waitForURL(/\/newsletters\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));
    const newsletterId = page.url().split('/').at(-1) ?? '';

    // Whatever the pre-fill found, add a section and an item, then edit the item.
    await page.getByRole('button', { name: 'Tilføj afsnit' }).click();
    const section = page.locator('.newsletter-section').last();
    await section.getByRole('button', { name: 'Tilføj punkt' }).click();
    const item = section.locator('.newsletter-item').last();
    await item.getByLabel('Titel').fill(EDITED);
    await item.getByLabel('Tekst').fill('Teksten er skrevet af sekretariatet.');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await visible(page.getByText('Nyhedsbrevet er gemt'));
    await page.getByRole('button', { name: 'Forhåndsvisning' }).click();
    const preview = await visible(page.locator('.newsletter-preview-text'));
    expect(await preview.textContent()).toContain(EDITED);
    await expectNoSeriousA11yViolations(page, 'the newsletter editor');

    await page.getByRole('button', { name: 'Send nyhedsbrev' }).click();
    const dialog = await visible(page.getByRole('alertdialog'));
    await expectNoSeriousA11yViolations(page, 'the send confirmation');
    await dialog.getByRole('button', { name: 'Send nyhedsbrev' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Sendt' }));
    await visible(page.getByText('0 af 0 sendt').first());

    const detail = await page.request.get(`/api/newsletters/${newsletterId}`);
    const collaborationId = ((await detail.json()) as { collaborationId: string }).collaborationId;

    // An anonymous visitor: the archive, the newsletter, the feed link and the subscribe form.
    const publicContext = await newContext(browser);
    contexts.push(publicContext);
    const visitor = await publicContext.newPage();
    await visitor.goto(`/newsletters/archive/${collaborationId}`);
    await visible(visitor.getByRole('heading', { level: 1, name: /^Nyhedsbreve fra / }));
    await visible(visitor.getByRole('link', { name: 'Abonnér via RSS/Atom-feed' }));
    await visible(visitor.getByRole('heading', { level: 2, name: 'Få nyhedsbrevet på e-mail' }));
    await expectNoSeriousA11yViolations(visitor, 'the public archive');
    await visitor.getByRole('link', { name: TITLE }).click();
    await visible(visitor.getByRole('heading', { level: 1, name: TITLE }));
    await visible(visitor.getByText(EDITED));
    await expectNoSeriousA11yViolations(visitor, 'a newsletter in the public archive');
  });
});
