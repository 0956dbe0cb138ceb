/**
 * Users admin journey: an admin creates a user, changes the role, disables the account through
 * a confirm dialog (Escape cancels, focus returns), and ends another user's sessions, all at
 * once or one from the user's sessions page, which sends that user to the login page. Also: the
 * skip link, and what a reader may not see.
 */
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

const NEW_USER = {
  name: 'Karen Klyngesekretær',
  email: 'karen.klynge@e2e.samspil.dk',
  password: 'et-langt-og-godt-kodeord',
};

function demoUser(role: 'secretariat' | 'reader') {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user;
}

describe('users admin', () => {
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newContext(browser);
    page = await admin.newPage();
  });

  afterAll(async () => {
    await admin?.close();
    await browser?.close();
  });

  it('offers a skip link as the first Tab stop, leading to the main content', async () => {
    await page.goto('/login');
    await visible(page.getByRole('heading', { level: 1, name: 'Log ind' }));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Gå til indhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('creates a user with a role', async () => {
    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.getByRole('link', { name: 'Brugere' }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Brugere' }));
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Opret bruger' }));
    await dialog.getByLabel('Navn').fill(NEW_USER.name);
    await dialog.getByLabel('E-mail').fill(NEW_USER.email);
    await dialog.getByLabel('Rolle').selectOption('secretariat');
    await dialog.getByLabel('Adgangskode (valgfri)').fill(NEW_USER.password);
    await expectNoSeriousA11yViolations(page, 'the create-user dialog');
    await dialog.getByRole('button', { name: 'Opret bruger' }).click();
    await visible(page.getByText(`${NEW_USER.name} er oprettet.`));
    const row = page.getByRole('row').filter({ hasText: NEW_USER.email });
    expect(await row.textContent()).toContain('Sekretariat');
    await expectNoSeriousA11yViolations(page, 'the users page');
  });

  it('changes the role', async () => {
    await page.getByRole('button', { name: `Skift rolle for ${NEW_USER.name}` }).click();
    const dialog = await visible(
      page.getByRole('dialog', { name: `Skift rolle for ${NEW_USER.name}` }),
    );
    await dialog.getByLabel('Ny rolle').selectOption('member');
    await dialog.getByRole('button', { name: 'Gem rolle' }).click();
    await visible(page.getByText(`${NEW_USER.name} har nu rollen Medlem.`));
  });

  it('disables the user after confirming; Escape cancels and returns focus', async () => {
    const disable = page.getByRole('button', { name: `Deaktiver ${NEW_USER.name}` });
    await disable.click();
    await visible(page.getByRole('alertdialog', { name: `Deaktiver ${NEW_USER.name}?` }));
    // Focus starts on the safe choice.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuller');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await disable.evaluate((el) => el === document.activeElement)).toBe(true);

    await disable.click();
    const dialog = await visible(page.getByRole('alertdialog'));
    await dialog.getByRole('button', { name: 'Deaktiver bruger' }).click();
    await visible(page.getByText(`${NEW_USER.name} er deaktiveret.`));
    const row = page.getByRole('row').filter({ hasText: NEW_USER.email });
    expect(await row.textContent()).toContain('Deaktiveret');
    await visible(page.getByRole('button', { name: `Aktiver ${NEW_USER.name}` }));
  });

  it('refuses the disabled user at login', async () => {
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await otherPage.getByLabel('E-mail').fill(NEW_USER.email);
    await otherPage.getByLabel('Adgangskode', { exact: true }).fill(NEW_USER.password);
    await otherPage.getByRole('button', { name: 'Log ind', exact: true }).click();
    const alert = await visible(otherPage.getByRole('alert'));
    expect(await alert.textContent()).toContain('Forkert e-mail eller adgangskode');
    await other.close();
  });

  it("ends another user's sessions, which sends them to the login page", async () => {
    const secretariat = demoUser('secretariat');
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await logIn(otherPage, secretariat.email, DEMO_PASSWORD);
    await visible(
      otherPage.getByRole('heading', { level: 1, name: `Goddag, ${secretariat.name}` }),
    );

    await page.getByRole('button', { name: `Log ${secretariat.name} ud overalt` }).click();
    const dialog = await visible(page.getByRole('alertdialog'));
    await dialog.getByRole('button', { name: 'Log ud overalt' }).click();
    // Other browser tests may have left sessions of the same demo user: one or more end here.
    const name = secretariat.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await visible(page.getByText(new RegExp(`\\d+ session(?:er)? for ${name} er afsluttet\\.`)));

    // The next call from the other browser meets a 401 and lands on the login page.
    await otherPage.getByRole('button', { name: /English/ }).click();
    await otherPage.waitForURL(/\/login\?/);
    await visible(otherPage.getByText(/no longer logged in|ikke længere logget ind/));
    await other.close();
  });

  it("ends one of another user's sessions from their sessions page, after confirming", async () => {
    const reader = demoUser('reader');
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await logIn(otherPage, reader.email, DEMO_PASSWORD);
    await visible(otherPage.getByText('Din rolle: Læser'));

    await page.getByRole('link', { name: `Se sessioner for ${reader.name}` }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Sessioner for ${reader.name}` }));
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    // Newest first: the first row is the session the other browser just opened.
    const end = page.getByRole('button', { name: /^Afslut sessionen fra 127\.0\.0\.1/ }).first();
    await end.click();
    await visible(page.getByRole('alertdialog', { name: 'Afslut sessionen?' }));
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoSeriousA11yViolations(page, 'the sessions page');

    await end.click();
    const dialog = await visible(page.getByRole('alertdialog'));
    await dialog.getByRole('button', { name: 'Afslut session' }).click();
    await visible(page.getByText('Sessionen er afsluttet.'));
    await expect.poll(() => rows.count()).toBe(before - 1);
    if (before === 1) await visible(page.getByText('Ingen aktive sessioner'));

    await otherPage.getByRole('button', { name: /English/ }).click();
    await otherPage.waitForURL(/\/login\?/);
    await other.close();
    await page.getByRole('link', { name: 'Tilbage til brugere' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Brugere' }));
  });

  it('hides administration from a reader and refuses the page', async () => {
    const reader = demoUser('reader');
    const other = await newContext(browser);
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await logIn(otherPage, reader.email, DEMO_PASSWORD);
    await visible(otherPage.getByText('Din rolle: Læser'));
    const nav = otherPage.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.getByRole('link', { name: 'Revisionslog' }).count()).toBe(0);
    await otherPage.goto('/admin/audit');
    await visible(otherPage.getByRole('heading', { level: 1, name: 'Ingen adgang' }));
    await other.close();
  });
});
