/**
 * Editing an implementation plan in the browser (issue 9): the demo secretariat creates a plan
 * ("Ny plan"), adds a goal ("Nyt mål") and an initiative ("Ny indsats") under it, gives the
 * initiative a milestone and records a degree for a municipality, and sees each on the pages.
 * axe finds no serious or critical violations on the dialogs.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/demo';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  useDanish,
  visible,
} from './fixtures/browser';

const SECRETARIAT =
  DEMO_USERS.find((u) => u.role === 'secretariat')?.email ?? 'sekretariat@demo.samspil.dk';
const SLOW = { timeout: 90_000 };
const STAMP = Date.now().toString(36);
const PLAN_TITLE = `Testplan ${STAMP}`;
const GOAL_TITLE = `Færre genindlæggelser ${STAMP}`;
const INITIATIVE_TITLE = `Opfølgende hjemmebesøg ${STAMP}`;
const MILESTONE_TITLE = `Aftale om besøgsmodel ${STAMP}`;
const COMMENT = `Godt i gang ${STAMP}`;

/** Waits until a select has more than its empty option, then picks the first real one. */
async function pickFirst(page: Page, label: string | RegExp, matching?: RegExp): Promise<void> {
  const select = page.getByRole('dialog').getByLabel(label);
  await visible(select);
  await page.waitForFunction(
    (el) => (el as HTMLSelectElement).options.length > 1 && !(el as HTMLSelectElement).disabled,
    await select.elementHandle(),
  );
  if (!matching) {
    await select.selectOption({ index: 1 });
    return;
  }
  const labels = await select.locator('option').allTextContents();
  const index = labels.findIndex((text, i) => i > 0 && matching.test(text));
  expect(index, `an option matching ${matching}`).toBeGreaterThan(0);
  await select.selectOption({ index });
}

