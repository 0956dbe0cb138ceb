/**
 * A joint consultation response (issue 13), in Danish: the demo secretariat creates a
 * consultation for the Southern Jutland cluster (its municipalities chosen with the cluster's
 * forum), adds a municipality's contribution, saves the consolidated draft, co-signs for the
 * municipality and downloads the response as Word, which lists the municipality as a signatory.
 * The list, the form and the consultation page have no serious or critical accessibility
 * violations. The external deadline is set from the server's day (the journey runs at the real
 * date, as the demo is made for it).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark } from '../src/shared/dates';
import { docxText } from '../src/server/test/extract-text';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const TITLE = 'Høring over udkast til nationale anbefalinger for genoptræning';
const CONTRIBUTION = 'Vi foreslår et afsnit om borgere med flere kroniske sygdomme.';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await loggedInPage(context, 'sekretariat@demo.samspil.dk', 1366);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('a joint consultation response', () => {
  it('is created from the list by the secretariat', async () => {
    await page.goto('/consultations');
    await visible(page.getByRole('heading', { level: 1, name: 'Høringssvar' }));
    await expectNoSeriousA11yViolations(page, 'the consultations list');
    await page.getByRole('link', { name: 'Ny høring' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ny høring' }));
    await page.getByLabel('Afsender').fill('Sundhedsstyrelsen');
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Høringsfrist').fill(addDays(todayInDenmark(), 60));
    const forum = page.getByLabel('Forum der udarbejder svaret');
    const value = await forum
      .locator('option', { hasText: 'Sønderjylland (administrativ' })
      .first()
      .getAttribute('value');
    await forum.selectOption(value ?? '');
    const parties = page.getByRole('group', { name: 'Deltagende kommuner og parter' });
    await visible(parties.getByRole('checkbox').first());
    expect(await parties.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'the new consultation form');
    await page.getByRole('button', { name: 'Opret høring' }).click();
    await page.waitForURL(/\/consultations\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));
    await visible(page.getByRole('heading', { level: 2, name: 'Frister' }));
  });

  it('takes a contribution, a draft and a co-signature, and downloads the Word file', async () => {
    const card = page.getByRole('article').first();
    const party = ((await card.getByRole('heading', { level: 3 }).textContent()) ?? '').trim();
    expect(party).not.toBe('');
    await card.getByLabel(`Bidrag fra ${party}`).fill(CONTRIBUTION);
    await card.getByRole('button', { name: 'Gem bidrag' }).click();
    await visible(page.getByText('Bidraget er gemt.'));
    await page.getByLabel('Samlet udkast').fill('Klyngen støtter anbefalingerne.');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await visible(page.getByText('Version 1 er gemt.'));
    const fresh = page.getByRole('article').first();
    await fresh.getByLabel(`Stillingtagen for ${party}`).selectOption({ label: 'Tiltræder' });
    await fresh.getByRole('button', { name: 'Gem stillingtagen' }).click();
    await visible(page.getByText('Stillingtagen er gemt.'));
    await expectNoSeriousA11yViolations(page, 'the consultation page');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som Word (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const text = docxText(await readFile(await download.path()));
    expect(text).toContain(TITLE);
    const lines = text.split('\n');
    expect(lines.slice(lines.indexOf('Tiltrædes af') + 1)).toEqual([party]);
  });
});
