/**
 * Onboarding real people (issue 11): the demo secretariat opens its collaboration, downloads the
 * template, uploads a CSV of five office holders (three mayors, two health directors; real
 * municipalities and offices, fictional names), sees the dry run with the five born seats that
 * will fill, confirms, sees them filled and finds the new mayor in KKR on the valid-from day. A
 * file with a bad row shows that row's Danish error. At 1366 and 1024 px, in Danish, axe-checked;
 * each width loads other municipalities, so the two runs do not meet.
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

const SECRETARIAT = DEMO_USERS.find((u) => u.role === 'secretariat')?.email ?? '';
const COLLABORATION = 'Sundhedssamarbejdet i Syddanmark';
const DAY = '1.3.2026';

interface Holders {
  mayors: [municipality: string, name: string][];
  directors: [municipality: string, name: string][];
}

/**
 * Each width loads other municipalities. None of them has its mayor in a function seat of the
 * demo (KKR chair, co-chairs, SSU seats), so the load adds no composition breach.
 */
const BY_WIDTH: Record<number, Holders> = {
  1366: {
    mayors: [
      ['Fredericia', 'Åse Østergård'],
      ['Middelfart', 'Bjørn Ærenlund'],
      ['Nyborg', 'Søren Fjord'],
    ],
    directors: [
      ['Vejle', 'Mette Ågård'],
      ['Kolding', 'Jørgen Bæk'],
    ],
  },
  1024: {
    mayors: [
      ['Assens', 'Tove Ørnsø'],
      ['Haderslev', 'Ægidius Holm'],
      ['Aabenraa', 'Kåre Lund'],
    ],
    directors: [
      ['Svendborg', 'Birthe Ås'],
      ['Tønder', 'Niels Ærø'],
    ],
  },
};

function csvOf(holders: Holders): Buffer {
  const rows = [
    'Kommune;Embede;Navn;E-mail;Titel;Gyldig fra',
    ...holders.mayors.map(([m, name]) => `${m};Borgmester;${name};;Borgmester;${DAY}`),
    ...holders.directors.map(([m, name]) => `${m};Sundhedsdirektør;${name};;;${DAY}`),
  ];
  return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
}

async function noPageOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

for (const width of [1366, 1024] as const) {
  describe(`loading office holders at ${width} px`, () => {
    const holders = BY_WIDTH[width] as Holders;
    const names = [...holders.mayors, ...holders.directors].map(([, name]) => name);
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      browser = await launchBrowser();
      context = await newContext(browser);
      page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/login');
      await logIn(page, SECRETARIAT, DEMO_PASSWORD);
      await useDanish(page);
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
    });

    it('finds the page from the collaboration and offers the template', async () => {
      await page.goto('/organisation');
      await page.getByRole('link', { name: COLLABORATION, exact: true }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: COLLABORATION }));
      // The collaboration as of the file's day (the demo's 2022 model ends with 2026).
      await page.goto(`${new URL(page.url()).pathname}?dato=2026-03-01`);
      await visible(page.getByRole('heading', { level: 1, name: COLLABORATION }));
      await page.getByRole('link', { name: 'Indlæs embedsindehavere fra en fil' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Indlæs embedsindehavere' }));
      const template = page.getByRole('link', { name: 'Hent skabelon (CSV)' });
      expect(await template.getAttribute('href')).toBe('/api/org/office-holders/template.csv');
      const response = await page.request.get('/api/org/office-holders/template.csv');
      expect((await response.text()).replace(/^\uFEFF/, '')).toMatch(
        /^Kommune;Embede;Navn;E-mail;Titel;Gyldig fra\r\n/,
      );
      await expectNoSeriousA11yViolations(page, `the office-holder page at ${width} px`);
      await noPageOverflow(page);
    });

    it('shows a bad row with its number in Danish', async () => {
      const bad = Buffer.from(
        'Kommune;Embede;Navn;Gyldig fra\r\nVejle;Borgmester;Per Prøve;1.3.2026\r\nAtlantis;Borgmester;Per Hav;1.3.2026\r\n',
      );
      await page
        .getByLabel('Vælg en CSV- eller Excel-fil (.csv, .xlsx)')
        .setInputFiles({ name: 'fejl.csv', mimeType: 'text/csv', buffer: bad });
      await page.getByRole('button', { name: 'Vis hvad der vil ske' }).click();
      await visible(page.getByText('Række 3: kommunen »Atlantis« findes ikke i samarbejdet.'));
      expect(await page.getByRole('button', { name: /^Indlæs \d+ embeder$/ }).count()).toBe(0);
    });

    it('the dry run shows the five born seats that will fill', async () => {
      await page
        .getByLabel('Vælg en CSV- eller Excel-fil (.csv, .xlsx)')
        .setInputFiles({ name: 'embeder.csv', mimeType: 'text/csv', buffer: csvOf(holders) });
      await page.getByRole('button', { name: 'Vis hvad der vil ske' }).click();
      const seats = await visible(
        page.getByRole('table', { name: 'Fødte pladser der bliver besat' }),
      );
      const text = (await seats.textContent()) ?? '';
      expect(text).toContain('KKR Syddanmark');
      expect(text).toContain('Sundhedsdirektørforum');
      for (const name of names) expect(text).toContain(name);
      await visible(page.getByText(/^5 rækker: 5 embeder starter, 5 afsluttes, 5 nye personer/));
      await expectNoSeriousA11yViolations(page, `the dry run at ${width} px`);
      await noPageOverflow(page);
    });

    it('confirms, sees the born seats filled and the new mayor in KKR on the day', async () => {
      await page.getByRole('button', { name: 'Indlæs 5 embeder' }).click();
      await visible(page.getByText(/^Indlæst: 5 embeder startet, 5 personer oprettet/));
      const filled = await visible(page.getByRole('table', { name: 'Fødte pladser besat' }));
      const text = (await filled.textContent()) ?? '';
      for (const name of names) expect(text).toContain(name);
      await expectNoSeriousA11yViolations(page, `the loaded office holders at ${width} px`);
      await noPageOverflow(page);

      await filled.getByRole('link', { name: 'KKR Syddanmark' }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: 'KKR Syddanmark' }));
      await page.waitForFunction(() => location.search.includes('dato=2026-03-01'));
      await visible(page.getByText(holders.mayors[0]?.[1] ?? '').first());
    });
  });
}
