/**
 * Issue 3, acceptance 3 in the browser: removing a cluster's representative from a theme group
 * shows the breach "every cluster represented". The secretariat imports a small fictional
 * organisation file (two clusters, a theme group with one representative per cluster and the
 * rule), ends one representative's appointment on the forum page, is warned that the cluster
 * will no longer be represented, saves anyway, and the forum page shows the breach from the day
 * after the last day, while the day itself is still without breaches. All days are fixed (the
 * collaboration is open-ended), so the journey does not depend on today.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  visible,
  useDanish,
} from './fixtures/browser';

const THEME_GROUP = 'Temagruppe Forebyggelse (e2e)';
const CLUSTER = 'Klynge Sydvest (e2e)';
const REPRESENTATIVE = 'Birthe Prøvesen (e2e)';
const LAST_DAY = '2025-03-01';
const DAY_AFTER = '2025-03-02';
const NO_BREACHES = 'Forummet overholder sine regler på datoen.';

const ORG_FILE = `format: samspil/organisation@1
collaboration:
  key: e2e-theme-group
  name: Temagruppe-samarbejdet (e2e)
  regionName: Syddanmark
  validFrom: 2024-01-01
  validTo: null
parties:
  - { kind: municipality, code: "561" }
  - { kind: municipality, code: "461" }
clusters:
  - { key: sydvest, name: "${CLUSTER}", members: [{ municipality: "561" }] }
  - { key: fyn, name: "Klynge Fyn (e2e)", members: [{ municipality: "461" }] }
fora:
  - key: tema
    name: "${THEME_GROUP}"
    level: regional
    kind: professional
    scope: crossSector
    seats:
      - { key: sydvest, label: Repræsentant for Klynge Sydvest, cluster: sydvest, partyKind: municipality }
      - { key: fyn, label: Repræsentant for Klynge Fyn, cluster: fyn, partyKind: municipality }
    rules:
      - { kind: everyClusterRepresented }
persons:
  - { key: birthe, name: "${REPRESENTATIVE}", fictional: true }
  - { key: carl, name: "Carl Prøvesen (e2e)", fictional: true }
appointments:
  - { seat: tema/sydvest, person: birthe, onBehalfOf: "561" }
  - { seat: tema/fyn, person: carl, onBehalfOf: "461" }
`;

/** Imports the file through the API (the import page itself is covered by organisation.spec). */
async function importFile(request: APIRequestContext): Promise<void> {
  const { token } = (await (await request.get('/api/auth/csrf')).json()) as { token: string };
  const res = await request.post('/api/org/files/import?dryRun=false', {
    headers: { 'x-csrf-token': token },
    data: { yaml: ORG_FILE },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** The theme group's forum id, through the organisation search. */
async function themeGroupId(request: APIRequestContext): Promise<string> {
  const res = await request.get(`/api/org/search?q=${encodeURIComponent('Forebyggelse (e2e)')}`);
  const { items } = (await res.json()) as { items: { kind: string; id: string; name: string }[] };
  const forum = items.find((i) => i.kind === 'forum' && i.name === THEME_GROUP);
  if (!forum) throw new Error('the imported theme group is missing');
  return forum.id;
}

describe('theme group: removing a cluster representative', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let forumPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto('/login');
    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await useDanish(page);
    await importFile(page.request);
    forumPath = `/organisation/fora/${await themeGroupId(page.request)}`;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('shows both clusters represented before the change', async () => {
    await page.goto(`${forumPath}?dato=${LAST_DAY}`);
    await visible(page.getByRole('heading', { level: 1, name: THEME_GROUP }));
    await visible(page.getByRole('button', { name: `Afslut udpegningen af ${REPRESENTATIVE}` }));
    await visible(page.getByText(NO_BREACHES));
  });

  it('warns that the cluster is no longer represented, and saves when acknowledged', async () => {
    await page.getByRole('button', { name: `Afslut udpegningen af ${REPRESENTATIVE}` }).click();
    const confirm = await visible(
      page.getByRole('alertdialog', { name: `Afslut udpegningen af ${REPRESENTATIVE}?` }),
    );
    expect(await confirm.getByLabel('Sidste dag').inputValue()).toBe(LAST_DAY);
    await confirm.getByRole('button', { name: 'Afslut udpegning' }).click();

    const warning = await visible(
      page.getByRole('alertdialog', { name: 'Ændringen bryder sammensætningsreglerne' }),
    );
    expect(await warning.textContent()).toContain(
      `${CLUSTER} er ikke repræsenteret i ${THEME_GROUP}.`,
    );
    await expectNoSeriousA11yViolations(page, 'the breach warning');
    await warning.getByRole('button', { name: 'Gem alligevel' }).click();
    await visible(page.getByText('Ændringen er gemt med 1 kendt brud på reglerne.'));
  });

  it('shows the breach from the day after the last day, and none on the last day', async () => {
    await page.goto(`${forumPath}?dato=${DAY_AFTER}`);
    await visible(page.getByRole('heading', { level: 1, name: THEME_GROUP }));
    const breaches = page.locator('.org-breaches');
    await breaches.waitFor();
    expect(await breaches.textContent()).toContain(
      `${CLUSTER} er ikke repræsenteret i ${THEME_GROUP}.`,
    );
    await expectNoSeriousA11yViolations(page, 'the forum page with a breach');

    await page.goto(`${forumPath}?dato=${LAST_DAY}`);
    await visible(page.getByRole('button', { name: `Afslut udpegningen af ${REPRESENTATIVE}` }));
    await visible(page.getByText(NO_BREACHES));
    expect(await page.locator('.org-breach').count()).toBe(0);
  });
});