describe('implementation plan: the secretariat edits a plan', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let planUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto('/login');
    await logIn(page, SECRETARIAT, DEMO_PASSWORD);
    await useDanish(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('creates a plan with "Ny plan"', SLOW, async () => {
    await page.goto('/plans');
    await visible(page.getByRole('heading', { level: 1, name: 'Implementeringsplaner' }));
    await page.getByRole('button', { name: 'Ny plan' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Ny plan' }));
    // The demo secretariat acts in Region Syddanmark (other browser tests add other regions).
    await pickFirst(page, 'Samarbejde', /Syddanmark/);
    await pickFirst(page, 'Ejende forum');
    await dialog.getByLabel('Titel').fill(PLAN_TITLE);
    expect(await dialog.getByLabel('Kortnavn (nøgle)').inputValue()).toBe(`testplan-${STAMP}`);
    await dialog.getByLabel('Gælder fra').fill('2026-01-01');
    await expectNoSeriousA11yViolations(page, 'the new plan dialog');

    // A problem is shown beside the field, in Danish, before anything is sent.
    await dialog.getByLabel('Kortnavn (nøgle)').fill('Ikke gyldig');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await visible(dialog.getByText(/Kun små bogstaver, tal og bindestreg/));
    await dialog.getByLabel('Kortnavn (nøgle)').fill(`testplan-${STAMP}`);

    await dialog.getByRole('button', { name: 'Opret' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planUrl = new URL(page.url()).pathname;
    await visible(page.getByRole('heading', { level: 1, name: PLAN_TITLE }));
  });

  it('adds a goal with "Nyt mål"', SLOW, async () => {
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Nyt mål' }));
    await dialog.getByLabel('Kode').fill('1');
    await dialog.getByLabel('Titel').fill(GOAL_TITLE);
    await expectNoSeriousA11yViolations(page, 'the new goal dialog');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await visible(page.getByRole('list').getByText(GOAL_TITLE).first());
  });

  it('adds an initiative under the goal with "Ny indsats"', SLOW, async () => {
    await page.getByRole('button', { name: 'Ny indsats' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Ny indsats' }));
    await dialog.getByLabel('Nummer').fill('1.1');
    await dialog.getByLabel('Titel').fill(INITIATIVE_TITLE);
    await pickFirst(page, /^Mål/);
    await expectNoSeriousA11yViolations(page, 'the new initiative dialog');
    // Escape closes without saving; the button gets the focus back.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe(
      'Ny indsats',
    );
    await page.getByRole('button', { name: 'Ny indsats' }).click();
    const again = await visible(page.getByRole('dialog', { name: 'Ny indsats' }));
    await again.getByLabel('Nummer').fill('1.1');
    await again.getByLabel('Titel').fill(INITIATIVE_TITLE);
    await pickFirst(page, /^Mål/);
    await again.getByRole('button', { name: 'Opret' }).click();
    await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: `1.1. ${INITIATIVE_TITLE}` }));
  });

  it('gives the initiative a milestone', SLOW, async () => {
    await page.getByRole('button', { name: 'Ny milepæl' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Ny milepæl' }));
    await dialog.getByLabel('Titel').fill(MILESTONE_TITLE);
    await dialog.getByLabel('Frist').fill('2027-06-30');
    await expectNoSeriousA11yViolations(page, 'the new milestone dialog');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await visible(page.getByRole('row', { name: new RegExp(MILESTONE_TITLE) }));
  });

  it('records a degree for a municipality', SLOW, async () => {
    await page.getByRole('button', { name: 'Registrér grad' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Registrér grad' }));
    await pickFirst(page, 'Hvem');
    const subject = await dialog
      .getByLabel('Hvem')
      .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    await pickFirst(page, 'Grad');
    await dialog.getByLabel('Kommentar').fill(COMMENT);
    await dialog.getByLabel('Dato').fill('2026-06-01');
    await expectNoSeriousA11yViolations(page, 'the record degree dialog');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    const row = page.getByRole('row', { name: new RegExp(subject) }).filter({ hasText: COMMENT });
    await visible(row);
  });

  it('sees the goal and the initiative on the plan page', SLOW, async () => {
    await page.goto(planUrl);
    await visible(page.getByRole('heading', { level: 1, name: PLAN_TITLE }));
    await visible(page.getByRole('link', { name: INITIATIVE_TITLE }));
    await visible(page.getByText(GOAL_TITLE).first());
    await expectNoSeriousA11yViolations(page, 'the plan page with edit buttons');
  });
  it('records a cluster priority from the priorities page', SLOW, async () => {
    await page.goto(`${planUrl}/priorities`);
    await page
      .getByRole('button', { name: /^Ændr prioritering for .*, indsats 1\.1$/ })
      .first()
      .click();
    const dialog = await visible(page.getByRole('dialog', { name: /^Prioritering: 1\.1\./ }));
    await dialog.getByLabel('Senere').check();
    await dialog.getByLabel('Note').fill('Efter sommer');
    await dialog.getByLabel('Besluttet den').fill('2026-05-01');
    await expectNoSeriousA11yViolations(page, 'the priority dialog');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await visible(page.getByRole('cell', { name: /Senere/ }).first());
  });

  it('creates an indicator and sets one value', SLOW, async () => {
    await page.goto(`${planUrl}/indicators`);
    await page.getByRole('button', { name: 'Ny indikator' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Ny indikator' }));
    await dialog.getByLabel('Titel').fill(`Genindlæggelser ${STAMP}`);
    await dialog.getByLabel('Kortnavn (nøgle)').fill(`genindl-${STAMP}`);
    await dialog.getByLabel('Enhed').fill('pct.');
    await dialog.getByLabel('Mål (tal)').fill('8,5');
    await expectNoSeriousA11yViolations(page, 'the new indicator dialog');
    await dialog.getByRole('button', { name: 'Opret' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await visible(page.getByRole('row', { name: new RegExp(`Genindlæggelser ${STAMP}`) }));

    const row = page.getByRole('row', { name: new RegExp(`Genindlæggelser ${STAMP}`) });
    const names = await row.getByRole('button').allTextContents();
    expect(names.join(' | ')).toContain('Angiv værdi');
    await row.getByRole('button', { name: /^Angiv værdi/ }).click();
    const value = await visible(page.getByRole('dialog', { name: /^Angiv værdi:/ }));
    await pickFirst(page, 'Kommune eller region');
    await value.getByLabel('Periode').fill('2026');
    await value.getByLabel(/^Værdi/).fill('9,25');
    await expectNoSeriousA11yViolations(page, 'the value dialog');
    await value.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: /^Vis graf/ }).click();
    await visible(page.getByText('9.25').first());
  });
});
