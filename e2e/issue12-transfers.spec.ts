/**
 * Task transfers per the South Danish model (issue 12 point 4), in Danish: the demo secretariat
 * opens a task transfer in a cluster, fills the four dimensions of the assessment (a text, an
 * amount in kr. and a rating each) and compares it side by side with a demo transfer that sets a
 * precedent. Every page is free of serious or critical accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferDetail, TransferList } from '../src/shared/transfers.contract';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const SLOW = { timeout: 180_000 };
const TITLE = 'E2E: Genoptræning efter hofteoperation';

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Chooses the first real option (not the empty one) of a labelled select. */
async function chooseFirst(label: string, contains?: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await page.waitForFunction(
    ([l, c]) => {
      const el = [...document.querySelectorAll('label')].find((x) => x.textContent === l);
      const control = el?.htmlFor
        ? (document.getElementById(el.htmlFor) as HTMLSelectElement)
        : null;
      return [...(control?.options ?? [])].some((o) => o.value && (!c || o.text.includes(c)));
    },
    [label, contains ?? ''] as const,
  );
  const options = await select
    .locator('option')
    .evaluateAll((els) =>
      (els as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.text })),
    );
  const option = options.find((o) => o.value && (!contains || o.text.includes(contains)));
  await select.selectOption(option?.value ?? '');
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await loggedInPage(context, 'sekretariat@demo.samspil.dk');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('task transfers', () => {
  it('creates a transfer, fills the assessment and compares two side by side', SLOW, async () => {
    await page.goto('/transfers');
    await visible(page.getByRole('heading', { level: 1, name: 'Opgaveoverdragelser' }));
    await visible(page.getByText('Skaber præcedens for andre klynger').first());
    await expectNoSeriousA11yViolations(page, 'the transfer list');

    await page.getByRole('link', { name: 'Ny opgaveoverdragelse' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ny opgaveoverdragelse' }));
    await chooseFirst('Samarbejde', 'Syddanmark');
    await chooseFirst('Klynge');
    await chooseFirst('Klyngens forum');
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Tema', { exact: true }).fill('Rehabilitering');
    await expectNoSeriousA11yViolations(page, 'the new transfer form');
    await page.getByRole('button', { name: 'Opret opgaveoverdragelse' }).click();
    await page.waitForURL(/\/transfers\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));
    const id = page.url().split('/').at(-1) ?? '';

    const texts = {
      Ressourcer: 'Fysioterapeuter i kommunernes træningscentre',
      Kompetencer: 'Sygehusets terapeuter oplærer',
      Kvalitet: 'Fælles forløbsbeskrivelse',
      Økonomi: 'Udgiften følger opgaven',
    };
    for (const [dimension, text] of Object.entries(texts)) {
      await page.getByLabel(`${dimension}: Vurdering`, { exact: true }).fill(text);
      await page.getByLabel(`${dimension}: Bedømmelse`, { exact: true }).selectOption('4');
    }
    await page.getByLabel('Økonomi: Beløb (kr.)', { exact: true }).fill('250.000,75');
    await expectNoSeriousA11yViolations(page, 'the assessment form');
    await page.getByRole('button', { name: 'Gem vurdering' }).click();
    await visible(page.getByText('Vurderingen er gemt'));
    const saved = (await (await page.request.get(`/api/transfers/${id}`)).json()) as TransferDetail;
    expect(saved.missingDimensions).toEqual([]);
    expect(saved.assessment.economy).toEqual({
      text: 'Udgiften følger opgaven',
      amountOre: 25_000_075,
      rating: 4,
    });

    const precedents = (await (
      await page.request.get('/api/transfers?precedent=true&limit=1')
    ).json()) as TransferList;
    const other = precedents.items[0];
    expect(other, 'the demo has a transfer that sets a precedent').toBeDefined();

    await page.goto('/transfers');
    await page.getByRole('checkbox', { name: `Vælg ${TITLE} til sammenligning` }).check();
    await page
      .getByRole('checkbox', { name: `Vælg ${other?.title ?? ''} til sammenligning` })
      .check();
    await page.getByRole('button', { name: /Sammenlign valgte/ }).click();
    await page.waitForURL(/\/transfers\/compare\?ids=/);
    const table = await visible(page.getByRole('table', { name: 'Sammenligning af vurderinger' }));
    expect(await table.getByRole('columnheader').count()).toBe(3);
    const text = (await table.textContent()) ?? '';
    for (const t of Object.values(texts)) expect(text).toContain(t);
    expect(text).toContain('250.000,75 kr.');
    expect(text).toContain('4 – God');
    expect(text).toContain('Skaber præcedens for andre klynger');
    await expectNoSeriousA11yViolations(page, 'the compare view');
  });
});
