/**
 * Organisation journey (issue 3): the secretariat imports a collaboration from a YAML template
 * through the UI (check → what will change → import), opens the overview and the org chart,
 * follows a box to a forum, sees a breach, and adds a rule that the server warns about; the
 * warning lists the breaches in Danish and "Gem alligevel" saves it. Along the way: the "as of"
 * date in the address with its banner, the chart's list view, axe on every page, and a reader
 * who sees no edit controls.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/demo';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  visible,
} from './fixtures/browser';

const TEMPLATE = readFileSync(new URL('../templates/capital-2022.yaml', import.meta.url), 'utf8');
const COLLABORATION = 'Sundhedssamarbejdet i Region Hovedstaden';
const SSU = 'Sundhedssamarbejdsudvalget';
/** Reading a whole collaboration on two shared cores can take a while. */
const SLOW = { timeout: 90_000 };

describe('organisation', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let forumUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto('/login');
    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('imports an organisation file: check, see what will change, import', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Organisation' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Organisation' }));
    await page.getByRole('link', { name: 'Importér organisationsfil' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Importér organisationsfil' }));

    await page.getByRole('button', { name: 'Tjek filen' }).click();
    await visible(page.getByText('Vælg en fil eller indsæt indholdet først.'));
    await page.getByLabel('Eller indsæt filens indhold').fill(TEMPLATE);
    await page.getByRole('button', { name: 'Tjek filen' }).click();
    await visible(page.getByText('Filen er gyldig.').first());
    expect(await page.getByText(/^Linje \d+, kolonne \d+:/).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'the import page after the check');

    await page.getByRole('button', { name: 'Vis hvad importen vil ændre' }).click();
    await visible(page.getByRole('heading', { name: '3. Det vil importen gøre' }).first());
    const diff = await page.getByRole('table', { name: 'Ændringer pr. slags' }).textContent();
    expect(diff).toContain('Fora');
    await expectNoSeriousA11yViolations(page, 'the import page with the diff');

    // The demo data may already hold this collaboration: then there is nothing to import.
    if (await page.getByText('Samspil svarer allerede til filen.').count()) {
      await page.goto('/organisation');
      await page.getByRole('link', { name: COLLABORATION }).click();
    } else {
      await page.getByRole('button', { name: 'Importér', exact: true }).click();
      await visible(page.getByText(/Importen er gennemført: \d+ oprettet/).first());
      await page.getByRole('link', { name: 'Åbn samarbejdet' }).click();
    }
    await visible(page.getByRole('heading', { level: 1, name: COLLABORATION }));
  });

  it('shows the overview: clusters with their markers, fora by level, breaches', async () => {
    await visible(page.getByRole('heading', { level: 2, name: 'Klynger og kommuner' }).first());
    await page.waitForSelector('.org-clusters', SLOW);
    // København is split between two clusters: marked "delvis" in both.
    expect(await page.locator('.org-clusters').getByText('delvis', { exact: true }).count()).toBe(
      2,
    );
    await visible(page.getByRole('table', { name: 'Regionalt niveau' }));
    await visible(page.getByRole('link', { name: 'Se alle regelbrud' }));
    await expectNoSeriousA11yViolations(page, 'the overview');
  });

  it('keeps the "as of" date in the address and says when it is not today', async () => {
    await page.getByLabel('Vis organisationen pr. dato').fill('2024-01-01');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForFunction(() => location.search.includes('dato=2024-01-01'));
    await visible(page.getByText(/Du ser organisationen, som den var mandag den 1\. januar 2024/));
    await page.getByRole('button', { name: 'Vis i dag' }).click();
    await page.waitForFunction(() => !location.search.includes('dato='));
    // The address changes before the page re-renders: wait for the notice to go (or time out).
    await page.getByText(/Du ser organisationen, som den var/).waitFor({ state: 'detached' });
    expect(await page.getByText(/Du ser organisationen, som den var/).count()).toBe(0);
  });

  it('draws the org chart with keyboard-reachable boxes and a list view', async () => {
    await page
      .getByRole('navigation', { name: 'Sider om samarbejdet' })
      .getByRole('link', { name: 'Organisationsdiagram' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Organisationsdiagram' }));
    const box = page.getByRole('link', { name: new RegExp(`^${SSU}: Regionalt niveau`) });
    await box.waitFor(SLOW);
    await visible(page.getByRole('button', { name: 'Hent som PDF' }));
    await expectNoSeriousA11yViolations(page, 'the org chart');

    await page.getByRole('button', { name: 'Liste' }).click();
    await visible(page.getByRole('heading', { name: 'Diagrammet som liste' }));
    expect(await page.locator('.org-chart-list').textContent()).toContain('Embedsmandsudvalget');
    await page.getByRole('button', { name: 'Diagram' }).click();

    await box.waitFor(SLOW);
    await box.focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { level: 1, name: SSU }));
    forumUrl = page.url();
  });

  it('shows a forum with its members, vacancies and a breach in Danish', async () => {
    const breaches = page.locator('.org-breaches');
    await breaches.waitFor(SLOW);
    expect(await breaches.textContent()).toMatch(/næstformand .* er ikke besat/);
    await visible(page.getByRole('table', { name: /^Medlemmer pr\./ }));
    expect(await page.getByText('Ledig', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'the forum page');
  });

  it('warns before a change that breaks a rule, and saves it when acknowledged', async () => {
    const before = await page.locator('.org-breach').count();
    await page.getByRole('tab', { name: 'Regler' }).click();
    await page.getByRole('button', { name: 'Tilføj regel' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Tilføj sammensætningsregel' }));
    await dialog.getByLabel('Regel').selectOption('noVacantSeats');
    await expectNoSeriousA11yViolations(page, 'the add-rule dialog');
    await dialog.getByRole('button', { name: 'Tilføj regel' }).click();

    const warning = await visible(
      page.getByRole('alertdialog', { name: 'Ændringen bryder sammensætningsreglerne' }),
    );
    expect(await warning.textContent()).toContain('Ændringen vil bryde følgende regler');
    expect(await warning.textContent()).toMatch(/Pladsen ».+« .*er ledig\./);
    // The safe choice has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuller');
    await warning.getByRole('button', { name: 'Gem alligevel' }).click();

    await visible(page.getByText(/Ændringen er gemt med \d+ kendte? brud på reglerne\./));
    await page.waitForFunction(
      (n) => document.querySelectorAll('.org-breach').length > n,
      before,
      SLOW,
    );
    expect(await page.locator('.org-breaches').textContent()).toMatch(/er ledig\./);
    await page.getByRole('tab', { name: 'Regler' }).click();
    await visible(page.getByRole('rowheader', { name: 'Ingen ledige pladser' }));
  });

  it('shows no edit controls to a reader', async () => {
    const reader = DEMO_USERS.find((u) => u.role === 'reader');
    if (!reader) throw new Error('no demo reader');
    const other = await newContext(browser);
    const readerPage = await other.newPage();
    await readerPage.goto('/login');
    await logIn(readerPage, reader.email, DEMO_PASSWORD);
    await readerPage.goto(forumUrl);
    await visible(readerPage.getByRole('heading', { level: 1, name: SSU }));
    await readerPage.locator('.org-breaches').waitFor(SLOW);
    expect(await readerPage.getByRole('button', { name: 'Redigér forummet' }).count()).toBe(0);
    expect(await readerPage.getByRole('button', { name: /^Udpeg/ }).count()).toBe(0);
    await readerPage.getByRole('tab', { name: 'Regler' }).click();
    expect(await readerPage.getByRole('button', { name: 'Tilføj regel' }).count()).toBe(0);
    await other.close();
  });
});
