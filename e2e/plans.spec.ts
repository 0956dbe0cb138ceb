/**
 * Implementation plan journey (issue 9, acceptance): the demo contact (Kim Kontakt, Odense) logs
 * in, finds the open reporting round under "Dine åbne indberetninger" on the home page, answers
 * it with one click ("Ingen ændringer") and then corrects one degree (one select, one submit);
 * the secretariat opens the demo plan, sees Odense answered in the round's live status, and the
 * heatmap as of the open round shows the new degree in Odense's cell. axe finds no serious or
 * critical violations on the reporting form, the plan overview and the heatmap.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/server/demo/demo';
import { CONTACT_EMAIL, CONTACT_MUNICIPALITY } from '../src/server/demo/plans-demo';
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
/** Views over a whole plan on two shared cores can take a while. */
const SLOW = { timeout: 90_000 };

/** A page logged in as `email`, in Danish. */
async function loggedIn(browser: Browser, email: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/login');
  await logIn(page, email, DEMO_PASSWORD);
  await useDanish(page);
  return { context, page };
}

describe('implementation plan: one-click reporting and the heatmap', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let contact: Page;
  let secretariat: Page;
  /** What the contact's journey found: the round, the initiative changed and its new degree. */
  let roundId = '';
  let initiativeNumber = '';
  let newDegree = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const c = await loggedIn(browser, CONTACT_EMAIL);
    contexts.push(c.context);
    contact = c.page;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it(
    'the contact opens the open round from the home page and answers "Ingen ændringer" in one click',
    SLOW,
    async () => {
      await contact.goto('/');
      const mine = await visible(contact.getByRole('region', { name: 'Dine åbne indberetninger' }));
      expect(await mine.textContent()).toContain(CONTACT_MUNICIPALITY);
      expect(await mine.textContent()).toMatch(/Frist /);
      await mine
        .getByRole('link', { name: /Åbn skemaet/ })
        .first()
        .click();
      await contact.waitForURL(/\/plan-rounds\/[^/]+\/parties\/[^/]+$/);
      roundId = new URL(contact.url()).pathname.split('/')[2] ?? '';
      expect(roundId).not.toBe('');

      const noChanges = await visible(contact.getByRole('button', { name: 'Ingen ændringer' }));
      await expectNoSeriousA11yViolations(contact, 'the reporting form');
      await noChanges.click();
      await visible(contact.getByText(/I har svaret "ingen ændringer"/));
    },
  );

  it('the contact corrects one degree: one select, one submit', SLOW, async () => {
    const select = contact.getByRole('combobox', { name: /^Grad for indsats / }).first();
    await visible(select);
    const label = (await select.getAttribute('aria-label')) ?? '';
    initiativeNumber = label.replace('Grad for indsats ', '');
    const current = await select.inputValue();
    const options = await select
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter((v) => v !== ''));
    newDegree = options.find((v) => v !== current && v !== 'notRelevant') ?? '';
    expect(newDegree).not.toBe('');
    await select.selectOption(newDegree);
    await visible(contact.getByText('1 felt ændret'));
    await contact.getByRole('button', { name: 'Send ændringer' }).click();
    await visible(contact.getByText(/Tak\. Jeres svar er registreret/));
  });

  it('the secretariat sees Odense answered and the heatmap change', SLOW, async () => {
    const s = await loggedIn(browser, SECRETARIAT);
    contexts.push(s.context);
    secretariat = s.page;

    await secretariat
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Implementeringsplaner' })
      .click();
    await visible(secretariat.getByRole('heading', { level: 1, name: 'Implementeringsplaner' }));
    await secretariat
      .getByRole('link', { name: /^Fiktivt eksempel:/ })
      .first()
      .click();
    await visible(secretariat.getByRole('heading', { level: 1, name: /^Fiktivt eksempel:/ }));
    await visible(secretariat.getByRole('heading', { name: 'Målhierarki' }));
    await visible(secretariat.getByRole('table', { name: /^Indsatser, side 1/ }));
    await expectNoSeriousA11yViolations(secretariat, 'the plan overview');

    // The round's live status: Odense has answered.
    await secretariat.goto(`/plan-rounds/${roundId}`);
    const row = secretariat
      .getByRole('table', { name: 'Svar pr. part' })
      .getByRole('row', { name: new RegExp(CONTACT_MUNICIPALITY) });
    await visible(row);
    expect(await row.textContent()).toContain('Besvaret');

    // The heatmap as of the open round (live for the secretariat) shows the new degree.
    await secretariat
      .getByRole('navigation', { name: 'Planens sider' })
      .getByRole('link', { name: 'Varmekort' })
      .click();
    await visible(secretariat.getByRole('heading', { level: 1, name: 'Varmekort' }));
    await visible(secretariat.getByRole('table', { name: /^Varmekort/ }));
    await secretariat.getByLabel('Som ved runde').selectOption(roundId);
    await visible(secretariat.getByText('Runden er åben: tallene er foreløbige.'));
    const cell = secretariat.locator(
      `td[title^="${CONTACT_MUNICIPALITY}, indsats ${initiativeNumber}:"]`,
    );
    await visible(cell);
    await secretariat.waitForFunction(
      ([selector, degree]) =>
        document.querySelector(selector ?? '')?.getAttribute('data-degree') === degree,
      [`td[title^="${CONTACT_MUNICIPALITY}, indsats ${initiativeNumber}:"]`, newDegree] as const,
    );
    expect(await cell.getAttribute('data-degree')).toBe(newDegree);
    await expectNoSeriousA11yViolations(secretariat, 'the heatmap');
  });
});
