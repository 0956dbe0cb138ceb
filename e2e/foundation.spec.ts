/**
 * The foundation journey: an anonymous visit is sent to the login page, the demo admin logs in
 * and sees the Danish home page, switches to English, and finds the login in the audit log.
 * Login, home and audit pages have no serious or critical accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  visible,
} from './fixtures/browser';

describe('foundation', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('sends an anonymous visitor to the login page, in Danish', async () => {
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await visible(page.getByRole('heading', { level: 1, name: 'Log ind' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.title()).toBe('Log ind · Samspil');
    await expectNoSeriousA11yViolations(page, 'the login page');
  });

  it('shows a failed organisation login (?error=…) as a Danish error', async () => {
    await page.goto('/login?error=oidc-disabled');
    const alert = await visible(page.getByRole('alert'));
    expect(await alert.textContent()).toBe('Din bruger er deaktiveret. Kontakt en administrator.');
    await page.goto('/login');
    await visible(page.getByRole('heading', { level: 1, name: 'Log ind' }));
  });

  it('shows a wrong password as a Danish error', async () => {
    await page.getByLabel('E-mail').fill(DEMO_ADMIN.email);
    await page.getByLabel('Adgangskode', { exact: true }).fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    const alert = await visible(page.getByRole('alert'));
    expect(await alert.textContent()).toContain('Forkert e-mail eller adgangskode');
  });

  it('logs the demo admin in to the Danish home page', async () => {
    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    expect(new URL(page.url()).pathname).toBe('/');
    await visible(page.getByRole('heading', { level: 1, name: `Goddag, ${DEMO_ADMIN.name}` }));
    await visible(page.getByText('Din rolle: Administrator'));
    await visible(page.getByRole('heading', { name: 'Om Samspil' }));
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.getByRole('link', { name: 'Forside' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await visible(nav.getByRole('link', { name: 'Revisionslog' }));
    expect(await page.title()).toBe('Forside · Samspil');
    await expectNoSeriousA11yViolations(page, 'the home page');
  });

  it('switches to English, and keeps it after a reload (stored on the account)', async () => {
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: /English/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Hello, ${DEMO_ADMIN.name}` }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await visible(page.getByText('Your role: Administrator'));
    expect((await saved).status()).toBe(200);
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: `Hello, ${DEMO_ADMIN.name}` }));
    expect(await page.title()).toBe('Home · Samspil');
  });

  it('shows the login in the audit log', async () => {
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.waitForURL(/\/admin\/audit$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Audit log' }));
    const table = await visible(page.getByRole('table', { name: 'Audit log, newest first' }));
    const loginRow = table.getByRole('row').filter({ hasText: 'Logged in' }).first();
    await visible(loginRow);
    expect(await loginRow.textContent()).toContain(DEMO_ADMIN.name);
    await expectNoSeriousA11yViolations(page, 'the audit log');
  });

  it('shows times in Danish format once switched back to Danish', async () => {
    await page.getByRole('button', { name: /Dansk/ }).click();
    const table = await visible(page.getByRole('table', { name: 'Revisionslog, nyeste først' }));
    const loginRow = table.getByRole('row').filter({ hasText: 'Logget ind' }).first();
    const time = (await loginRow.locator('time').textContent()) ?? '';
    expect(time).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$/);
  });

  it("filters the audit log by action and shows an entry's details", async () => {
    await page.getByLabel('Handling').selectOption('auth.login');
    const apply = page.getByRole('button', { name: 'Vis poster' });
    await apply.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/action=auth\.login/);
    const table = await visible(page.getByRole('table', { name: 'Revisionslog, nyeste først' }));
    const rows = table.locator('tbody tr');
    for (const text of await rows.allTextContents()) expect(text).toContain('Logget ind');
    // Applying filters keeps keyboard focus on the button.
    expect(await apply.evaluate((el) => el === document.activeElement)).toBe(true);

    await rows
      .first()
      .getByRole('button', { name: /^Vis detaljer for post/ })
      .click();
    await visible(page.getByRole('tab', { name: 'Ændringer', selected: true }));
    await page.keyboard.press('Tab');
    await page.getByRole('tab', { name: 'Ændringer' }).focus();
    await page.keyboard.press('ArrowRight');
    await visible(page.getByRole('tab', { name: 'Rå data', selected: true }));
  });
});
