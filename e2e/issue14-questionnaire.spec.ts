/**
 * The questionnaire journey (issue 14, point 2), in Danish: the demo secretariat builds a small
 * questionnaire (one required single-choice question), sends it to a municipality (its contact is
 * found from the party's office holders), an anonymous visitor answers through the personal link
 * without logging in, and the secretariat sees "1/1 besvaret" and the result per question.
 * Each page has no serious or critical accessibility violations.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const SLOW = { timeout: 180_000 };
const TITLE = `Spørgeskema e2e ${Date.now().toString(36)}`;
const QUESTION = 'Har kommunen et akutteam?';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the questionnaire journey', () => {
  it('builds, sends, answers through the link and shows the results', SLOW, async () => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await loggedInPage(context, 'sekretariat@demo.samspil.dk');
    await page.goto('/questionnaires');
    await visible(page.getByRole('heading', { level: 1, name: 'Spørgeskemaer' }));
    await expectNoSeriousA11yViolations(page, 'the questionnaires page');

    await page.getByLabel('Titel på nyt spørgeskema').fill(TITLE);
    await page.getByRole('button', { name: 'Opret spørgeskema' }).click();
    await page.waitForURL(/\/questionnaires\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));

    await page.getByRole('button', { name: 'Tilføj afsnit' }).click();
    await page.getByRole('button', { name: 'Tilføj spørgsmål' }).click();
    await page.getByLabel('Spørgsmål 1').fill(QUESTION);
    await page.getByLabel('Skal besvares').check();
    await page.getByRole('button', { name: 'Gem spørgeskema' }).click();
    await visible(page.getByText('Spørgeskemaet er gemt.'));
    await expectNoSeriousA11yViolations(page, 'the builder');

    const parties = page.locator('fieldset', { hasText: 'Kommuner (partens kontaktperson)' });
    await parties.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const link = await visible(page.locator('.q-links code').first());
    const url = (await link.textContent()) ?? '';
    expect(url).toMatch(/\/questionnaires\/answer\/[A-Za-z0-9_-]{43}$/);
    await visible(page.getByRole('heading', { level: 2, name: 'Svarstatus: 0/1 besvaret' }));
    await expectNoSeriousA11yViolations(page, 'the sent questionnaire');

    // A recipient without an account answers through the personal link.
    const anonymous = await newContext(browser);
    contexts.push(anonymous);
    const answer = await anonymous.newPage();
    await answer.goto(new URL(url).pathname);
    await visible(answer.getByRole('heading', { level: 1, name: TITLE }));
    await expectNoSeriousA11yViolations(answer, 'the answer page');
    await answer.getByRole('button', { name: 'Indsend svar' }).click();
    await visible(answer.getByText('Spørgsmålet skal besvares.'));
    await answer.getByRole('radio', { name: 'Ja' }).check();
    await answer.getByRole('button', { name: 'Indsend svar' }).click();
    await visible(answer.getByText('Tak – dit svar er indsendt.'));

    await page.reload();
    await visible(page.getByRole('heading', { level: 2, name: 'Svarstatus: 1/1 besvaret' }));
    await visible(page.getByRole('heading', { level: 3, name: QUESTION }));
    const row = page.locator('.q-result tbody tr', { hasText: 'Ja' });
    expect(await row.textContent()).toContain('100');
    await expectNoSeriousA11yViolations(page, 'the results');
  });
});
