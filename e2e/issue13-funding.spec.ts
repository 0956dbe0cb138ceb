/**
 * Joint funding applications and charters (issue 13), in Danish: the demo admin registers a
 * pool, creates a joint application (the budget editor shows the running difference), moves it
 * idea → in preparation → submitted through the confirmation dialogs, and requests charters from
 * the clusters and opens the status matrix. Every page has no serious or critical accessibility
 * violations.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark } from '../src/shared/dates';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await loggedInPage(context, DEMO_ADMIN.email, 1366);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Picks the first real option of a labelled select in a dialog. */
async function pickFirst(root: Locator, name: string): Promise<void> {
  const select = root.getByLabel(name, { exact: true });
  const value = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(value ?? '');
}

describe('a joint funding application', () => {
  it('registers a pool and creates an application', async () => {
    await page.goto('/funding');
    await visible(page.getByRole('heading', { level: 1, name: 'Fælles ansøgninger' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Søgt og vundet' }));
    await expectNoSeriousA11yViolations(page, 'the funding page');

    await page.getByRole('button', { name: 'Ny pulje' }).click();
    const poolDialog = await visible(page.getByRole('dialog', { name: 'Ny pulje' }));
    await poolDialog.getByLabel('Udbyder').fill('Sundhedsstyrelsen');
    await poolDialog.getByLabel('Titel').fill('Pulje til det nære sundhedsvæsen');
    await poolDialog.getByLabel('Beløb').fill('5.000.000');
    await poolDialog.getByLabel('Ansøgningsfrist').fill(addDays(todayInDenmark(), 60));
    await poolDialog.getByLabel('Kriterier').fill('https://www.sst.dk/puljer');
    await expectNoSeriousA11yViolations(page, 'the new pool dialog');
    await poolDialog.getByRole('button', { name: 'Opret pulje' }).click();
    await visible(page.getByRole('cell', { name: '5.000.000,00 kr.' }));

    await page.getByRole('button', { name: 'Ny ansøgning' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Ny fælles ansøgning' }));
    await dialog.getByLabel('Titel').fill('Fælles akutteam');
    await pickFirst(dialog, 'Pulje');
    await pickFirst(dialog, 'Ejende forum (klynge)');
    await pickFirst(dialog, 'Ansvarlig part (lead)');
    await dialog.getByLabel('Samlet budget (kr.)').fill('1.000.000');
    await dialog.getByRole('button', { name: 'Opret ansøgning' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Fælles akutteam' }));
    await visible(page.getByText('Nuværende status: Idé'));
  });

  it('shows the running difference of the budget split', async () => {
    const status = page.getByRole('status').filter({ hasText: 'Difference' });
    await expect(status.textContent()).resolves.toContain('Fordelingen går op: 1.000.000,00 kr.');
    const amount = page.getByRole('textbox', { name: /^Beløb \(kr\.\)/ }).first();
    await amount.fill('999.999,99');
    await expect(status.textContent()).resolves.toContain('Der mangler 0,01 kr.');
    await amount.fill('1.000.000');
    await expectNoSeriousA11yViolations(page, 'the application page');
  });

  it('moves idea → in preparation → submitted after confirmations', async () => {
    for (const [label, shown] of [
      ['Under udarbejdelse', 'Nuværende status: Under udarbejdelse'],
      ['Indsendt', 'Nuværende status: Indsendt'],
    ] as const) {
      await page.getByRole('button', { name: `Flyt til "${label}"` }).click();
      const confirm = await visible(page.getByRole('alertdialog'));
      await expectNoSeriousA11yViolations(page, `the confirmation to ${label}`);
      await confirm.getByRole('button', { name: `Flyt til "${label}"` }).click();
      await visible(page.getByText(shown));
    }
    await visible(page.getByText('Ansøgningen er indsendt; budgettet kan ikke længere ændres.'));
  });
});

describe('charters', () => {
  it('requests charters from the clusters and opens the status matrix', async () => {
    await page.goto('/charters');
    await visible(page.getByRole('heading', { level: 1, name: 'Kommissorier' }));
    await expectNoSeriousA11yViolations(page, 'the charters page');
    await page.getByRole('button', { name: 'Efterlys kommissorier' }).click();
    const dialog = await visible(
      page.getByRole('dialog', { name: 'Efterlys kommissorier fra klyngerne' }),
    );
    const forum = dialog.getByLabel('Forum, der efterlyser');
    if (!(await forum.inputValue())) await pickFirst(dialog, 'Forum, der efterlyser');
    await dialog.getByLabel('Titel').fill('Kommissorier for klyngerne');
    await expect(dialog.getByLabel('Minimumskrav').inputValue()).resolves.toContain(
      'Faste opgaver og forpligtelser',
    );
    await dialog.getByRole('button', { name: 'Send efterlysning' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kommissorier for klyngerne' }));
    await visible(page.getByText(/Til tiden: 0 · For sent: 0 · Mangler: 0 · Afventer: \d+/));
    await visible(page.getByRole('columnheader', { name: 'Mødefrekvens' }));
    await expectNoSeriousA11yViolations(page, 'the charter status page');
  });
});
