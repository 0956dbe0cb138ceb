/**
 * Calendar subscriptions journey: the demo member subscribes to the SSU's meetings from the
 * forum page ("Abonnér i Outlook"), gets a personal address that works without a session,
 * finds it under "Mine kalenderabonnementer" on the meetings page and revokes it (confirmed);
 * the address then answers 404. The dialog and the section have no serious or critical
 * accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/demo';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  visible,
  useDanish,
} from './fixtures/browser';

const MEMBER = DEMO_USERS.find((u) => u.role === 'member')?.email ?? 'medlem@demo.samspil.dk';
const SSU = 'Sundhedssamarbejdsudvalget';

describe('calendar subscriptions', () => {
  let browser: Browser;
  let context: BrowserContext;
  let anonymous: BrowserContext;
  let page: Page;
  let address = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    anonymous = await newContext(browser);
    page = await context.newPage();
    await page.goto('/login');
    await logIn(page, MEMBER, DEMO_PASSWORD);
    await useDanish(page);
  });

  afterAll(async () => {
    await anonymous?.close();
    await context?.close();
    await browser?.close();
  });

  it('subscribes to the SSU from the forum page and shows the address once', async () => {
    const res = await page.request.get(`/api/org/search?q=${encodeURIComponent(SSU)}`);
    const { items } = (await res.json()) as { items: { kind: string; id: string; name: string }[] };
    const ssu = items.find((i) => i.kind === 'forum' && i.name === SSU);
    expect(ssu).toBeDefined();
    await page.goto(`/organisation/fora/${ssu?.id ?? ''}`);
    await visible(page.getByRole('heading', { level: 1, name: SSU }));
    await page.getByRole('button', { name: 'Abonnér i Outlook' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: `Abonnér på ${SSU}` }));
    await dialog.getByRole('button', { name: 'Lav abonnementsadresse' }).click();
    const field = await visible(dialog.getByLabel('Din abonnementsadresse'));
    address = await field.inputValue();
    expect(address).toMatch(
      new RegExp(`/api/calendar/feeds/[A-Za-z0-9_-]{43}/forum/${ssu?.id ?? ''}\\.ics$`),
    );
    const outlook = dialog.getByRole('link', { name: 'Åbn i Outlook-programmet' });
    expect(await outlook.getAttribute('href')).toMatch(/^webcal:\/\//);
    await expectNoSeriousA11yViolations(page, 'the subscription dialog');
    await dialog.getByRole('button', { name: 'Luk' }).last().click();
  });

  it('serves the feed without a session', async () => {
    const feed = await anonymous.request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain(`X-WR-CALNAME:${SSU}`);
  });

  it('lists the subscription on the meetings page and revokes it after a confirmation', async () => {
    await page.goto('/meetings');
    const section = page.getByRole('region', { name: 'Mine kalenderabonnementer' });
    const row = await visible(section.getByRole('row', { name: new RegExp(SSU) }));
    await expectNoSeriousA11yViolations(page, 'the meetings page with subscriptions');
    await row.getByRole('button', { name: `Tilbagekald ${SSU}` }).click();
    const confirm = await visible(
      page.getByRole('alertdialog', { name: 'Tilbagekald abonnementet?' }),
    );
    await confirm.getByRole('button', { name: 'Tilbagekald' }).click();
    await visible(page.getByText('Abonnementet er tilbagekaldt.'));
    expect((await anonymous.request.get(address)).status()).toBe(404);
  });
});
